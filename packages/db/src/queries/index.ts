// Repository functions `fn(db, params)` with explicit selects, one file per entity. Re-exports every query file.
export { countDatabaseRows } from "./database-counts.js";
export type { DatabaseCounts } from "./database-counts.js";
