import type { ListArticlesParams } from "@newsdesk/db/queries";
import type { ArticleQuery } from "../../lib/article-query";

const dayMs = 86_400_000;

/** The dashboard's article query (URL form) as the db package's list parameters. */
export function listParamsOf(query: ArticleQuery, page: { cursor?: string | undefined; limit?: number }): ListArticlesParams {
  const sort =
    query.sort === "archived-desc"
      ? { sort: "archivedAt" as const, direction: "desc" as const }
      : { sort: "publishedAt" as const, direction: query.sort === "published-asc" ? ("asc" as const) : ("desc" as const) };
  return {
    q: query.q || null,
    sourceIds: query.sources.length > 0 ? query.sources : null,
    // `to` is the last day shown, inclusive: the bound is the next midnight (UTC).
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : null,
    to: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + dayMs) : null,
    tagIds: query.tags.length > 0 ? query.tags : null,
    language: query.language ?? null,
    hasAidFigures: query.aid === "yes" ? true : query.aid === "no" ? false : null,
    duplicates: query.duplicates === "include" ? null : query.duplicates,
    ...sort,
    cursor: page.cursor ?? null,
    ...(page.limit ? { limit: page.limit } : {}),
  };
}
