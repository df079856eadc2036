import type { MoneyMention } from "@newsdesk/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { seedArticles } from "../seed/factories/articles.js";
import { seedArticleTag, seedTag } from "../seed/factories/tags.js";
import { createTestDatabase, testDatabaseKinds } from "../testing/index.js";
import { InvalidCursorError } from "./article-cursor.js";
import { getArticle } from "./article-detail.js";
import { articleFacets } from "./article-facets.js";
import { countArticles, listArticles } from "./articles.js";
import { searchTermStatistics } from "./search-term-statistics.js";
import type { ListArticlesParams } from "./articles.js";

const aid: MoneyMention = {
  field: "text", surface: "4亿美元", sentence: "美国宣布4亿美元援助。", start: 4, end: 9, amount: 4e8, amountHigh: null,
  currency: "USD", currencyInferred: false, qualifier: "exact", vague: false, isAid: true, aidType: "military",
  donor: "United States", recipient: "Ukraine", status: "committed", cumulative: false, equivalentOf: null,
  evidence: ["援助"], review: { needed: false, reasons: [] },
};

/** 30 articles over 2019–2025 on three sources, some undated, two languages, aid figures on every fifth. */
function fixtures() {
  const hosts = ["www.voachinese.com", "www.rfa.org", "www.cna.com.tw"];
  return Array.from({ length: 30 }, (_, i) => {
    const dated = i % 7 !== 3;
    const year = 2019 + (i % 7);
    return {
      url: `https://${hosts[i % 3]}/a/list-${i}.html`,
      title: i % 3 === 2 ? `烏克蘭新聞 ${i}` : i % 4 === 0 ? `Ukraine aid ${i}` : `乌克兰新闻 ${i}`,
      paragraphs: [i % 3 === 2 ? `臺灣報導第${i}篇：烏克蘭援助。` : `第${i}篇报道：乌克兰援助与香港。`],
      language: i % 4 === 0 ? "en" : "zh",
      script: i % 3 === 2 ? ("Hant" as const) : ("Hans" as const),
      publishedAt: dated ? new Date(Date.UTC(year, i % 12, 1 + (i % 27), 8)).toISOString() : null,
      archivedAt: new Date(Date.UTC(year, i % 12, 2 + (i % 27))).toISOString(),
      moneyMentions: i % 5 === 0 ? [aid] : [],
      entities: i === 1 ? [{ zh: "艾米莉·卡特", en: "Emily Carter" }] : [],
    };
  });
}

