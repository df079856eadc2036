import type { Database } from "@newsdesk/db";
import { listAuditEvents } from "@newsdesk/db/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyArticleQuery } from "../../../lib/article-query";
import type { SessionUser } from "../../auth/session-user";
import { callerAs, createTestUser, openTestDatabase } from "../../testing/router-test-kit";

let database: Database;
let viewer: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  database = await openTestDatabase();
  viewer = await createTestUser(database.db, "viewer");
  editor = await createTestUser(database.db, "editor");
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;

describe("savedSearches router", () => {
  it("create + list: any signed-in role keeps its own searches; the query round-trips with defaults filled", async () => {
    const saved = await as(viewer).savedSearches.create({ name: " Ukraine aid ", query: { q: "乌克兰 援助", aid: "yes" } });
    expect(saved).toMatchObject({ name: "Ukraine aid", query: { ...emptyArticleQuery, q: "乌克兰 援助", aid: "yes" } });
    expect((await as(viewer).savedSearches.list()).map((search) => search.name)).toEqual(["Ukraine aid"]);
    expect(await as(editor).savedSearches.list()).toEqual([]);
    const audit = await listAuditEvents(database.db, { limit: 1, action: "search.save" });
    expect(audit.items[0]).toMatchObject({ actorId: viewer.id, targetType: "topic", targetId: saved.id });
  });

  it("delete: only the owner's searches; others get NOT_FOUND", async () => {
    const [saved] = await as(viewer).savedSearches.list();
    await expect(as(editor).savedSearches.delete({ id: saved!.id })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    expect(await as(viewer).savedSearches.delete({ id: saved!.id })).toEqual({ id: saved!.id });
    expect(await as(viewer).savedSearches.list()).toEqual([]);
  });

  it("validates names and queries, and refuses strangers", async () => {
    await expect(as(viewer).savedSearches.create({ name: "", query: {} })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(viewer).savedSearches.create({ name: "x", query: { sort: "random" as "published-desc" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(viewer).savedSearches.create({ name: "x", query: { from: "yesterday" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(null).savedSearches.list()).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    await expect(as(null).savedSearches.create({ name: "x", query: {} })).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    await expect(as(null).savedSearches.delete({ id: "x" })).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });
});
