import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDatabase } from "../client/create-database.js";
import type { Database, DatabaseKind } from "../client/create-database.js";
import { parseDatabaseUrl, quoteIdentifier } from "../client/database-url.js";
import { readMigrationList } from "../migrations/migration-files.js";
import { migrateDatabase } from "../migrations/migrate.js";

/**
 * Throwaway, fully migrated databases for tests. PGlite: in memory, started from a migrated template that is
 * built once per migration set and cached in the OS temp folder (initdb + migrate takes ~10 s; loading the template
 * ~1 s). PostgreSQL: a fresh schema in NEWSDESK_TEST_DATABASE_URL or DATABASE_URL, dropped on close, so that
 * parallel test files and CI runs never collide.
 */
export function testPostgresUrl(): string | undefined {
  return process.env.NEWSDESK_TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** The kinds to run integration tests on: PGlite always, PostgreSQL when a server URL is configured. */
export function testDatabaseKinds(): DatabaseKind[] {
  return testPostgresUrl() ? ["pglite", "postgres"] : ["pglite"];
}

/** The URL another process can use to reach a test database (PostgreSQL: with its schema). */
export function testDatabaseUrl(database: Database): string {
  const url = testPostgresUrl();
  if (database.kind !== "postgres" || !url) throw new Error("testDatabaseUrl: not a PostgreSQL test database");
  const withSchema = new URL(parseDatabaseUrl(url).connectionString);
  if (database.schema) withSchema.searchParams.set("schema", database.schema);
  return withSchema.href;
}

export async function createTestDatabase(kind: DatabaseKind = "pglite"): Promise<Database> {
  return kind === "pglite" ? createTestPglite() : createTestPostgres();
}

async function migrationsDigest(): Promise<string> {
  const list = await readMigrationList();
  const hash = createHash("sha256");
  for (const dir of list.migrationDirectories) {
    hash.update(dir.path);
    if (dir.migrationFile.content.tag === "ok") hash.update(dir.migrationFile.content.value);
  }
  return hash.digest("hex").slice(0, 16);
}

let template: Promise<Blob> | null = null;

async function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(tmpdir(), `newsdesk-pglite-template-${await migrationsDigest()}.tar.gz`);
    if (existsSync(file)) return new Blob([await readFile(file)]);
    const database = await createDatabase({ memory: true, url: null });
    try {
      await migrateDatabase(database);
      if (!database.pglite) throw new Error("expected an embedded database");
      const dump = await database.pglite.dumpDataDir("gzip");
      const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, file);
      return dump;
    } finally {
      await database.close();
    }
  })();
  return template;
}

async function createTestPglite(): Promise<Database> {
  return createDatabase({ memory: true, url: null, loadDataDir: await pgliteTemplate() });
}

async function createTestPostgres(): Promise<Database> {
  const url = testPostgresUrl();
  if (!url) throw new Error("No PostgreSQL for tests: set NEWSDESK_TEST_DATABASE_URL or DATABASE_URL");
  const target = parseDatabaseUrl(url);
  const schema = `nd_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: target.connectionString });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
  } finally {
    await admin.end();
  }
  const withSchema = new URL(target.connectionString);
  withSchema.searchParams.set("schema", schema);
  const database = await createDatabase({ url: withSchema.href, poolSize: 5 });
  await migrateDatabase(database);
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const cleanup = new pg.Client({ connectionString: target.connectionString });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