async function pageThrough(database: Database, params: ListArticlesParams) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await listArticles(database.db, { ...params, cursor, limit: 4 });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe.each(testDatabaseKinds())("%s: article list and detail", (kind) => {
  let database: Database;
  let all: Array<{ id: string; publishedAt: string | null; archivedAt: string | null }>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const inputs = fixtures();
    const stored = await seedArticles(database.db, inputs);
    all = stored.map((article, i) => ({ id: article.id, publishedAt: inputs[i]!.publishedAt, archivedAt: inputs[i]!.archivedAt }));
  });
  afterAll(async () => {
    await database?.close();
  });

  it("pages through every article newest first, undated last, each once", async () => {
    const expected = [...all]
      .sort((a, b) => {
        if (a.publishedAt === null || b.publishedAt === null) {
          if (a.publishedAt !== b.publishedAt) return a.publishedAt === null ? 1 : -1;
          return b.id.localeCompare(a.id);
        }
        return b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id);
      })
      .map((article) => article.id);
    expect(await pageThrough(database, {})).toEqual(expected);
    // A search whose term needs the substring confirmation (more than two characters) pages in the same order.
    expect(await pageThrough(database, { q: "烏克蘭援助" })).toEqual(expected);
    expect(await pageThrough(database, { q: "乌克兰援助", direction: "asc" })).toEqual(await pageThrough(database, { direction: "asc" }));
    expect(await pageThrough(database, { q: "乌克兰援助与香港" })).toEqual(expected.filter((id) => all.findIndex((a) => a.id === id) % 3 !== 2));
  });

  it("pages oldest first and by archive date as well", async () => {
    const ascending = await pageThrough(database, { direction: "asc" });
    expect(new Set(ascending).size).toBe(30);
    const datedAsc = all.filter((a) => a.publishedAt).sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!) || a.id.localeCompare(b.id));
    expect(ascending.slice(0, datedAsc.length)).toEqual(datedAsc.map((a) => a.id));
    const archived = await pageThrough(database, { sort: "archivedAt" });
    expect(archived).toEqual([...all].sort((a, b) => b.archivedAt!.localeCompare(a.archivedAt!) || b.id.localeCompare(a.id)).map((a) => a.id));
  });

  it("filters by source, dates, language, aid figures and tags, and counts the same", async () => {
    const { db } = database;
    const voa = await db.source.findUniqueOrThrow({ where: { domain: "www.voachinese.com" } });
    const bySource = await listArticles(db, { sourceIds: [voa.id], limit: 200 });
    expect(bySource.items).toHaveLength(10);
    expect(bySource.items.every((item) => item.source.id === voa.id)).toBe(true);

    const range = { from: new Date("2021-01-01T00:00:00Z"), to: new Date("2023-01-01T00:00:00Z") };
    const inRange = await listArticles(db, { ...range, limit: 200 });
    const expected = all.filter((a) => a.publishedAt && a.publishedAt >= "2021-01-01" && a.publishedAt < "2023-01-01");
    expect(inRange.items.map((i) => i.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(await countArticles(db, range)).toBe(expected.length);

    const english = await listArticles(db, { language: "en", limit: 200 });
    expect(english.items.every((item) => item.language === "en")).toBe(true);
    const withAid = await listArticles(db, { hasAidFigures: true, limit: 200 });
    expect(withAid.items).toHaveLength(6);
    expect(withAid.items.every((item) => item.aidFigureCount === 1)).toBe(true);
    expect(await countArticles(db, { hasAidFigures: false })).toBe(24);

    const tag = await seedTag(db, { name: "列表测试" });
    for (const article of all.slice(0, 5)) await seedArticleTag(db, { articleId: article.id, tagId: tag.id });
    const tagged = await listArticles(db, { tagIds: [tag.id], limit: 200 });
    expect(tagged.items.map((i) => i.id).sort()).toEqual(all.slice(0, 5).map((a) => a.id).sort());
    expect(tagged.items[0]!.tags).toEqual([{ id: tag.id, name: "列表测试", color: expect.any(String) }]);
  });

  it("searches Traditional and Simplified alike, with relevance and facets", async () => {
    const { db } = database;
    const inputs = fixtures();
    const simplified = await countArticles(db, { q: "乌克兰" });
    expect(simplified).toBe(30);
    expect(await countArticles(db, { q: "烏克蘭" })).toBe(simplified);
    expect(await countArticles(db, { q: "台湾 援助" })).toBe(inputs.filter((input) => input.paragraphs[0]!.includes("臺灣")).length);
    expect(await countArticles(db, { q: "香港" })).toBe(20);
    expect(await countArticles(db, { q: "ukraine" })).toBe(inputs.filter((input) => input.title.startsWith("Ukraine")).length);
    expect(await countArticles(db, { q: "ukr" })).toBe(inputs.filter((input) => input.title.startsWith("Ukraine")).length);
    expect(await countArticles(db, { q: "乌克兰 不存在的词" })).toBe(0);
    // Relevance: articles with the term in the title first.
    const relevance = await pageThrough(database, { q: "乌克兰", sort: "relevance" });
    expect(new Set(relevance).size).toBe(simplified);
    const inTitle = new Set(all.filter((_, i) => /乌克兰|烏克蘭/.test(inputs[i]!.title)).map((a) => a.id));
    expect(relevance.slice(0, inTitle.size).every((id) => inTitle.has(id))).toBe(true);
    const facets = await articleFacets(db, { q: "烏克蘭" });
    expect(facets.total).toBe(simplified);
    expect(facets.sources.reduce((sum, source) => sum + source.count, 0)).toBe(simplified);
  });

  it("narrows searches with the column's statistics and still finds exactly the matching articles", async () => {
    const queries = ["乌克兰援助与香港", "烏克蘭援助", "香港", "第7"];
    const before = new Map<string, string[]>();
    for (const q of queries) {
      before.set(q, await pageThrough(database, { q }));
      before.set(`${q} asc`, await pageThrough(database, { q, direction: "asc" }));
    }
    await database.db.$executeRawUnsafe(`ANALYZE "Article"`);
    // A transaction client is a fresh cache key, so the statistics are read now.
    await database.db.$transaction(
      async (tx) => {
        const statistics = await searchTermStatistics(tx);
        expect(statistics?.share("香港")).toBeCloseTo(20 / 30, 1);
        expect(statistics?.share("不存")).toBeUndefined();
        const pages = async (params: ListArticlesParams) => {
          const ids: string[] = [];
          let cursor: string | null = null;
          do {
            const page = await listArticles(tx, { ...params, cursor, limit: 4 });
            ids.push(...page.items.map((item) => item.id));
            cursor = page.nextCursor;
          } while (cursor);
          return ids;
        };
        for (const q of queries) {
          // Planner's choice, then every search collected from the search index and sorted (collectBelowShare 2).
          for (const collectBelowShare of [undefined, 2]) {
            expect(await pages({ q, collectBelowShare })).toEqual(before.get(q));
            expect(await pages({ q, direction: "asc", collectBelowShare })).toEqual(before.get(`${q} asc`));
          }
        }
      },
      { timeout: 60_000 },
    );
    expect(before.get("乌克兰援助与香港")).toHaveLength(20);
    expect(before.get("第7")).toHaveLength(1);
  });

  it("refuses a tampered cursor or one from another sort order", async () => {
    const page = await listArticles(database.db, { limit: 2 });
    await expect(listArticles(database.db, { cursor: "not-a-cursor" })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listArticles(database.db, { cursor: page.nextCursor, sort: "archivedAt" })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it("gives each item its excerpt, aid-figure count and near-duplicate count", async () => {
    const { db } = database;
    const [original, copyA, copyB] = [all[5]!, all[6]!, all[8]!];
    await db.article.updateMany({ where: { id: { in: [copyA.id, copyB.id] } }, data: { duplicateOfId: original.id } });
    try {
      const items = new Map((await listArticles(db, { limit: 200 })).items.map((item) => [item.id, item]));
      expect(items.size).toBe(30);
      expect(items.get(original.id)).toMatchObject({ duplicateCount: 2, aidFigureCount: 1 });
      expect(items.get(copyA.id)).toMatchObject({ duplicateCount: 0, aidFigureCount: 0, duplicateOfId: original.id });
      expect([...items.values()].filter((item) => item.aidFigureCount === 1)).toHaveLength(6);
      expect(items.get(all[7]!.id)?.excerpt).toMatch(/^第7篇报道：乌克兰援助与香港。/);
    } finally {
      await db.article.updateMany({ where: { id: { in: [copyA.id, copyB.id] } }, data: { duplicateOfId: null } });
    }
  });

  it("returns an article with its source, entities and aid figures", async () => {
    const detail = await getArticle(database.db, all[1]!.id);
    expect(detail?.source.domain).toBe("www.rfa.org");
    expect(detail?.entities).toEqual([{ count: 1, entity: { id: expect.any(String), zh: "艾米莉·卡特", en: "Emily Carter" } }]);
    expect((await getArticle(database.db, all[0]!.id))?.moneyMentions.map((m) => m.surface)).toEqual(["4亿美元"]);
    expect(await getArticle(database.db, "missing")).toBeNull();
  });
});
