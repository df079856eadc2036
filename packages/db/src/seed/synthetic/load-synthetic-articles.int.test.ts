import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../client/create-database.js";
import { countArticles } from "../../queries/articles.js";
import { createTestDatabase, testDatabaseKinds } from "../../testing/index.js";
import { loadSyntheticArticles } from "./load-synthetic-articles.js";
import { loadTemplates, syntheticRecord } from "./synthetic-items.js";

describe.each(testDatabaseKinds())("%s: synthetic bulk load", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads, resumes where it stopped, and stores what the importer would", async () => {
    const first = await loadSyntheticArticles(database, { count: 250, chunkSize: 100 });
    expect(first).toEqual({ inserted: 250, skipped: 0 });
    const resumed = await loadSyntheticArticles(database, { count: 400, chunkSize: 100 });
    expect(resumed.skipped).toBe(200);
    expect(resumed.inserted).toBe(150);
    expect(await database.db.article.count()).toBe(400);
    // Records 99, 199, 299, 399 repeat their predecessor's text under another URL.
    expect(await database.db.article.count({ where: { duplicateOfId: { not: null } } })).toBe(4);
    // The search columns are there: a Traditional query finds the stored Simplified text.
    const templates = await loadTemplates();
    const sample = syntheticRecord(templates, 1, 7);
    const stored = await database.db.article.findUniqueOrThrow({ where: { id: sample.id }, select: { text: true, publishedAt: true } });
    expect(stored.text).toBe(sample.text);
    expect(stored.publishedAt?.toISOString()).toBe(sample.publishedAt);
    expect(await countArticles(database.db, { q: "檔案編號：7）" })).toBe(1);
  });
});
