import { Prisma } from "../generated/prisma/client.js";
import type { ChartGranularity } from "./chart-periods.js";
import { periodLabelSql, periodsBetween } from "./chart-periods.js";
import { aidFigureConditions, valueColumn, whereAll } from "./figure-filters.js";
import type { AidFigureFilters } from "./figure-filters.js";

type Db = Prisma.TransactionClient;

/**
 * The aggregates behind the aid charts, as plain SQL over the materialised AidFigure rows (values already in USD
 * and EUR). The counting rules live in the figures' `role`: only `tranche` figures are summed over time or across
 * donors and recipients; `cumulative` totals are reported apart, as the latest known total per donor → recipient;
 * `equivalent`, `not-aid` and `rejected` figures are never counted. Figures without a value in the chart's
 * currency are left out of sums and reported by aidCoverage, with their original-currency totals.
 */
export type ChartCurrency = "USD" | "EUR";
export type ChartDimension = "donor" | "recipient" | "aidType";

export interface AidChartParams extends AidFigureFilters {
  valueCurrency: ChartCurrency;
}

/** "" stands for "not stated" (no donor, no recipient, type unspecified by the text). */
const dimensionSql: Record<ChartDimension, string> = {
  donor: `COALESCE(f.donor, '')`,
  recipient: `COALESCE(f.recipient, '')`,
  aidType: `COALESCE(f."aidType", '')`,
};

export const otherSeriesKey = "__other__";

const from = Prisma.sql`FROM "AidFigure" f JOIN "Article" a ON a.id = f."articleId"`;

function tranches(params: AidChartParams): Prisma.Sql[] {
  return [...aidFigureConditions({ ...params, roles: ["tranche"] }), Prisma.sql`${valueColumn(params.valueCurrency)} IS NOT NULL`];
}

export interface AidTimeline {
  periods: string[];
  /** Largest first; beyond `top`, keys are merged into one "__other__" series. */
  series: Array<{ key: string; total: number; count: number; keys?: string[] }>;
  points: Array<{ period: string; key: string; value: number; count: number }>;
}

/** New tranches summed per period and per donor, recipient or type (the figure's day; undated figures are left out). */
export async function aidTimeline(
  db: Db,
  params: AidChartParams & { groupBy: ChartDimension; granularity: ChartGranularity; top?: number },
): Promise<AidTimeline> {
  const key = Prisma.raw(dimensionSql[params.groupBy]);
  const period = Prisma.raw(periodLabelSql(params.granularity, `f."figureDate"`));
  const rows = await db.$queryRaw<Array<{ period: string; key: string; value: number; count: number }>>`
    SELECT ${period} AS period, ${key} AS key, sum(${valueColumn(params.valueCurrency)})::float8 AS value, count(*)::int AS count
      ${from}
      ${whereAll([...tranches(params), Prisma.sql`f."figureDate" IS NOT NULL`])}
     GROUP BY 1, 2`;
  const totals = new Map<string, { total: number; count: number }>();
  for (const row of rows) {
    const entry = totals.get(row.key) ?? { total: 0, count: 0 };
    entry.total += Number(row.value);
    entry.count += Number(row.count);
    totals.set(row.key, entry);
  }
  const ranked = [...totals].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
  const top = Math.max(1, params.top ?? 8);
  const kept = new Set(ranked.slice(0, ranked.length > top ? top - 1 : top).map(([name]) => name));
  const series: AidTimeline["series"] = ranked.filter(([name]) => kept.has(name)).map(([name, entry]) => ({ key: name, ...entry }));
  const merged = ranked.filter(([name]) => !kept.has(name));
  if (merged.length > 0) {
    series.push({
      key: otherSeriesKey,
      total: merged.reduce((sum, [, entry]) => sum + entry.total, 0),
      count: merged.reduce((sum, [, entry]) => sum + entry.count, 0),
      keys: merged.map(([name]) => name),
    });
  }
  const points = new Map<string, { period: string; key: string; value: number; count: number }>();
  for (const row of rows) {
    const seriesKey = kept.has(row.key) ? row.key : otherSeriesKey;
    const id = `${row.period}\u0000${seriesKey}`;
    const point = points.get(id) ?? { period: row.period, key: seriesKey, value: 0, count: 0 };
    point.value += Number(row.value);
    point.count += Number(row.count);
    points.set(id, point);
  }
  const labels = rows.map((row) => row.period).sort();
  const periods = labels.length > 0 ? periodsBetween(labels[0]!, labels[labels.length - 1]!, params.granularity) : [];
  return { periods, series, points: [...points.values()].sort((a, b) => a.period.localeCompare(b.period) || a.key.localeCompare(b.key)) };
}

export interface AidMatrix {
  donors: string[];
  recipients: string[];
  cells: Array<{ donor: string; recipient: string; value: number; count: number }>;
}

