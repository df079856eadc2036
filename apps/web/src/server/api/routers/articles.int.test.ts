import type { Database } from "@newsdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../auth/session-user";
import { articleIdByTitle, callerAs, createTestUser, importTestArticles, openTestDatabase } from "../../testing/router-test-kit";

let database: Database;
let viewer: SessionUser;
let seedId: string;
let xssId: string;

const seedTitle = "布林肯：北约支持乌克兰“没有疲劳感”";
const xssTitle = "XSS 测试：恶意脚本";

beforeAll(async () => {
  database = await openTestDatabase();
  viewer = await createTestUser(database.db, "viewer");
  await importTestArticles(database.db, [
    { title: seedTitle, body: "美国国务卿安东尼·布林肯（Antony Blinken）周三表示，美国对乌克兰有“强劲的两党支持”。", published: "Wed, 29 Nov 2023 22:43:38 GMT" },
    ...Array.from({ length: 7 }, (_, i) => ({ title: `北约新闻 ${i + 1}`, body: `北约第${i + 1}次会议。`, published: `Mon, ${10 + i} Jul 2023 08:00:00 GMT` })),
    {
      title: xssTitle,
      body: `正文<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">链接</a><iframe src="https://evil.example/"></iframe>`,
      published: "Fri, 01 Dec 2023 00:00:00 GMT",
    },
  ]);
  seedId = await articleIdByTitle(database.db, seedTitle);
  xssId = await articleIdByTitle(database.db, xssTitle);
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;

describe("articles router", () => {
  it("list: newest first with source, tags and excerpt", async () => {
    const page = await as(viewer).articles.list({});
    expect(page.items.map((item) => item.title).slice(0, 2)).toEqual([xssTitle, seedTitle]);
    expect(page.items[1]).toMatchObject({ id: seedId, language: "zh", source: { domain: "www.voachinese.com" }, tags: [], duplicateOfId: null });
    expect(page.items[1]!.excerpt).toContain("布林肯");
    expect(page.nextCursor).toBeNull();
  });

  it("list: full-text search finds the seed article in Simplified and in Traditional Chinese", async () => {
    const simplified = await as(viewer).articles.list({ q: "乌克兰" });
    const traditional = await as(viewer).articles.list({ q: "烏克蘭" });
    expect(simplified.items.map((item) => item.id)).toEqual([seedId]);
    expect(traditional.items.map((item) => item.id)).toEqual([seedId]);
    expect((await as(viewer).articles.list({ q: "不存在的词" })).items).toEqual([]);
  });

  it("list: keyset pages cover every article once, in order", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await as(viewer).articles.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    const all = await as(viewer).articles.list({ limit: 50 });
    expect(seen).toEqual(all.items.map((item) => item.id));
  });

  it("list: filters by date range, source, language and sort", async () => {
    const july = await as(viewer).articles.list({ from: "2023-07-11", to: "2023-07-12" });
    expect(july.items.map((item) => item.title)).toEqual(["北约新闻 3", "北约新闻 2"]);
    const oldest = await as(viewer).articles.list({ sort: "published-asc", limit: 1 });
    expect(oldest.items[0]?.title).toBe("北约新闻 1");
    const [source] = await as(viewer).articles.sources();
    expect(source).toMatchObject({ domain: "www.voachinese.com", synthetic: false });
    expect((await as(viewer).articles.list({ sources: [source!.id] })).items).toHaveLength(9);
    expect((await as(viewer).articles.list({ sources: ["nope"] })).items).toEqual([]);
    expect((await as(viewer).articles.list({ language: "en" })).items).toEqual([]);
    expect(await as(viewer).articles.languages()).toEqual([{ language: "zh", count: 9 }]);
    expect((await as(viewer).articles.list({ duplicates: "only" })).items).toEqual([]);
    expect((await as(viewer).articles.list({ aid: "yes" })).items).toEqual([]);
  });

  it("list: rejects bad input and foreign cursors with clear errors", async () => {
    await expect(as(viewer).articles.list({ limit: 500 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(viewer).articles.list({ from: "29/11/2023" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(viewer).articles.list({ sort: "title" as "published-asc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(viewer).articles.list({ cursor: "garbage" })).rejects.toMatchObject({ appCode: "INVALID_CURSOR", code: "BAD_REQUEST" });
    const page = await as(viewer).articles.list({ limit: 2 });
    await expect(as(viewer).articles.list({ limit: 2, sort: "published-asc", cursor: page.nextCursor! })).rejects.toMatchObject({ appCode: "INVALID_CURSOR" });
  });

  it("byId: the parsed record with the photo credit, entities and a sanitised body", async () => {
    const article = await as(viewer).articles.byId({ id: seedId });
    expect(article).toMatchObject({ title: seedTitle, source: { name: "美国之音" }, image: { credit: "AP", creditText: "美联社" } });
    expect(article.image?.url).toMatch(/^https:\/\/gdb\.voanews\.com\//);
    expect(article.entities).toContainEqual({ zh: "安东尼·布林肯", en: "Antony Blinken", count: 1 });
    expect(article.bodyHtml).toContain("<p>美国国务卿安东尼·布林肯");
  });

  it("byId: no script, event handler, javascript: URL or iframe from the archive survives", async () => {
    const article = await as(viewer).articles.byId({ id: xssId, locale: "en" });
    expect(article.bodyHtml).toContain("正文");
    expect(article.bodyHtml).not.toMatch(/<script|\son\w+\s*=|javascript:|<iframe/i);
  });

  it("byId: NOT_FOUND for an unknown id; every procedure refuses strangers", async () => {
    await expect(as(viewer).articles.byId({ id: "nope" })).rejects.toMatchObject({ appCode: "NOT_FOUND", code: "NOT_FOUND" });
    await expect(as(null).articles.list({})).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    await expect(as(null).articles.byId({ id: seedId })).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    await expect(as(null).articles.sources()).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });
});
