import type { Database } from "../client/create-database.js";
import { NewsdeskDatabaseError } from "../client/errors.js";
import { readMigrationList, readSchemaFile } from "./migration-files.js";
import { noSchemaFilter, openSchemaEngine } from "./schema-engine.js";

/**
 * Deploy-style migrations on the open database, through Prisma's schema engine (WASM) and the database's own driver
 * adapter: the same `_prisma_migrations` bookkeeping as `prisma migrate deploy`, on PGlite or PostgreSQL.
 */
export interface MigrationStatus {
  /** Names of the migration folders on disk, in order. */
  local: string[];
  /** Migrations recorded as applied in the database. */
  applied: string[];
  /** On disk but not applied yet. */
  pending: string[];
  /** Recorded as failed (a crash or an error mid-migration): needs a look before anything else. */
  failed: string[];
  /** Applied, but the file on disk changed since. */
  edited: string[];
  /** In the database but not on disk (the database is ahead of this checkout). */
  unknown: string[];
  upToDate: boolean;
}

async function withEngine<T>(database: Database, run: (engine: Awaited<ReturnType<typeof openSchemaEngine>>) => Promise<T>): Promise<T> {
  const engine = await openSchemaEngine(database.adapterFactory, await readSchemaFile());
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** Applies every pending migration in order; returns the names applied. */
export async function migrateDatabase(database: Database): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationList();
  try {
    const result = await withEngine(database, (engine) =>
      engine.applyMigrations({ migrationsList, filters: noSchemaFilter }),
    );
    return { applied: result.appliedMigrationNames };
  } catch (error) {
    throw new NewsdeskDatabaseError("MIGRATION_FAILED", `Migrating ${database.location} failed: ${errorText(error)}`, {
      cause: error,
    });
  }
}

export async function migrationStatus(database: Database): Promise<MigrationStatus> {
  const migrationsList = await readMigrationList();
  const local = migrationsList.migrationDirectories.map((dir) => dir.path);
  const diagnosis = await withEngine(database, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noSchemaFilter }),
  );
  const applied = diagnosis.hasMigrationsTable ? await appliedMigrationNames(database) : [];
  const appliedSet = new Set(applied);
  const localSet = new Set(local);
  const failed = diagnosis.failedMigrationNames;
  const pending = local.filter((name) => !appliedSet.has(name));
  const unknown = applied.filter((name) => !localSet.has(name));
  return {
    local,
    applied,
    pending,
    failed,
    edited: diagnosis.editedMigrationNames,
    unknown,
    upToDate: pending.length === 0 && failed.length === 0 && unknown.length === 0,
  };
}

/** Throws MIGRATIONS_PENDING unless the database is fully migrated (for servers that must not run on an old schema). */
export async function assertMigrated(database: Database): Promise<void> {
  const status = await migrationStatus(database);
  if (!status.upToDate) {
    throw new NewsdeskDatabaseError(
      "MIGRATIONS_PENDING",
      `The database at ${database.location} is not migrated (pending: ${status.pending.join(", ") || "none"}; ` +
        `failed: ${status.failed.join(", ") || "none"}). Run \`npx newsdesk db migrate\`.`,
    );
  }
}

/** Drops everything in the database's schema (data included), then applies every migration. */
export async function resetDatabase(database: Database): Promise<{ applied: string[] }> {
  await withEngine(database, (engine) => engine.reset({ filter: noSchemaFilter }));
  return migrateDatabase(database);
}

async function appliedMigrationNames(database: Database): Promise<string[]> {
  const rows = await database.db.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}
