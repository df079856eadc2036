import { Prisma } from "../generated/prisma/client.js";
import { aidCoverage, aidTimeline } from "../aid/aid-charts.js";
import type { ChartCurrency } from "../aid/aid-charts.js";
import { periodLabelSql, periodsBetween } from "../aid/chart-periods.js";
import { articleConditions, whereClause } from "./article-filters.js";
import type { ArticleFilters } from "./article-filters.js";

type Db = Prisma.TransactionClient;

/**
 * Topic timelines: what a followed tag or a saved search covers over time. A topic's article set is always the
 * article list's filters (`articleConditions`, shared with the list, its count and the aid charts): a tag topic is
 * `{ tagIds: [tagId] }`, a search topic its saved query's filters. An article's day is its publication time, else
 * its archive time (the rule of the aid figures' days too); articles with neither are counted apart.
 */
export type TimelineGranularity = "week" | "month";

/** The article set of a tag topic. */
export const tagTopicFilters = (tagId: string): ArticleFilters => ({ tagIds: [tagId] });

const articleDay = `COALESCE(a."publishedAt", a."archivedAt")`;

export interface TopicArticleCounts {
  granularity: TimelineGranularity;
  total: number;
  /** Articles with neither a publication nor an archive time. */
  undated: number;
  /** The newest article's day (publication, else archive time). */
  latestAt: Date | null;
  /** Every period from the first to the last dated article ("2023-11", "2023-W48"), empty ones included. */
  periods: string[];
  /** Articles per period, one entry per period (0 where none). */
  counts: Array<{ period: string; count: number }>;
  /** With `bySource`: each source's totals (largest first) and its articles per period (non-zero only). */
  sources: Array<{ id: string; name: string; nameEn: string; total: number; undated: number }>;
  points: Array<{ period: string; sourceId: string; count: number }>;
}

interface CountRow {
  period: string | null;
  sourceId: string;
  count: number;
  latest: Date | null;
}