/** New tranches by donor × recipient (several recipients stay one label, "Ukraine; Israel", never split or doubled). */
export async function aidMatrix(db: Db, params: AidChartParams & { top?: number }): Promise<AidMatrix> {
  const cells = await db.$queryRaw<AidMatrix["cells"]>`
    SELECT COALESCE(f.donor, '') AS donor, COALESCE(f.recipient, '') AS recipient,
           sum(${valueColumn(params.valueCurrency)})::float8 AS value, count(*)::int AS count
      ${from} ${whereAll(tranches(params))}
     GROUP BY 1, 2`;
  const top = Math.max(1, params.top ?? 15);
  const rank = (pick: (cell: AidMatrix["cells"][number]) => string) => {
    const totals = new Map<string, number>();
    for (const cell of cells) totals.set(pick(cell), (totals.get(pick(cell)) ?? 0) + Number(cell.value));
    return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([name]) => name);
  };
  const donors = rank((cell) => cell.donor);
  const recipients = rank((cell) => cell.recipient);
  const shown = (cell: AidMatrix["cells"][number]) => donors.includes(cell.donor) && recipients.includes(cell.recipient);
  return { donors, recipients, cells: cells.filter(shown).map((cell) => ({ ...cell, value: Number(cell.value), count: Number(cell.count) })) };
}

export interface CumulativeTotal {
  donor: string;
  recipient: string;
  /** The latest reported running total (the largest one reported on that day). */
  value: number;
  figureDate: string;
  mentionId: string;
  articleId: string;
  /** How many running totals were reported for the pair (all of them superseded by the latest). */
  reports: number;
}

/** The latest known cumulative total per donor → recipient: shown apart from tranches, never added to them. */
export async function aidCumulativeTotals(db: Db, params: AidChartParams): Promise<CumulativeTotal[]> {
  const conditions = [
    ...aidFigureConditions({ ...params, roles: ["cumulative"] }),
    Prisma.sql`${valueColumn(params.valueCurrency)} IS NOT NULL`,
    Prisma.sql`f."figureDate" IS NOT NULL`,
  ];
  const rows = await db.$queryRaw<Array<CumulativeTotal & { value: number }>>`
    SELECT DISTINCT ON (1, 2) COALESCE(f.donor, '') AS donor, COALESCE(f.recipient, '') AS recipient,
           ${valueColumn(params.valueCurrency)}::float8 AS value, f."figureDate"::text AS "figureDate",
           f."mentionId", f."articleId",
           count(*) OVER (PARTITION BY COALESCE(f.donor, ''), COALESCE(f.recipient, ''))::int AS reports
      ${from} ${whereAll(conditions)}
     ORDER BY 1, 2, f."figureDate" DESC, ${valueColumn(params.valueCurrency)} DESC, f."mentionId"`;
  return rows.map((row) => ({ ...row, value: Number(row.value), reports: Number(row.reports) })).sort((a, b) => b.value - a.value);
}

export interface AidCoverage {
  /** Counted figures by role, and the sum of tranches in the chart currency. */
  tranches: { count: number; value: number };
  cumulative: { count: number };
  /** Originals valued through the conversion their article gives (their own currency has no rate). */
  viaEquivalent: number;
  /** Conversions not counted because their original is (counted once). */
  equivalents: number;
  notAid: number;
  rejected: number;
  /** Tranche and cumulative figures left out of the sums: no value in the chart currency, or no date. */
  leftOut: Array<{ currency: string; reason: string; count: number; amount: number; role: string }>;
}

/** What the charts count and what they leave out (and why), for the same filters. */
export async function aidCoverage(db: Db, params: AidChartParams): Promise<AidCoverage> {
  const value = valueColumn(params.valueCurrency);
  const conditions = aidFigureConditions({ ...params, roles: null });
  const byRole = await db.$queryRaw<Array<{ role: string; count: number; value: number | null; viaEquivalent: number }>>`
    SELECT f.role, count(*)::int AS count, sum(${value})::float8 AS value,
           count(*) FILTER (WHERE f.conversion = 'via-equivalent')::int AS "viaEquivalent"
      ${from} ${whereAll(conditions)}
     GROUP BY f.role`;
  const leftOut = await db.$queryRaw<AidCoverage["leftOut"]>`
    SELECT f.currency, CASE WHEN f."figureDate" IS NULL THEN 'no-date' WHEN f.conversion IN ('converted', 'via-equivalent') THEN 'no-rate-for-date' ELSE f.conversion END AS reason,
           f.role, count(*)::int AS count, sum(f.amount)::float8 AS amount
      ${from}
      ${whereAll([...aidFigureConditions({ ...params, roles: ["tranche", "cumulative"] }), Prisma.sql`(${value} IS NULL OR f."figureDate" IS NULL)`])}
     GROUP BY 1, 2, 3
     ORDER BY count(*) DESC, 1`;
  const role = (name: string) => byRole.find((row) => row.role === name);
  return {
    tranches: { count: Number(role("tranche")?.count ?? 0), value: Number(role("tranche")?.value ?? 0) },
    cumulative: { count: Number(role("cumulative")?.count ?? 0) },
    viaEquivalent: byRole.reduce((sum, row) => sum + (row.role === "tranche" || row.role === "cumulative" ? Number(row.viaEquivalent) : 0), 0),
    equivalents: Number(role("equivalent")?.count ?? 0),
    notAid: Number(role("not-aid")?.count ?? 0),
    rejected: Number(role("rejected")?.count ?? 0),
    leftOut: leftOut.map((row) => ({ ...row, count: Number(row.count), amount: Number(row.amount) })),
  };
}
