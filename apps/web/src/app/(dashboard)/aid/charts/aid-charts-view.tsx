"use client";

import { DrillBarChart, MatrixChart } from "@newsdesk/ui/chart";
import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, EmptyState, SkeletonRows } from "@newsdesk/ui/primitives";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { errorMessage } from "@/components/error-message";
import { useUrlArticleQuery } from "@/components/use-url-article-query";
import { useI18n } from "@/i18n/i18n-provider";
import { aidChartParamsFromParams, appendAidChartParams, type AidChartParams, type AidDrill } from "@/lib/aid-query";
import { articleQueryToParams, type ArticleQuery } from "@/lib/article-query";
import { useTRPC } from "@/trpc/react";
import { ArticleFilters } from "../../articles/article-filters";
import { formatMoney } from "../_components/money-format";
import { AidChartControls } from "./aid-chart-controls";
import { ChartSection, CountingRules, LeftOutTable } from "./chart-panels";
import { FigureDrillPanel } from "./figure-drill-panel";
import { otherSeriesKey, timelineRows } from "./timeline-data";

/**
 * The aid charts: new tranches over time by donor, recipient or type; the donor × recipient matrix; the latest
 * cumulative totals apart; what the sums leave out. Filters are the article list's (same URL parameters); every
 * bar, cell and total opens the figures behind it.
 */
