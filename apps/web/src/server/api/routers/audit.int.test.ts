import type { Database } from "@newsdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../auth/session-user";
import { articleIdByTitle, callerAs, createTestUser, importTestArticles, openTestDatabase } from "../../testing/router-test-kit";

let database: Database;
let editor: SessionUser;
let viewer: SessionUser;
let articleId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  editor = await createTestUser(database.db, "editor");
  viewer = await createTestUser(database.db, "viewer");
  await importTestArticles(database.db, [{ title: "审计测试文章", body: "正文。" }]);
  articleId = await articleIdByTitle(database.db, "审计测试文章");
  const as = callerAs(database.db, editor).caller;
  const tag = await as.tags.create({ name: "审计" });
  await as.tagging.add({ articleIds: [articleId], tagIds: [tag.id] });
  await as.tags.rename({ id: tag.id, name: "Audit" });
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;
const today = () => new Date().toISOString().slice(0, 10);

describe("audit router", () => {
  it("list: newest first, with target labels (article titles, tag names), readable by viewers", async () => {
    const page = await as(viewer).audit.list({});
    expect(page.items.map((event) => [event.action, event.targetLabel])).toEqual([
      ["tag.rename", "Audit"],
      ["article.tag", "审计测试文章"],
      ["tag.create", "Audit"],
    ]);
    expect(page.items[1]).toMatchObject({ actorId: editor.id, actorLabel: editor.email, targetType: "article", targetId: articleId });
    expect(page.nextCursor).toBeNull();
  });

  it("list: filters by action, actor, target and day; pages with a cursor", async () => {
    expect((await as(viewer).audit.list({ action: "article.tag" })).items).toHaveLength(1);
    expect((await as(viewer).audit.list({ actorId: viewer.id })).items).toEqual([]);
    expect((await as(viewer).audit.list({ targetType: "article", targetId: articleId })).items.map((event) => event.action)).toEqual(["article.tag"]);
    expect((await as(viewer).audit.list({ from: today(), to: today() })).items).toHaveLength(3);
    expect((await as(viewer).audit.list({ to: "2001-01-01" })).items).toEqual([]);
    const first = await as(viewer).audit.list({ limit: 2 });
    const second = await as(viewer).audit.list({ limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((event) => event.action)).toEqual(["tag.rename", "article.tag", "tag.create"]);
  });

  it("list: validates input and cursors", async () => {
    await expect(as(viewer).audit.list({ from: "yesterday" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(viewer).audit.list({ limit: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(viewer).audit.list({ cursor: "bad" })).rejects.toMatchObject({ appCode: "INVALID_CURSOR" });
    const forged = Buffer.from(JSON.stringify({ at: "not a date", id: "x" })).toString("base64url");
    await expect(as(viewer).audit.list({ cursor: forged })).rejects.toMatchObject({ appCode: "INVALID_CURSOR" });
  });

  it("facets and perDay: actions, actors, and today's count", async () => {
    const facets = await as(viewer).audit.facets();
    expect(facets.actions).toEqual(["article.tag", "tag.create", "tag.rename"]);
    expect(facets.actors).toEqual([{ id: editor.id, label: editor.email }]);
    const days = await as(viewer).audit.perDay({});
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ day: today(), count: 3 });
    expect(await as(viewer).audit.perDay({ action: "article.tag", from: today(), to: today() })).toEqual([{ day: today(), count: 1 }]);
  });

  it("refuses strangers", async () => {
    await expect(as(null).audit.list({})).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    await expect(as(null).audit.facets()).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    await expect(as(null).audit.perDay({})).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });
});
