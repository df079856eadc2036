import type { Database } from "@newsdesk/db";
import { listAuditEvents } from "@newsdesk/db/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../auth/session-user";
import { articleIdByTitle, callerAs, createTestUser, importTestArticles, openTestDatabase } from "../../testing/router-test-kit";

let database: Database;
let editor: SessionUser;
let otherEditor: SessionUser;
let viewer: SessionUser;
let seedId: string;
let ids: string[];
let nato: { id: string; name: string };
let ukraine: { id: string; name: string };

beforeAll(async () => {
  database = await openTestDatabase();
  editor = await createTestUser(database.db, "editor");
  otherEditor = await createTestUser(database.db, "editor");
  viewer = await createTestUser(database.db, "viewer");
  await importTestArticles(database.db, [
    { title: "布林肯：北约支持乌克兰“没有疲劳感”", body: "美国国务卿安东尼·布林肯（Antony Blinken）周三表示，北约盟国对乌克兰的支持没有疲劳感。" },
    ...Array.from({ length: 24 }, (_, i) => ({ title: `乌克兰局势第${i + 1}篇`, body: `关于乌克兰的第${i + 1}篇报道。` })),
  ]);
  seedId = await articleIdByTitle(database.db, "布林肯：北约支持乌克兰“没有疲劳感”");
  ids = (await database.db.article.findMany({ where: { title: { startsWith: "乌克兰局势" } }, select: { id: true } })).map((row) => row.id);
  nato = await callerAs(database.db, editor).caller.tags.create({ name: "NATO" });
  ukraine = await callerAs(database.db, editor).caller.tags.create({ name: "乌克兰" });
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;

describe("tagging router", () => {
  it("add: tags one article, returns the pairs it added, and audits it", async () => {
    const result = await as(editor).tagging.add({ articleIds: [seedId], tagIds: [nato.id] });
    expect(result).toMatchObject({ pairs: [{ articleId: seedId, tagId: nato.id }], articleCount: 1, tags: [{ id: nato.id, name: "NATO" }] });
    const again = await as(editor).tagging.add({ articleIds: [seedId], tagIds: [nato.id] });
    expect(again.pairs).toEqual([]);
    const audit = await listAuditEvents(database.db, { limit: 5, action: "article.tag", targetId: seedId });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actorId: editor.id, actorLabel: editor.email, targetType: "article", after: { tags: ["NATO"], tagIds: [nato.id] } });
  });

  it("add: bulk-tags 20 articles in one call with one audit event per article", async () => {
    const twenty = ids.slice(0, 20);
    const result = await as(editor).tagging.add({ articleIds: twenty, tagIds: [ukraine.id] });
    expect(result.articleCount).toBe(20);
    const audit = await listAuditEvents(database.db, { limit: 50, action: "article.tag", actorId: editor.id });
    const bulk = audit.items.filter((event) => (event.after as { bulk?: number }).bulk === 20);
    expect(new Set(bulk.map((event) => event.targetId))).toEqual(new Set(twenty));
    const tagged = await database.db.articleTag.count({ where: { tagId: ukraine.id } });
    expect(tagged).toBe(20);
  });

  it("two editors tagging the same article at once both keep their tags", async () => {
    const target = ids[21]!;
    const mine = await as(editor).tags.create({ name: "editor-one" });
    const theirs = await as(otherEditor).tags.create({ name: "editor-two" });
    await Promise.all([
      as(editor).tagging.add({ articleIds: [target], tagIds: [mine.id, nato.id] }),
      as(otherEditor).tagging.add({ articleIds: [target], tagIds: [theirs.id, nato.id] }),
    ]);
    const article = await as(viewer).articles.byId({ id: target });
    expect(article.tags.map((tag) => tag.name).sort()).toEqual(["NATO", "editor-one", "editor-two"]);
  });

  it("remove + undo: removes exactly the pairs given and can put them back", async () => {
    const removed = await as(editor).tagging.remove({ pairs: [{ articleId: seedId, tagId: nato.id }, { articleId: ids[0]!, tagId: nato.id }] });
    expect(removed.pairs).toEqual([{ articleId: seedId, tagId: nato.id }]);
    const undone = await as(editor).tagging.add({ articleIds: [seedId], tagIds: [nato.id], undo: true });
    expect(undone.pairs).toHaveLength(1);
    const audit = await listAuditEvents(database.db, { limit: 2, targetId: seedId });
    expect(audit.items.map((event) => [event.action, (event.after as { undo?: boolean }).undo ?? false])).toEqual([
      ["article.tag", true],
      ["article.untag", false],
    ]);
  });

  it("refuses viewers and strangers: a viewer cannot tag or untag", async () => {
    await expect(as(viewer).tagging.add({ articleIds: [seedId], tagIds: [nato.id] })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE", code: "FORBIDDEN" });
    await expect(as(viewer).tagging.remove({ pairs: [{ articleId: seedId, tagId: nato.id }] })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    await expect(as(null).tagging.add({ articleIds: [seedId], tagIds: [nato.id] })).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    await expect(as(null).tagging.recent()).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    await expect(as(null).tagging.suggestions({ articleId: seedId })).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });

  it("validates input: empty lists, too many articles, unknown articles or tags", async () => {
    await expect(as(editor).tagging.add({ articleIds: [], tagIds: [nato.id] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(editor).tagging.add({ articleIds: Array.from({ length: 501 }, (_, i) => `a${i}`), tagIds: [nato.id] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(editor).tagging.add({ articleIds: ["no-such-article"], tagIds: [nato.id] })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    await expect(as(editor).tagging.add({ articleIds: [seedId], tagIds: ["no-such-tag"] })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    await expect(as(editor).tagging.remove({ pairs: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("recent: the tags this user applied last, newest first", async () => {
    const recent = await as(editor).tagging.recent();
    expect(recent[0]?.name).toBe("NATO");
    expect(recent.map((tag) => tag.name)).toContain("乌克兰");
    expect(await as(viewer).tagging.recent()).toEqual([]);
  });

  it("suggestions: tags named like the article's entities come first", async () => {
    const blinken = await as(editor).tags.create({ name: "Antony Blinken" });
    const suggestions = await as(viewer).tagging.suggestions({ articleId: seedId });
    expect(suggestions[0]).toEqual({ tag: { id: blinken.id, name: "Antony Blinken", color: blinken.color }, reason: "entity" });
    await expect(as(viewer).tagging.suggestions({ articleId: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
