import type { Database } from "@newsdesk/db";
import { listAuditEvents } from "@newsdesk/db/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../auth/session-user";
import { callerAs, createTestUser, importTestArticles, openTestDatabase } from "../../testing/router-test-kit";

let database: Database;
let editor: SessionUser;
let viewer: SessionUser;
let articleIds: string[];

beforeAll(async () => {
  database = await openTestDatabase();
  editor = await createTestUser(database.db, "editor");
  viewer = await createTestUser(database.db, "viewer");
  await importTestArticles(database.db, [
    { title: "北约外长会议", body: "北约外长在布鲁塞尔开会。" },
    { title: "乌克兰援助", body: "美国宣布新的援助。" },
  ]);
  articleIds = (await database.db.article.findMany({ select: { id: true }, orderBy: { title: "asc" } })).map((row) => row.id);
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;

describe("tags router", () => {
  it("create: names are unique regardless of case; a colour is assigned when none is given", async () => {
    const nato = await as(editor).tags.create({ name: "  NATO " });
    expect(nato).toEqual({ id: expect.any(String), name: "NATO", color: "#4f46e5" });
    const red = await as(editor).tags.create({ name: "Red", color: "#DC2626" });
    expect(red.color).toBe("#dc2626");
    await expect(as(editor).tags.create({ name: "nato" })).rejects.toMatchObject({ appCode: "TAG_NAME_TAKEN", code: "CONFLICT" });
    const audit = await listAuditEvents(database.db, { limit: 5, action: "tag.create" });
    expect(audit.items.map((event) => (event.after as { name: string }).name)).toEqual(["Red", "NATO"]);
  });

  it("create: validates name and colour", async () => {
    await expect(as(editor).tags.create({ name: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(editor).tags.create({ name: "x".repeat(61) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(editor).tags.create({ name: "bad\u0007name" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(editor).tags.create({ name: "ok", color: "red" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("list: every signed-in role sees the tags with article counts", async () => {
    const tags = await as(viewer).tags.list();
    expect(tags.map((tag) => [tag.name, tag.articleCount])).toEqual([
      ["NATO", 0],
      ["Red", 0],
    ]);
    await expect(as(null).tags.list()).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });

  it("rename and recolor: audited with before and after", async () => {
    const [nato] = await as(viewer).tags.list();
    const renamed = await as(editor).tags.rename({ id: nato!.id, name: "北约" });
    expect(renamed.name).toBe("北约");
    await expect(as(editor).tags.rename({ id: nato!.id, name: "RED" })).rejects.toMatchObject({ appCode: "TAG_NAME_TAKEN" });
    await expect(as(editor).tags.rename({ id: "missing", name: "x" })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    await as(editor).tags.recolor({ id: nato!.id, color: "#16a34a" });
    const audit = await listAuditEvents(database.db, { limit: 2, targetId: nato!.id });
    expect(audit.items.map((event) => [event.action, event.before, event.after])).toEqual([
      ["tag.recolor", { color: "#4f46e5" }, { color: "#16a34a" }],
      ["tag.rename", { name: "NATO" }, { name: "北约" }],
    ]);
  });

  it("merge: articles move to the target, the source disappears; merging into itself is refused", async () => {
    const tags = await as(viewer).tags.list();
    const [beiyue, red] = [tags.find((tag) => tag.name === "北约")!, tags.find((tag) => tag.name === "Red")!];
    await as(editor).tagging.add({ articleIds, tagIds: [red.id] });
    await as(editor).tagging.add({ articleIds: [articleIds[0]!], tagIds: [beiyue.id] });
    const merged = await as(editor).tags.merge({ sourceId: red.id, targetId: beiyue.id });
    expect(merged).toMatchObject({ target: { id: beiyue.id }, articleCount: 2, addedCount: 1 });
    expect((await as(viewer).tags.list()).map((tag) => [tag.name, tag.articleCount])).toEqual([["北约", 2]]);
    await expect(as(editor).tags.merge({ sourceId: beiyue.id, targetId: beiyue.id })).rejects.toMatchObject({ appCode: "MERGE_INTO_SELF" });
    await expect(as(editor).tags.merge({ sourceId: "missing", targetId: beiyue.id })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
  });

  it("delete: removes the tag from every article, audited with the count", async () => {
    const [beiyue] = await as(viewer).tags.list();
    expect(await as(editor).tags.delete({ id: beiyue!.id })).toEqual({ articleCount: 2 });
    expect(await as(viewer).tags.list()).toEqual([]);
    const audit = await listAuditEvents(database.db, { limit: 1, action: "tag.delete" });
    expect(audit.items[0]?.before).toMatchObject({ name: "北约", articleCount: 2 });
  });

  it("refuses viewers every change", async () => {
    const tag = await as(editor).tags.create({ name: "keep" });
    await expect(as(viewer).tags.create({ name: "nope" })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    await expect(as(viewer).tags.rename({ id: tag.id, name: "nope" })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    await expect(as(viewer).tags.recolor({ id: tag.id, color: "#000000" })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    await expect(as(viewer).tags.merge({ sourceId: tag.id, targetId: tag.id })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    await expect(as(viewer).tags.delete({ id: tag.id })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
  });
});
