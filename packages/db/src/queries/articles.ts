import { Prisma } from "../generated/prisma/client.js";
import { decodeArticleCursor, encodeArticleCursor } from "./article-cursor.js";
import { articleListPage } from "./article-list-page.js";
import type { ArticleListItem } from "./article-list-page.js";
import type { ArticleCursor } from "./article-cursor.js";
import { articleConditions, titleRank, utcTimestamp, whereClause } from "./article-filters.js";
import type { ArticleFilters } from "./article-filters.js";
import { searchTermStatistics } from "./search-term-statistics.js";

type Db = Prisma.TransactionClient;

export type { ArticleListItem } from "./article-list-page.js";

export type ArticleSort = "publishedAt" | "archivedAt" | "relevance";
export type SortDirection = "asc" | "desc";

export interface ListArticlesParams extends ArticleFilters {
  /** Default publishedAt. "relevance" (search terms in the title first, then newest) needs `q`. */
  sort?: ArticleSort;
  /** Default desc (newest first). Undated articles come last either way; relevance is always best first. */
  direction?: SortDirection;
  /** `nextCursor` of the previous page. */
  cursor?: string | null;
  /** Page size, 1–200 (default 50). */
  limit?: number;
  /**
   * Searches the statistics show to match fewer than this share of articles are collected from the search index
   * and sorted rather than found by walking the date index (see confirmedKeys). Default 0.015; tests raise it.
   */
  collectBelowShare?: number;
}

interface KeyRow {
  id: string;
  sortAt: Date | null;
  rank: number | null;
}

/** Searches matching fewer articles than this share are collected from the GIN index (see confirmedKeys). */
const collectBelowShare = 0.015;

/**
 * One page of articles, newest first by default, keyset-paged (a page costs the same at any depth): the ids come
 * from one SQL query that the indexes on (publishedAt, id), (archivedAt, id), (sourceId, publishedAt, id) and the
 * search GIN index serve; the rows then come from one query over those ids (see article-list-page.ts).
 */
export async function listArticles(db: Db, params: ListArticlesParams = {}): Promise<{ items: ArticleListItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(Math.trunc(params.limit ?? 50), 1), 200);
  const direction: SortDirection = params.direction ?? "desc";
  // The relevance sort reads every candidate's search text for its rank: it keeps the tighter index query.
  const termStatistics = params.q && params.sort !== "relevance" ? await searchTermStatistics(db) : undefined;
  const { conditions, indexConditions, confirmations, search } = articleConditions(params, termStatistics);
  const sort: ArticleSort = params.sort === "relevance" && !search ? "publishedAt" : (params.sort ?? "publishedAt");
  const cursor = params.cursor ? decodeArticleCursor(params.cursor, sort, direction) : null;
  const want = limit + 1;
  let keys: KeyRow[];

  if (sort === "relevance") {
    const rank = titleRank(search!);
    const dated = Prisma.sql`COALESCE(a."publishedAt", '-infinity'::timestamp)`;
    const after = cursor
      ? [Prisma.sql`(${rank}, ${dated}, a.id) < (${cursor.r ?? 0}, COALESCE(${cursor.v}::timestamp(3), '-infinity'::timestamp), ${cursor.id})`]
      : [];
    keys = await db.$queryRaw<KeyRow[]>`
      SELECT a.id, a."publishedAt" AS "sortAt", ${rank} AS rank
        FROM "Article" a ${whereClause([...conditions, ...after])}
       ORDER BY rank DESC, ${dated} DESC, a.id DESC
       LIMIT ${want}`;
  } else {
    const column = Prisma.raw(sort === "archivedAt" ? `a."archivedAt"` : `a."publishedAt"`);
    const order = Prisma.raw(direction === "desc" ? "DESC" : "ASC");
    const before = Prisma.raw(direction === "desc" ? "<" : ">");
    // A search the statistics show to be rare is collected from the GIN index and sorted (see confirmedKeys).
    const collect = search?.matchShareBound != null && search.matchShareBound < (params.collectBelowShare ?? collectBelowShare);
    keys = [];
    if (!cursor || cursor.p === "dated") {
      const after = cursor ? [Prisma.sql`(${column}, a.id) ${before} (${utcTimestamp(new Date(cursor.v!))}, ${cursor.id})`] : [];
      keys = await confirmedKeys(db, {
        select: Prisma.sql`a.id, ${column} AS "sortAt", NULL::int AS rank`,
        conditions: [...indexConditions, Prisma.sql`${column} IS NOT NULL`, ...after],
        orderBy: Prisma.sql`${column} ${order}, a.id ${order}`,
        confirmations,
        limit: want,
        collect: collect ? order : null,
      });
    }
    // Undated articles (no publishedAt/archivedAt) follow the dated ones; a date range excludes them anyway.
    const dateRangeOnSortColumn = sort === "publishedAt" && (params.from || params.to);
    if (keys.length < want && !dateRangeOnSortColumn) {
      const after = cursor?.p === "undated" ? [Prisma.sql`a.id ${before} ${cursor.id}`] : [];
      const undated = await confirmedKeys(db, {
        select: Prisma.sql`a.id, NULL::timestamp AS "sortAt", NULL::int AS rank`,
        conditions: [...indexConditions, Prisma.sql`${column} IS NULL`, ...after],
        orderBy: Prisma.sql`a.id ${order}`,
        confirmations,
        limit: want - keys.length,
        collect: collect ? order : null,
      });
      keys = keys.concat(undated);
    }
  }

  const page = keys.slice(0, limit);
  const items = await articleListPage(db, page.map((key) => key.id));
  const last = page[page.length - 1];
  const nextCursor =
    keys.length > limit && last
      ? encodeArticleCursor({
          s: sort,
          d: direction,
          p: last.sortAt === null && sort !== "relevance" ? "undated" : "dated",
          v: last.sortAt ? last.sortAt.toISOString() : null,
          ...(sort === "relevance" ? { r: Number(last.rank ?? 0) } : {}),
          id: last.id,
        } satisfies ArticleCursor)
      : null;
  return { items, nextCursor };
}

