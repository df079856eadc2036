// Repository functions `fn(db, params)` with explicit selects, one file per entity. Re-exports every query file.
export { countDatabaseRows } from "./database-counts.js";
export type { DatabaseCounts } from "./database-counts.js";
// The dashboard's queries (apps/web).
export * from "./users.js";
export * from "./sessions.js";
export * from "./sign-in-attempts.js";
export * from "./tags.js";
export * from "./article-tags.js";
export * from "./audit-events.js";
export * from "./topics.js";
