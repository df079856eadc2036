import type { Database } from "@newsdesk/db";
import { listAuditEvents } from "@newsdesk/db/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../auth/session-user";
import { articleIdByTitle, callerAs, createTestUser, importTestArticles, openTestDatabase } from "../../testing/router-test-kit";

let database: Database;
let viewer: SessionUser;
let otherViewer: SessionUser;
let editor: SessionUser;
let admin: SessionUser;
let tag: { id: string; name: string };
/** The tagged articles, oldest first. */
let tagged: string[];

const aidTitle = "美国宣布对乌克兰新援助";

beforeAll(async () => {
  database = await openTestDatabase();
  viewer = await createTestUser(database.db, "viewer");
  otherViewer = await createTestUser(database.db, "viewer");
  editor = await createTestUser(database.db, "editor");
  admin = await createTestUser(database.db, "admin");
  await importTestArticles(database.db, [
    { title: "乌克兰时间线 十一月", body: "美国国务卿安东尼·布林肯（Antony Blinken）谈乌克兰。", published: "Mon, 27 Nov 2023 08:00:00 GMT" },
    { title: aidTitle, body: "美国国防部周三宣布向乌克兰提供价值4亿美元的新一轮军事援助。", published: "Wed, 29 Nov 2023 10:00:00 GMT" },
    { title: "乌克兰时间线 十二月", body: "安东尼·布林肯（Antony Blinken）再谈乌克兰。", published: "Fri, 15 Dec 2023 08:00:00 GMT" },
    { title: "乌克兰时间线 一月", body: "乌克兰的冬天。", published: "Mon, 15 Jan 2024 08:00:00 GMT" },
    { title: "香港新闻", body: "香港的消息。", published: "Tue, 28 Nov 2023 08:00:00 GMT" },
  ]);
  tagged = [];
  for (const title of ["乌克兰时间线 十一月", aidTitle, "乌克兰时间线 十二月", "乌克兰时间线 一月"]) tagged.push(await articleIdByTitle(database.db, title));
  tag = await callerAs(database.db, editor).caller.tags.create({ name: "乌克兰" });
  await callerAs(database.db, editor).caller.tagging.add({ articleIds: tagged, tagIds: [tag.id] });
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;
const lastAudit = async (action: string) => (await listAuditEvents(database.db, { limit: 1, action })).items[0];

describe("topics router", () => {
  let topicId: string;
  let searchId: string;

  it("followTag: editors and admins follow a tag once; viewers may not; audited", async () => {
    await expect(as(viewer).topics.followTag({ tagId: tag.id })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    const followed = await as(editor).topics.followTag({ tagId: tag.id });
    expect(followed).toMatchObject({ created: true, topic: { kind: "tag", name: "乌克兰", tag: { id: tag.id }, mine: true, query: { tags: [tag.id] } } });
    topicId = followed.topic.id;
    expect(await lastAudit("topic.follow")).toMatchObject({ actorId: editor.id, targetType: "topic", targetId: topicId });
    expect(await as(admin).topics.followTag({ tagId: tag.id })).toMatchObject({ created: false, topic: { id: topicId, mine: false } });
    expect((await listAuditEvents(database.db, { limit: 10, action: "topic.follow" })).items).toHaveLength(1);
    await expect(as(editor).topics.followTag({ tagId: "no-such-tag" })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    await expect(as(editor).topics.followTag({ tagId: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("list: every tag topic and only one's own saved searches, with article counts equal to the search's", async () => {
    searchId = (await as(viewer).savedSearches.create({ name: "乌克兰搜索", query: { q: "乌克兰" } })).id;
    const mine = await as(viewer).topics.list();
    expect(mine.map((topic) => [topic.kind, topic.name, topic.articleCount])).toEqual([["tag", "乌克兰", 4], ["search", "乌克兰搜索", 4]]);
    expect(mine[0]!.latestAt?.toISOString()).toBe("2024-01-15T08:00:00.000Z");
    const listed = await as(viewer).articles.list({ q: "乌克兰", limit: 200 });
    expect(mine[1]!.articleCount).toBe(listed.items.length);
    expect((await as(otherViewer).topics.list()).map((topic) => topic.name)).toEqual(["乌克兰"]);
    await expect(as(null).topics.list()).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });

  it("byId: a tag topic shows its tag's current name; another user's saved search is NOT_FOUND", async () => {
    await as(editor).tags.rename({ id: tag.id, name: "乌克兰战争" });
    expect(await as(viewer).topics.byId({ id: topicId })).toMatchObject({ name: "乌克兰战争", kind: "tag" });
    expect(await as(viewer).topics.byId({ id: searchId })).toMatchObject({ kind: "search", mine: true, query: { q: "乌克兰" } });
    await expect(as(otherViewer).topics.byId({ id: searchId })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    await expect(as(otherViewer).topics.counts({ id: searchId })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
  });

  it("counts: articles per month and per week, per source on request", async () => {
    const monthly = await as(viewer).topics.counts({ id: topicId, granularity: "month" });
    expect(monthly).toMatchObject({ total: 4, undated: 0, periods: ["2023-11", "2023-12", "2024-01"], sources: [] });
    expect(monthly.counts.map((entry) => entry.count)).toEqual([2, 1, 1]);
    const weekly = await as(viewer).topics.counts({ id: topicId, granularity: "week", bySource: true });
    expect(weekly.counts[0]).toEqual({ period: "2023-W48", count: 2 });
    expect(weekly.periods.at(-1)).toBe("2024-W03");
    expect(weekly.sources.reduce((sum, source) => sum + source.total, 0)).toBe(4);
    await expect(as(viewer).topics.counts({ id: topicId, granularity: "day" as "week" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("articles: date order both ways, keyset pages; a bad cursor is INVALID_CURSOR", async () => {
    const oldest = await as(viewer).topics.articles({ id: topicId });
    expect(oldest.items.map((item) => item.id)).toEqual(tagged);
    expect(oldest.items[0]).toMatchObject({ dateBasis: "published", tags: [{ id: tag.id, name: "乌克兰战争" }] });
    const first = await as(viewer).topics.articles({ id: topicId, order: "desc", limit: 3 });
    const rest = await as(viewer).topics.articles({ id: topicId, order: "desc", limit: 3, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((item) => item.id)).toEqual([...tagged].reverse());
    expect(rest.nextCursor).toBeNull();
    await expect(as(viewer).topics.articles({ id: topicId, cursor: "garbage" })).rejects.toMatchObject({ appCode: "INVALID_CURSOR" });
    await expect(as(viewer).topics.articles({ id: topicId, limit: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("aid and entities: the tranche in the topic's articles, and the people they name", async () => {
    const aid = await as(viewer).topics.aid({ id: topicId, granularity: "month" });
    expect(aid).toMatchObject({ currency: "USD", periods: ["2023-11"], tranches: { count: 1, value: 4e8 } });
    expect(aid.sums).toEqual([{ period: "2023-11", value: 4e8, count: 1 }]);
    const entities = await as(viewer).topics.entities({ id: topicId });
    expect(entities[0]).toMatchObject({ en: "Antony Blinken", articles: 2 });
    await expect(as(viewer).topics.entities({ id: topicId, limit: 500 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("delete: viewers cannot unfollow a tag; saved searches only by their owner; both audited", async () => {
    await expect(as(viewer).topics.delete({ id: topicId })).rejects.toMatchObject({ appCode: "FORBIDDEN_ROLE" });
    await expect(as(otherViewer).topics.delete({ id: searchId })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    expect(await as(viewer).topics.delete({ id: searchId })).toEqual({ id: searchId });
    expect(await lastAudit("search.delete")).toMatchObject({ actorId: viewer.id, targetId: searchId });
    expect(await as(editor).topics.delete({ id: topicId })).toEqual({ id: topicId });
    expect(await lastAudit("topic.unfollow")).toMatchObject({ actorId: editor.id, targetId: topicId, before: { name: "乌克兰战争" } });
    await expect(as(viewer).topics.articles({ id: topicId })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    expect(await as(viewer).topics.list()).toEqual([]);
    await expect(as(null).topics.delete({ id: topicId })).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });
});
