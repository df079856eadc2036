import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { listArticles } from "../queries/articles.js";
import { contentSnapshot, corpusDevDir, corpusDir, corpusFileNames, createTestDatabase, testDatabaseKinds } from "../testing/index.js";
import { importArchive } from "./import-archive.js";
import type { ImportSummary } from "./import-summary.js";

const slow = { timeout: 900_000 };

describe.each(testDatabaseKinds())("%s: the whole corpus", (kind) => {
  let database: Database;
  let first: ImportSummary;
  let fileCount: number;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fileCount = (await corpusFileNames()).length + 1;
    first = await importArchive(database.db, [corpusDevDir(), `${corpusDir()}/seed`], { actor: "test", jobs: 2 });
  }, 900_000);
  afterAll(async () => {
    await database?.close();
  });

  it("records every file's outcome, once", async () => {
    expect(first.files).toBe(fileCount);
    const { db } = database;
    const files = await db.importFile.findMany({ where: { batchId: first.batchId }, select: { name: true, status: true, errorCode: true, articleId: true } });
    expect(files).toHaveLength(fileCount);
    expect(new Set(files.map((file) => file.name)).size).toBe(fileCount);
    for (const file of files) {
      if (file.status === "failed") expect(file.errorCode).toMatch(/^[A-Z_]+$/);
      else expect(file.articleId).not.toBeNull();
    }
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: first.batchId } });
    expect(batch.status).toBe("completed");
    expect(batch.summary).toMatchObject({ files: fileCount });
  });

  it("stores one article per canonical URL, with near-duplicates linked", async () => {
    const { db } = database;
    expect(await db.article.count()).toBe(first.counts.new + first.counts.duplicate);
    const duplicates = await db.article.findMany({
      where: { duplicateOfId: { not: null } },
      select: { contentHash: true, duplicateOf: { select: { contentHash: true, duplicateOfId: true } } },
    });
    // Every group of articles sharing a text has exactly one original; the rest point at it. (A file's status is
    // decided when it is stored: a copy stored before an earlier archived one was "new" then, and is flagged now.)
    const groups = await db.article.groupBy({ by: ["contentHash"], _count: { _all: true }, having: { contentHash: { _count: { gt: 1 } } } });
    expect(duplicates.length).toBe(groups.reduce((sum, group) => sum + group._count._all - 1, 0));
    expect(duplicates.length).toBeGreaterThanOrEqual(first.counts.duplicate);
    for (const duplicate of duplicates) {
      expect(duplicate.duplicateOf?.contentHash).toBe(duplicate.contentHash);
      expect(duplicate.duplicateOf?.duplicateOfId).toBeNull();
    }
    expect(first.counts.new).toBeGreaterThan(1800);
  });

  it("re-importing the same files adds no rows and changes nothing", async () => {
    const { db } = database;
    const before = await contentSnapshot(db);
    const second = await importArchive(db, [corpusDevDir(), `${corpusDir()}/seed`], { actor: "test", jobs: 2 });
    expect(second.batchId).not.toBe(first.batchId);
    expect(second.counts).toMatchObject({ new: 0, updated: 0, duplicate: 0, failed: first.counts.failed });
    expect(second.counts.unchanged + second.counts.older).toBe(fileCount - first.counts.failed);
    expect(await contentSnapshot(db)).toEqual(before);
    const versions = await db.article.aggregate({ _max: { version: true } });
    expect(versions._max.version).toBe(1);
  }, slow.timeout);

  it("finds Simplified text with a Traditional query and Traditional text with a Simplified one", async () => {
    const { db } = database;
    const traditional = await listArticles(db, { q: "烏克蘭", limit: 200 });
    const simplified = await listArticles(db, { q: "乌克兰", limit: 200 });
    expect(simplified.items.length).toBeGreaterThan(0);
    expect(traditional.items.map((item) => item.id)).toEqual(simplified.items.map((item) => item.id));
    const taiwan = await listArticles(db, { q: "台湾", limit: 200 });
    expect(taiwan.items.some((item) => item.script === "Hant")).toBe(true);
    expect(taiwan.items.some((item) => item.script === "Hans")).toBe(true);
  });
});
