// Repository functions `fn(db, params)` with explicit selects, one file per entity. Re-exports every query file.
export { countDatabaseRows } from "./database-counts.js";
export type { DatabaseCounts } from "./database-counts.js";
export { countArticles, listArticles } from "./articles.js";
export type { ArticleListItem, ArticleSort, ListArticlesParams, SortDirection } from "./articles.js";
export type { ArticleFilters } from "./article-filters.js";
export { InvalidCursorError } from "./article-cursor.js";
export { articleDetailSelect, getArticle } from "./article-detail.js";
export type { ArticleDetail } from "./article-detail.js";
export { articleFacets } from "./article-facets.js";
export type { ArticleFacets } from "./article-facets.js";
export { listSources, sourceSelect } from "./sources.js";
export type { SourceRecord } from "./sources.js";
// The dashboard's queries (apps/web).
export * from "./users.js";
export * from "./sessions.js";
export * from "./sign-in-attempts.js";
export * from "./tags.js";
export * from "./article-tags.js";
export * from "./audit-events.js";
export * from "./topics.js";
export * from "./topic-timelines.js";
export * from "./topic-timeline-articles.js";
// Aid figures and exchange rates (issue 5; the aid helper's files).
export * from "./aid-figures.js";
export * from "./exchange-rates.js";
export * from "../aid/index.js";