/** Articles per week or month (and per source on request), from one grouped scan of the topic's articles. */
export async function topicArticleCounts(
  db: Db,
  params: { filters: ArticleFilters; granularity: TimelineGranularity; bySource?: boolean },
): Promise<TopicArticleCounts> {
  const { conditions } = articleConditions(params.filters);
  const period = Prisma.raw(periodLabelSql(params.granularity, articleDay));
  const source = params.bySource ? Prisma.sql`a."sourceId"` : Prisma.sql`''`;
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT ${period} AS period, ${source} AS "sourceId", count(*)::int AS count, max(${Prisma.raw(articleDay)}) AS latest
      FROM "Article" a ${whereClause(conditions)}
     GROUP BY 1, 2`;
  const perPeriod = new Map<string, number>();
  const perSource = new Map<string, { total: number; undated: number }>();
  let latestAt: Date | null = null;
  for (const row of rows) {
    const count = Number(row.count);
    if (row.period !== null) perPeriod.set(row.period, (perPeriod.get(row.period) ?? 0) + count);
    const entry = perSource.get(row.sourceId) ?? { total: 0, undated: 0 };
    entry.total += count;
    if (row.period === null) entry.undated += count;
    perSource.set(row.sourceId, entry);
    if (row.latest && (!latestAt || row.latest > latestAt)) latestAt = row.latest;
  }
  const labels = [...perPeriod.keys()].sort();
  const periods = labels.length > 0 ? periodsBetween(labels[0]!, labels[labels.length - 1]!, params.granularity) : [];
  const totals = [...perSource.values()];
  const names = params.bySource
    ? await db.source.findMany({ where: { id: { in: [...perSource.keys()] } }, select: { id: true, name: true, nameEn: true } })
    : [];
  return {
    granularity: params.granularity,
    total: totals.reduce((sum, entry) => sum + entry.total, 0),
    undated: totals.reduce((sum, entry) => sum + entry.undated, 0),
    latestAt,
    periods,
    counts: periods.map((label) => ({ period: label, count: perPeriod.get(label) ?? 0 })),
    sources: names
      .map((name) => ({ ...name, ...perSource.get(name.id)! }))
      .sort((x, y) => y.total - x.total || x.nameEn.localeCompare(y.nameEn)),
    points: params.bySource
      ? rows
          .filter((row) => row.period !== null)
          .map((row) => ({ period: row.period!, sourceId: row.sourceId, count: Number(row.count) }))
          .sort((x, y) => x.period.localeCompare(y.period) || x.sourceId.localeCompare(y.sourceId))
      : [],
  };
}

/** How many articles a topic has and its newest article's day (the topics page's columns). */
export async function topicArticleSummary(db: Db, params: { filters: ArticleFilters }): Promise<{ count: number; latestAt: Date | null }> {
  const { conditions } = articleConditions(params.filters);
  const [row] = await db.$queryRaw<Array<{ count: number; latest: Date | null }>>`
    SELECT count(*)::int AS count, max(${Prisma.raw(articleDay)}) AS latest FROM "Article" a ${whereClause(conditions)}`;
  return { count: Number(row?.count ?? 0), latestAt: row?.latest ?? null };
}

export interface TopicAidFigures {
  currency: ChartCurrency;
  /** Every period from the first to the last counted figure. */
  periods: string[];
  /** New tranches summed per period (the aid charts' counting rules), one entry per period. */
  sums: Array<{ period: string; value: number; count: number }>;
  tranches: { count: number; value: number };
  /** Running totals reported in the topic's articles: shown apart, never added to the sums. */
  cumulative: number;
  /** Tranche and cumulative figures left out of the sums (no value in the currency, or no day). */
  leftOut: number;
}

/** The aid figures in a topic's articles over time: the aid charts' own queries with the topic as article filter. */
export async function topicAidFigures(
  db: Db,
  params: { filters: ArticleFilters; granularity: TimelineGranularity; currency?: ChartCurrency },
): Promise<TopicAidFigures> {
  const chart = { articles: params.filters, valueCurrency: params.currency ?? "USD" } as const;
  const timeline = await aidTimeline(db, { ...chart, groupBy: "donor", granularity: params.granularity });
  const coverage = await aidCoverage(db, chart);
  const perPeriod = new Map<string, { value: number; count: number }>();
  for (const point of timeline.points) {
    const entry = perPeriod.get(point.period) ?? { value: 0, count: 0 };
    entry.value += point.value;
    entry.count += point.count;
    perPeriod.set(point.period, entry);
  }
  return {
    currency: chart.valueCurrency,
    periods: timeline.periods,
    sums: timeline.periods.map((period) => ({ period, value: perPeriod.get(period)?.value ?? 0, count: perPeriod.get(period)?.count ?? 0 })),
    tranches: coverage.tranches,
    cumulative: coverage.cumulative.count,
    leftOut: coverage.leftOut.reduce((sum, row) => sum + row.count, 0),
  };
}

export interface TopicEntity {
  id: string;
  zh: string;
  en: string;
  /** How many of the topic's articles name it, and how often in all. */
  articles: number;
  mentions: number;
}

/** The people, organisations and places the topic's articles name most (by articles naming them). */
export async function topicTopEntities(db: Db, params: { filters: ArticleFilters; limit?: number }): Promise<TopicEntity[]> {
  const { conditions } = articleConditions(params.filters);
  const limit = Math.min(Math.max(Math.trunc(params.limit ?? 10), 1), 50);
  const rows = await db.$queryRaw<TopicEntity[]>`
    SELECT e.id, e.zh, e.en, count(*)::int AS articles, sum(m.count)::int AS mentions
      FROM "EntityMention" m
      JOIN "Entity" e ON e.id = m."entityId"
     WHERE m."articleId" IN (SELECT a.id FROM "Article" a ${whereClause(conditions)})
     GROUP BY e.id, e.zh, e.en
     ORDER BY articles DESC, mentions DESC, e.en, e.zh
     LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, articles: Number(row.articles), mentions: Number(row.mentions) }));
}
