import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { createTestDatabase } from "../testing/index.js";
import {
  addArticleTags,
  entityMatchScore,
  listRecentTagsOfUser,
  listTagsForArticles,
  removeArticleTags,
  suggestTagsForArticle,
} from "./article-tags.js";
import { recordAuditEvents } from "./audit-events.js";
import { createTag } from "./tags.js";
import { createUser } from "./users.js";

let database: Database;
let ann: string;
let bob: string;

async function insertArticle(db: Database["db"], id: string, sourceId: string, extra: { contentHash?: string } = {}) {
  await db.article.create({
    data: {
      id, canonicalUrl: `https://example.org/${id}`, url: `https://example.org/${id}`, file: `${id}.txt`, format: "F1",
      sourceId, title: id, language: "zh", blocks: [], text: id, charCount: 2, contentHash: extra.contentHash ?? id,
      links: [], warnings: [], recordHash: id, searchText: id,
    },
  });
}

async function mention(db: Database["db"], articleId: string, zh: string, en: string) {
  const entity = await db.entity.upsert({ where: { zh_en: { zh, en } }, create: { id: `${zh}|${en}`, zh, en }, update: {} });
  await db.entityMention.create({ data: { articleId, entityId: entity.id } });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  ann = (await createUser(db, { email: "ann@example.org", name: "Ann", role: "editor", passwordHash: "h" })).id;
  bob = (await createUser(db, { email: "bob@example.org", name: "Bob", role: "editor", passwordHash: "h" })).id;
  const source = await db.source.create({ data: { domain: "example.org", name: "Example", nameEn: "Example" } });
  for (const id of ["seed", "s1", "s2", "s3", "copy", "other"]) await insertArticle(db, id, source.id, id === "copy" ? { contentHash: "seed" } : {});
});
afterAll(async () => {
  await database?.close();
});

