"use client";

import { BarChart, TimeSeriesChart } from "@newsdesk/ui/chart";
import { Alert, EmptyState, SkeletonRows } from "@newsdesk/ui/primitives";
import { useQuery } from "@tanstack/react-query";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";
import { ChartSection } from "../../aid/charts/chart-panels";
import { formatMoney } from "../../aid/_components/money-format";

type Granularity = "week" | "month";

/** Articles per week or month: one line, or one per source (the five largest, the rest left to the table below). */
export function ArticleCountsPanel({ topicId, name, granularity, bySource }: { topicId: string; name: string; granularity: Granularity; bySource: boolean }) {
  const { t, locale, intlLocale } = useI18n();
  const trpc = useTRPC();
  const counts = useQuery(trpc.topics.counts.queryOptions({ id: topicId, granularity, bySource }));
  const data = counts.data;
  const shown = data?.sources.slice(0, 5) ?? [];
  const rows = data
    ? data.counts.map((entry) => {
        const row: { date: string } & Record<string, number | string> = { date: entry.period, total: entry.count };
        for (const [index, source] of shown.entries()) {
          row[`s${index}`] = data.points.find((point) => point.period === entry.period && point.sourceId === source.id)?.count ?? 0;
        }
        return row;
      })
    : [];
  const series = bySource
    ? shown.map((source, index) => ({ key: `s${index}`, label: locale === "zh" ? source.name : source.nameEn }))
    : [{ key: "total", label: t.topics.columns.articles }];
  return (
    <ChartSection title={t.topics.articlesOverTime} hint={data ? t.topics.total(data.total, data.undated) : undefined} className="xl:col-span-2">
      {counts.error ? <Alert>{errorMessage(counts.error, t)}</Alert> : null}
      {counts.isPending ? <SkeletonRows rows={6} /> : null}
      {data && data.periods.length === 0 ? <EmptyState title={t.topics.articlesEmpty} /> : null}
      {data && data.periods.length > 0 ? (
        <div data-testid="topic-counts-chart" data-periods={data.periods.length} data-total={data.total}>
          <TimeSeriesChart label={t.topics.articlesChart(name)} data={rows} series={series} formatValue={(value) => new Intl.NumberFormat(intlLocale).format(value)} />
        </div>
      ) : null}
    </ChartSection>
  );
}

/** New aid tranches in USD per period, beside the counts (the aid charts' rules: running totals never added). */
export function AidPanel({ topicId, granularity }: { topicId: string; granularity: Granularity }) {
  const { t, intlLocale } = useI18n();
  const trpc = useTRPC();
  const aid = useQuery(trpc.topics.aid.queryOptions({ id: topicId, granularity }));
  const data = aid.data;
  const money = (value: number) => formatMoney(value, "USD", intlLocale);
  return (
    <ChartSection title={t.topics.aidTitle} hint={t.topics.aidHint}>
      {aid.error ? <Alert>{errorMessage(aid.error, t)}</Alert> : null}
      {aid.isPending ? <SkeletonRows rows={4} /> : null}
      {data ? (
        <p className="mb-2 text-sm text-slate-600" data-testid="topic-aid-summary">
          {t.topics.aidSummary(data.tranches.count, money(data.tranches.value), data.cumulative, data.leftOut)}
        </p>
      ) : null}
      {data && data.sums.length === 0 ? <p className="text-sm text-slate-500">{t.topics.aidEmpty}</p> : null}
      {data && data.sums.length > 0 ? (
        <BarChart label={t.topics.aidTitle} data={data.sums} categoryKey="period" series={[{ key: "value", label: t.topics.aidTitle }]} formatValue={money} height={200} />
      ) : null}
    </ChartSection>
  );
}

/** The entities the topic's articles name most, by how many articles name them. */
export function EntitiesPanel({ topicId }: { topicId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const entities = useQuery(trpc.topics.entities.queryOptions({ id: topicId, limit: 12 }));
  return (
    <ChartSection title={t.topics.entitiesTitle}>
      {entities.error ? <Alert>{errorMessage(entities.error, t)}</Alert> : null}
      {entities.isPending ? <SkeletonRows rows={4} /> : null}
      {entities.data && entities.data.length === 0 ? <p className="text-sm text-slate-500">{t.topics.entitiesEmpty}</p> : null}
      <ol className="space-y-1 text-sm" data-testid="topic-entities">
        {entities.data?.map((entity) => (
          <li key={entity.id} className="flex items-baseline justify-between gap-3">
            <span className="truncate text-slate-800" title={`${entity.zh}（${entity.en}）`}>
              {locale === "zh" ? entity.zh : entity.en} <span className="text-xs text-slate-400">{locale === "zh" ? entity.en : entity.zh}</span>
            </span>
            <span className="shrink-0 text-xs text-slate-500 tabular-nums">{t.topics.entityArticles(entity.articles)}</span>
          </li>
        ))}
      </ol>
    </ChartSection>
  );
}