/**
 * The key rows of a date-sorted page. A search's substring confirmations (see ArticleConditions) are applied to the
 * ordered candidates above an optimisation fence (OFFSET 0: the subquery is neither flattened nor given the outer
 * conditions), so that:
 * - they read the search text of only as many candidates as the page needs, even when the plan collects every
 *   index match and sorts them (measured on 100,000 articles: 联合国, in 7 % of them, 875 ms -> 33 ms);
 * - the planner sizes the subquery for the page (the outer LIMIT, no joins or sorts above) from the index
 *   conditions alone, instead of from a guessed LIKE selectivity that made it expect almost no match.
 * The subquery's ORDER BY is kept by the scan above it (no join, aggregate or sort there).
 *
 * `collect` (the sort direction) first gathers every match in a materialised CTE, which the planner answers from
 * the GIN index, then sorts them. For rare searches: a term the statistics do not list is estimated at
 * PostgreSQL's 0.5 % default, and at a million articles the planner then walks the date index testing each
 * article's ~10 KB search vector, expecting ~10,000 rows; NATO (0.15 %) took 706-887 ms that way, 33,000 rows
 * deep. Collecting its 1,527 matches costs ~5 µs each.
 */
async function confirmedKeys(
  db: Db,
  query: {
    select: Prisma.Sql;
    conditions: Prisma.Sql[];
    orderBy: Prisma.Sql;
    confirmations: Prisma.Sql[];
    limit: number;
    collect: Prisma.Sql | null;
  },
): Promise<KeyRow[]> {
  const { select, conditions, orderBy, confirmations, limit, collect } = query;
  if (collect) {
    // Rows of the dated query sort by ("sortAt", id), the undated ones (sortAt all null) by id: one ORDER BY fits both.
    const text = confirmations.length > 0 ? Prisma.sql`, a."searchText"` : Prisma.empty;
    const confirm = confirmations.length > 0 ? Prisma.sql`WHERE ${Prisma.join(confirmations, " AND ")}` : Prisma.empty;
    return db.$queryRaw<KeyRow[]>`
      WITH matches AS MATERIALIZED (SELECT ${select}${text} FROM "Article" a ${whereClause(conditions)})
      SELECT a.id, a."sortAt", a.rank
        FROM (SELECT * FROM matches a ORDER BY a."sortAt" ${collect}, a.id ${collect} OFFSET 0) a
      ${confirm}
       LIMIT ${limit}`;
  }
  if (confirmations.length === 0) {
    return db.$queryRaw<KeyRow[]>`SELECT ${select} FROM "Article" a ${whereClause(conditions)} ORDER BY ${orderBy} LIMIT ${limit}`;
  }
  return db.$queryRaw<KeyRow[]>`
    SELECT a.id, a."sortAt", a.rank
      FROM (SELECT ${select}, a."searchText" FROM "Article" a ${whereClause(conditions)} ORDER BY ${orderBy} OFFSET 0) a
     WHERE ${Prisma.join(confirmations, " AND ")}
     LIMIT ${limit}`;
}

/** How many articles match the filters (a full count: cheap with filters, ~linear in the table without). */
export async function countArticles(db: Db, filters: ArticleFilters = {}): Promise<number> {
  const { conditions } = articleConditions(filters);
  const rows = await db.$queryRaw<{ count: bigint | number }[]>`
    SELECT count(*) AS count FROM "Article" a ${whereClause(conditions)}`;
  return Number(rows[0]?.count ?? 0);
}