export function AidChartsView() {
  const { t, intlLocale } = useI18n();
  const c = t.aid.charts;
  const trpc = useTRPC();
  const { router, pathname, paramsKey, query } = useUrlArticleQuery();
  const params = useMemo(() => aidChartParamsFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const searchRef = useRef<HTMLInputElement>(null);
  const [drill, setDrill] = useState<{ drill: AidDrill; title: string } | null>(null);

  const charts = useQuery(trpc.aidFigures.charts.queryOptions({ query, params }));
  const coverage = useQuery(trpc.exchangeRates.coverage.queryOptions());

  const navigate = (nextQuery: ArticleQuery, nextParams: AidChartParams) => {
    const search = appendAidChartParams(articleQueryToParams(nextQuery), nextParams).toString();
    setDrill(null);
    router.replace(search ? `${pathname}?${search}` : pathname);
  };
  const money = (value: number) => formatMoney(value, params.currency, intlLocale);
  const keyLabel = (key: string) =>
    key === otherSeriesKey ? t.aid.other : key === "" ? t.aid.notStated : params.groupBy === "aidType" ? (t.aid.types[key] ?? key) : key;
  const partyLabel = (name: string) => (name === "" ? t.aid.notStated : name);

  const data = charts.data;
  const timeline = data ? timelineRows(data.timeline) : null;
  const leftOut = data?.coverage.leftOut.reduce((sum, row) => sum + row.count, 0) ?? 0;
  const exportHref = `/api/aid-figures/export?${appendAidChartParams(articleQueryToParams(query), params)}`;
  const cumulativeRows = (data?.cumulative ?? []).slice(0, 12).map((row) => ({ pair: c.pair(partyLabel(row.donor), partyLabel(row.recipient)), value: row.value, donor: row.donor, recipient: row.recipient }));

  return (
    <>
      <PageHeader
        title={c.title}
        description={c.description}
        actions={
          <>
            <Link className="text-sm text-indigo-700 hover:underline" href={`/aid/review?${articleQueryToParams(query)}`}>
              {c.reviewQueue}
            </Link>
            <a className="text-sm text-indigo-700 hover:underline" href={exportHref} download>
              {c.export}
            </a>
          </>
        }
      />
      <PageBody className="space-y-4">
        <ArticleFilters query={query} onChange={(next) => navigate(next, params)} searchRef={searchRef} />
        <AidChartControls params={params} onChange={(next) => navigate(query, next)} />
        {coverage.data && coverage.data.length === 0 ? <Alert tone="info">{c.noRates}</Alert> : null}
        {charts.error ? <Alert>{errorMessage(charts.error, t)}</Alert> : null}
        {charts.isPending ? <SkeletonRows rows={10} /> : null}
        {data ? (
          <p className="text-sm text-slate-600" data-testid="aid-summary">
            {c.summary(data.coverage.tranches.count, money(data.coverage.tranches.value), data.coverage.cumulative.count, data.coverage.equivalents, leftOut)}
          </p>
        ) : null}
        {data && data.coverage.tranches.count === 0 && data.cumulative.length === 0 ? <EmptyState title={c.empty} /> : null}
        {drill ? <FigureDrillPanel query={query} params={params} drill={drill.drill} title={drill.title} onClose={() => setDrill(null)} /> : null}
        {data && timeline ? (
          <div className="grid gap-4 xl:grid-cols-2">
            <ChartSection title={c.timeline(c.groupByOptions[params.groupBy] ?? "")} hint={c.legendHint} className="xl:col-span-2">
              <DrillBarChart
                label={c.timeline(c.groupByOptions[params.groupBy] ?? "")}
                data={timeline.rows}
                categoryKey="period"
                series={timeline.series.map((entry) => ({ key: entry.field, label: keyLabel(entry.key) }))}
                formatValue={money}
                onSelect={({ category, seriesKey }) => {
                  const entry = timeline.series.find((series) => series.field === seriesKey);
                  if (!entry) return;
                  const other = entry.key === otherSeriesKey;
                  setDrill({
                    title: `${category} · ${keyLabel(entry.key)}`,
                    drill: {
                      role: "tranche",
                      period: category,
                      dimension: params.groupBy,
                      ...(other ? { exclude: timeline.series.filter((series) => series.key !== otherSeriesKey).map((series) => series.key) } : { key: entry.key }),
                    },
                  });
                }}
              />
            </ChartSection>
            <ChartSection title={c.matrix}>
              <div className="overflow-x-auto" data-testid="aid-matrix">
                <MatrixChart
                  label={c.matrix}
                  rows={data.matrix.donors.map(partyLabel)}
                  columns={data.matrix.recipients.map(partyLabel)}
                  cells={data.matrix.cells.map((cell) => ({ row: partyLabel(cell.donor), column: partyLabel(cell.recipient), value: cell.value }))}
                  formatValue={money}
                  onCellClick={(cell) => {
                    const donor = data.matrix.donors.find((name) => partyLabel(name) === cell.row) ?? cell.row;
                    const recipient = data.matrix.recipients.find((name) => partyLabel(name) === cell.column) ?? cell.column;
                    setDrill({ title: c.pair(cell.row, cell.column), drill: { role: "tranche", donor, recipient } });
                  }}
                />
              </div>
            </ChartSection>
            <ChartSection title={c.cumulative} hint={c.cumulativeHint}>
              {cumulativeRows.length > 0 ? (
                <DrillBarChart
                  label={c.cumulative}
                  layout="vertical"
                  stacked={false}
                  height={Math.max(120, cumulativeRows.length * 28 + 40)}
                  categoryWidth={180}
                  data={cumulativeRows}
                  categoryKey="pair"
                  series={[{ key: "value", label: c.cumulative }]}
                  formatValue={money}
                  onSelect={({ category }) => {
                    const row = cumulativeRows.find((entry) => entry.pair === category);
                    if (row) setDrill({ title: category, drill: { role: "cumulative", donor: row.donor, recipient: row.recipient } });
                  }}
                />
              ) : (
                <p className="text-sm text-slate-500">{c.drillEmpty}</p>
              )}
            </ChartSection>
            <ChartSection title={c.leftOut} hint={c.leftOutHint}>
              <LeftOutTable
                rows={data.coverage.leftOut}
                onSelect={(row) => setDrill({ title: `${row.currency} · ${t.aid.conversions[row.reason] ?? row.reason}`, drill: { role: "left-out", currency: row.currency } })}
              />
            </ChartSection>
            <CountingRules />
          </div>
        ) : null}
      </PageBody>
    </>
  );
}
