// @newsdesk/db: Newsdesk's storage. One Prisma schema on the embedded database (PGlite, the default) or a
// PostgreSQL server (DATABASE_URL), migrations without a native engine, and the importer.
export { createDatabase } from "./client/create-database.js";
export type { CreateDatabaseOptions, Database, DatabaseKind } from "./client/create-database.js";
export { resolveDataDir } from "./client/data-dir.js";
export { embeddedLockOwner } from "./client/embedded-lock.js";
export { EmbeddedDatabaseLockedError, NewsdeskDatabaseError } from "./client/errors.js";
export type { DatabaseErrorCode } from "./client/errors.js";
export { assertMigrated, migrateDatabase, migrationStatus, resetDatabase } from "./migrations/migrate.js";
export type { MigrationStatus } from "./migrations/migrate.js";
export { diffSchemaAgainstMigrations } from "./migrations/diff.js";
export type { SchemaDiff } from "./migrations/diff.js";
export { PrismaClient, Prisma } from "./generated/prisma/client.js";
export type * from "./generated/prisma/client.js";
export { importArchive } from "./ingest/import-archive.js";
export type { ImportArchiveOptions, ImportInput } from "./ingest/import-archive.js";
export { importRecords } from "./ingest/import-records.js";
export type { ImportRecordsOptions } from "./ingest/import-records.js";
export type { ImportProgress, ImportSummary } from "./ingest/import-summary.js";
export type { ImportFileStatus } from "./ingest/prepared-file.js";
export type { ArchiveItem } from "./ingest/archive-item.js";
export { foldForSearch } from "./search/fold-text.js";
// Exchange rates and aid figures (the rate import re-computes every figure's USD/EUR value).
export * from "./rates/index.js";
export { refreshAidFigures, refreshAllAidFigures } from "./aid/refresh-figures.js";
export { AidFigureError, isAidFigureError } from "./aid/aid-errors.js";
