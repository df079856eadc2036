import { Prisma } from "../generated/prisma/client.js";
import { parseArticleSearch } from "../search/search-query.js";
import type { ArticleSearch } from "../search/search-query.js";
import type { TermStatistics } from "../search/match-share.js";

/** The filters of the article list, shared by the list, its count and its facets. */
export interface ArticleFilters {
  /** Search text: every term must occur in the title or text; Traditional and Simplified match each other. */
  q?: string | null;
  sourceIds?: string[] | null;
  /** publishedAt ≥ from. */
  from?: Date | null;
  /** publishedAt < to. */
  to?: Date | null;
  /** Articles carrying any of these tags. */
  tagIds?: string[] | null;
  /** ISO 639-1 code of the text ("zh", "en"). */
  language?: string | null;
  /** Only articles with (true) or without (false) a money mention that is an aid figure. */
  hasAidFigures?: boolean | null;
  /** "only": near-duplicates of another article; "exclude": originals and unique articles only. */
  duplicates?: "only" | "exclude" | null;
}

/** `= ANY(…)` of a JSON array parameter: an index condition with an honest row estimate (IN (SELECT …) is not). */
export const anyOf = (values: readonly string[]) => Prisma.sql`ANY(ARRAY(SELECT json_array_elements_text(${JSON.stringify(values)}::json)))`;
/** Dates are stored as UTC wall time in timestamp(3): compare with the UTC ISO text (its Z is ignored). */
export const utcTimestamp = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

export interface ArticleConditions {
  /** Every condition, to join with AND. */
  conditions: Prisma.Sql[];
  /** The same without `confirmations`: what the indexes can answer. */
  indexConditions: Prisma.Sql[];
  /**
   * The search's substring checks on `a."searchText"` (a subset of `conditions`): they nearly always hold once the
   * index query matched, but read each candidate's long search text, and the planner cannot estimate them.
   */
  confirmations: Prisma.Sql[];
  search: ArticleSearch | null;
}

/**
 * SQL conditions on the article alias `a`, joined with AND; plus the parsed search, when there is one.
 * `termStatistics` (see searchTermStatistics) narrows the search's index query for a better plan; only for queries
 * that apply `confirmations` after ordering and limiting (the list), where the wider index match costs nothing.
 */
export function articleConditions(filters: ArticleFilters, termStatistics?: TermStatistics): ArticleConditions {
  const conditions: Prisma.Sql[] = [];
  const confirmations: Prisma.Sql[] = [];
  const search = filters.q ? parseArticleSearch(filters.q, termStatistics) : null;
  if (search) {
    if (search.tsquery) conditions.push(Prisma.sql`a."searchVector" @@ ${search.tsquery}::tsquery`);
    for (const pattern of search.likePatterns) confirmations.push(Prisma.sql`a."searchText" LIKE ${pattern}`);
  }
  if (filters.sourceIds && filters.sourceIds.length > 0) {
    conditions.push(Prisma.sql`a."sourceId" = ${anyOf(filters.sourceIds)}`);
  }
  if (filters.from) conditions.push(Prisma.sql`a."publishedAt" >= ${utcTimestamp(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`a."publishedAt" < ${utcTimestamp(filters.to)}`);
  if (filters.tagIds && filters.tagIds.length > 0) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" t WHERE t."articleId" = a.id AND t."tagId" = ${anyOf(filters.tagIds)})`,
    );
  }
  if (filters.language) conditions.push(Prisma.sql`a.language = ${filters.language}`);
  if (filters.hasAidFigures === true || filters.hasAidFigures === false) {
    const exists = Prisma.sql`EXISTS (SELECT 1 FROM "MoneyMention" m WHERE m."articleId" = a.id AND m."isAid")`;
    conditions.push(filters.hasAidFigures ? exists : Prisma.sql`NOT ${exists}`);
  }
  if (filters.duplicates === "only") conditions.push(Prisma.sql`a."duplicateOfId" IS NOT NULL`);
  if (filters.duplicates === "exclude") conditions.push(Prisma.sql`a."duplicateOfId" IS NULL`);
  return { conditions: [...conditions, ...confirmations], indexConditions: conditions, confirmations, search };
}

export function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** How many search terms stand in the title (the first line of the folded search text). */
export function titleRank(search: ArticleSearch): Prisma.Sql {
  const title = Prisma.sql`split_part(a."searchText", chr(10), 1)`;
  const hits = search.terms.map((term) => Prisma.sql`(CASE WHEN strpos(${title}, ${term}) > 0 THEN 1 ELSE 0 END)`);
  return Prisma.sql`(${Prisma.join(hits, " + ")})`;
}
