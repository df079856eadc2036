import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "../client/create-database.js";
import type { Database } from "../client/create-database.js";
import { migrationsDir, schemaPath } from "../package-paths.js";
import { ScratchDirs, createTestDatabase, testDatabaseKinds } from "../testing/index.js";
import { diffSchemaAgainstMigrations } from "./diff.js";
import { readMigrationList } from "./migration-files.js";
import { migrateDatabase, migrationStatus, resetDatabase } from "./migrate.js";

describe("migrations from empty", () => {
  const opened: Database[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
  });

  it("migrates a brand-new embedded database and reports it up to date", async () => {
    const database = await createDatabase({ memory: true, url: null });
    opened.push(database);
    const before = await migrationStatus(database);
    expect(before.applied).toEqual([]);
    expect(before.pending.length).toBeGreaterThan(0);
    const { applied } = await migrateDatabase(database);
    expect(applied).toEqual(before.local);
    const after = await migrationStatus(database);
    expect(after).toMatchObject({ pending: [], failed: [], edited: [], unknown: [], upToDate: true });
    expect(await migrateDatabase(database)).toEqual({ applied: [] });
  });

  for (const kind of testDatabaseKinds()) {
    it(`${kind}: every model's table exists after migrating, and reset empties them`, async () => {
      const database = await createTestDatabase(kind);
      opened.push(database);
      const source = await database.db.source.create({ data: { domain: "example.org", name: "E", nameEn: "E" } });
      expect(await database.db.source.count()).toBe(1);
      const counts = await Promise.all([
        database.db.article.count(),
        database.db.importFile.count(),
        database.db.moneyMention.count(),
        database.db.upload.count(),
        database.db.job.count(),
        database.db.signInAttempt.count(),
        database.db.auditEvent.count(),
      ]);
      expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0]);
      await resetDatabase(database);
      expect(await database.db.source.findUnique({ where: { id: source.id } })).toBeNull();
      expect((await migrationStatus(database)).upToDate).toBe(true);
    });
  }
});

describe("drift check (schema.prisma vs migrations)", () => {
  const scratch = new ScratchDirs();
  afterAll(() => scratch.removeAll());

  it("finds no drift in the repository", async () => {
    const diff = await diffSchemaAgainstMigrations();
    expect(diff.sql).toBe("");
    expect(diff.drift).toBe(false);
  });

  it("fails on drift: a field added to the schema without a migration", async () => {
    const dir = await scratch.make("drift");
    await cp(migrationsDir, join(dir, "migrations"), { recursive: true });
    const schema = (await readFile(schemaPath, "utf8")).replace(
      "model Tag {\n",
      "model Tag {\n  description String?\n",
    );
    await writeFile(join(dir, "schema.prisma"), schema);
    const diff = await diffSchemaAgainstMigrations({ schemaPath: join(dir, "schema.prisma"), migrationsDir: join(dir, "migrations") });
    expect(diff.drift).toBe(true);
    expect(diff.sql).toMatch(/ALTER TABLE "Tag" ADD COLUMN\s+"description" TEXT/);
  });

  it("fails on drift: a migration missing", async () => {
    const dir = await scratch.make("drift");
    await cp(migrationsDir, join(dir, "migrations"), { recursive: true });
    const list = await readMigrationList();
    // The newest migration that changes what schema.prisma describes (a statistics target, say, is invisible to it).
    const folders = list.migrationDirectories.map((migration) => migration.path).reverse();
    const sqlOf = (folder: string) => readFile(join(migrationsDir, folder, "migration.sql"), "utf8");
    let last: string | undefined;
    for (const folder of folders) {
      if (/CREATE TABLE|ADD COLUMN/.test(await sqlOf(folder))) {
        last = folder;
        break;
      }
    }
    await rm(join(dir, "migrations", last!), { recursive: true });
    const diff = await diffSchemaAgainstMigrations({ migrationsDir: join(dir, "migrations") });
    expect(diff.drift).toBe(true);
    expect(diff.sql.length).toBeGreaterThan(0);
  });
});
