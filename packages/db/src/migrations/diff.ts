import { PrismaPGlite } from "pglite-prisma-adapter";
import { createBlankPglite } from "../client/blank-pglite.js";
import { prismaDir } from "../package-paths.js";
import { readMigrationList, readSchemaFile } from "./migration-files.js";
import { noSchemaFilter, openSchemaEngine } from "./schema-engine.js";

export interface SchemaDiff {
  /** True when schema.prisma describes something the migrations do not create. */
  drift: boolean;
  /** The SQL that would bring the migrated database to schema.prisma: the next migration ("" when none). */
  sql: string;
}

/**
 * Compares schema.prisma with what the migrations build. The migrations are applied to a throwaway in-memory
 * PGlite and the schema engine diffs that database against the schema, so no server and no shadow database is
 * needed. Used by `migrate:create` (to write the next migration) and by the drift test.
 */
export async function diffSchemaAgainstMigrations(
  options: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<SchemaDiff> {
  const schema = await readSchemaFile(options.schemaPath);
  const migrationsList = await readMigrationList(options.migrationsDir);
  const pglite = await createBlankPglite();
  const engine = await openSchemaEngine(new PrismaPGlite(pglite), schema);
  try {
    const hasMigrations = migrationsList.migrationDirectories.length > 0;
    if (hasMigrations) await engine.applyMigrations({ migrationsList, filters: noSchemaFilter });
    const result = await engine.diff({
      from: hasMigrations ? { tag: "schemaDatasource", files: [schema], configDir: prismaDir } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: noSchemaFilter,
    });
    const sql = result.stdout ?? "";
    return { drift: result.exitCode !== 0, sql: result.exitCode !== 0 ? sql : "" };
  } finally {
    engine.free();
    await pglite.close();
  }
}