describe("article tag queries", () => {
  it("adds pairs idempotently and returns only what this call added", async () => {
    const { db } = database;
    const [nato, ukraine] = [await createTag(db, { name: "NATO", color: "#111111", createdById: ann }), await createTag(db, { name: "Ukraine", color: "#222222", createdById: ann })];
    expect(await addArticleTags(db, { articleIds: ["s1", "s2"], tagIds: [nato.id], createdById: ann })).toHaveLength(2);
    const second = await addArticleTags(db, { articleIds: ["s1", "s2", "s3"], tagIds: [nato.id, ukraine.id], createdById: bob });
    expect(second.map((pair) => `${pair.articleId}:${pair.tagId === nato.id ? "NATO" : "Ukraine"}`).sort()).toEqual([
      "s1:Ukraine",
      "s2:Ukraine",
      "s3:NATO",
      "s3:Ukraine",
    ]);
    const row = await db.articleTag.findUnique({ where: { articleId_tagId: { articleId: "s1", tagId: nato.id } } });
    expect(row?.createdById).toBe(ann);
  });

  it("keeps both editors' tags when they tag the same article at the same time", async () => {
    const { db } = database;
    const tags = await Promise.all(["A", "B", "C", "D"].map((name) => createTag(db, { name: `race-${name}`, color: "#333333", createdById: null })));
    await Promise.all([
      db.$transaction((tx) => addArticleTags(tx, { articleIds: ["seed"], tagIds: [tags[0]!.id, tags[1]!.id], createdById: ann })),
      db.$transaction((tx) => addArticleTags(tx, { articleIds: ["seed"], tagIds: [tags[2]!.id, tags[1]!.id, tags[3]!.id], createdById: bob })),
    ]);
    const names = (await listTagsForArticles(db, { articleIds: ["seed"] })).get("seed")!.map((tag) => tag.name);
    expect(names).toEqual(["race-A", "race-B", "race-C", "race-D"]);
  });

  it("removes pairs and reports those that existed", async () => {
    const { db } = database;
    const nato = (await db.tag.findUnique({ where: { name: "NATO" } }))!;
    const removed = await removeArticleTags(db, { pairs: [{ articleId: "s1", tagId: nato.id }, { articleId: "other", tagId: nato.id }] });
    expect(removed).toEqual([{ articleId: "s1", tagId: nato.id }]);
    expect((await listTagsForArticles(db, { articleIds: ["s1", "nothing"] })).get("nothing")).toEqual([]);
  });

  it("lists the tags a user applied last (from their audit events), newest first, each once, deleted tags left out", async () => {
    const { db } = database;
    const cy = (await createUser(db, { email: "cy@example.org", name: "Cy", role: "editor", passwordHash: "h" })).id;
    const [x, y, z] = await Promise.all(["recent-X", "recent-Y", "recent-Z"].map((name) => createTag(db, { name, color: "#888888", createdById: cy })));
    const pause = () => new Promise((resolve) => setTimeout(resolve, 15));
    const applied = async (tagIds: string[]) => {
      await recordAuditEvents(db, [{ actorId: cy, actorLabel: "cy", action: "article.tag", targetType: "article", targetId: "s1", after: { tagIds } }]);
      await pause();
    };
    await applied([x!.id]);
    await applied([y!.id, z!.id]);
    await recordAuditEvents(db, [{ actorId: cy, actorLabel: "cy", action: "article.untag", targetType: "article", targetId: "s1", after: { tagIds: [x!.id] } }]);
    await applied([x!.id]);
    expect((await listRecentTagsOfUser(db, { userId: cy })).map((tag) => tag.name)).toEqual(["recent-X", "recent-Y", "recent-Z"]);
    expect((await listRecentTagsOfUser(db, { userId: cy, limit: 1 })).map((tag) => tag.name)).toEqual(["recent-X"]);
    await db.tag.delete({ where: { id: y!.id } });
    expect((await listRecentTagsOfUser(db, { userId: cy })).map((tag) => tag.name)).toEqual(["recent-X", "recent-Z"]);
    expect(await listRecentTagsOfUser(db, { userId: "nobody" })).toEqual([]);
  });

  it("suggests tags named like the article's entities and tags of similar articles", async () => {
    const { db } = database;
    const blinken = await createTag(db, { name: "antony blinken", color: "#444444", createdById: null });
    const kuleba = await createTag(db, { name: "库列巴", color: "#555555", createdById: null });
    const diplomacy = await createTag(db, { name: "Diplomacy", color: "#666666", createdById: null });
    const dupTag = await createTag(db, { name: "Copy tag", color: "#777777", createdById: null });
    await mention(db, "seed", "布林肯", "Antony Blinken");
    await mention(db, "seed", "库列巴", "Dmytro Kuleba");
    await mention(db, "s2", "布林肯", "Antony Blinken");
    await mention(db, "s2", "库列巴", "Dmytro Kuleba");
    await mention(db, "s3", "库列巴", "Dmytro Kuleba");
    await addArticleTags(db, { articleIds: ["s2", "s3"], tagIds: [diplomacy.id], createdById: ann });
    await addArticleTags(db, { articleIds: ["copy"], tagIds: [dupTag.id], createdById: ann });
    await addArticleTags(db, { articleIds: ["seed"], tagIds: [kuleba.id], createdById: ann });
    const unrelated = await createTag(db, { name: "Unrelated", color: "#999999", createdById: null });
    await addArticleTags(db, { articleIds: ["other"], tagIds: [unrelated.id], createdById: ann });

    const suggestions = await suggestTagsForArticle(db, { articleId: "seed" });
    expect(suggestions[0]).toEqual({ tag: expect.objectContaining({ id: blinken.id }), reason: "entity", score: entityMatchScore });
    const similar = suggestions.filter((s) => s.reason === "similar").map((s) => s.tag.name);
    // s2 shares two entities, s3 one: their tags (Diplomacy on both) rank by overlap; the copy's tag comes via contentHash.
    expect(similar).toEqual(expect.arrayContaining(["Diplomacy", "Copy tag"]));
    expect(similar).not.toContain("Unrelated");
    expect(suggestions.map((s) => s.tag.id)).not.toContain(kuleba.id);
  });
});
