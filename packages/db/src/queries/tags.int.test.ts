import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { createTestDatabase } from "../testing/index.js";
import { addArticleTags, listTagsForArticles } from "./article-tags.js";
import { createTag, deleteTag, findTagByName, getTagsByIds, listTags, mergeTags, updateTag } from "./tags.js";

let database: Database;
const articleIds = ["a1", "a2", "a3"];

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const source = await db.source.create({ data: { domain: "example.org", name: "Example", nameEn: "Example" } });
  for (const id of articleIds) {
    await db.article.create({
      data: {
        id, canonicalUrl: `https://example.org/${id}`, url: `https://example.org/${id}`, file: `${id}.txt`, format: "F1",
        sourceId: source.id, title: id, language: "zh", blocks: [], text: id, charCount: 2, contentHash: id, links: [],
        warnings: [], recordHash: id, searchText: id,
      },
    });
  }
});
afterAll(async () => {
  await database?.close();
});

describe("tag queries", () => {
  it("creates, finds case-insensitively, renames and recolours", async () => {
    const { db } = database;
    const nato = await createTag(db, { name: " NATO ", color: "#4f46e5", createdById: null });
    expect(nato).toMatchObject({ name: "NATO", color: "#4f46e5" });
    expect((await findTagByName(db, { name: "nato" }))?.id).toBe(nato.id);
    expect(await findTagByName(db, { name: "nato", excludeId: nato.id })).toBeNull();
    const renamed = await updateTag(db, { id: nato.id, name: "北约", color: "#dc2626" });
    expect(renamed).toMatchObject({ id: nato.id, name: "北约", color: "#dc2626" });
    expect((await getTagsByIds(db, { ids: [nato.id, "missing"] })).map((tag) => tag.name)).toEqual(["北约"]);
  });

  it("merges a tag into another: articles keep one copy, topics follow, the source disappears", async () => {
    const { db } = database;
    const ukraine = await createTag(db, { name: "Ukraine", color: "#16a34a", createdById: null });
    const ukr = await createTag(db, { name: "UKR", color: "#d97706", createdById: null });
    await addArticleTags(db, { articleIds: ["a1", "a2"], tagIds: [ukr.id], createdById: null });
    await addArticleTags(db, { articleIds: ["a2", "a3"], tagIds: [ukraine.id], createdById: null });
    await db.topic.create({ data: { name: "UKR timeline", kind: "tag", tagId: ukr.id } });

    expect(await mergeTags(db, { sourceId: ukr.id, targetId: ukraine.id })).toEqual({ articleCount: 2, addedCount: 1 });
    const tags = await listTagsForArticles(db, { articleIds });
    expect([...tags].map(([id, list]) => [id, list.map((tag) => tag.name)])).toEqual([
      ["a1", ["Ukraine"]],
      ["a2", ["Ukraine"]],
      ["a3", ["Ukraine"]],
    ]);
    expect((await db.topic.findFirst({ where: { name: "UKR timeline" } }))?.tagId).toBe(ukraine.id);
    expect((await listTags(db)).map((tag) => [tag.name, tag.articleCount])).toEqual([
      ["Ukraine", 3],
      ["北约", 0],
    ]);
  });

  it("deletes a tag and reports how many articles lost it", async () => {
    const { db } = database;
    const ukraine = await findTagByName(db, { name: "ukraine" });
    expect(await deleteTag(db, { id: ukraine!.id })).toBe(3);
    expect((await listTagsForArticles(db, { articleIds: ["a1"] })).get("a1")).toEqual([]);
  });
});
