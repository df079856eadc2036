import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aidTestRecord, importAidRecords } from "../aid/aid-test-records.js";
import type { Database } from "../client/create-database.js";
import { seedArticles } from "../seed/factories/articles.js";
import { seedArticleTag, seedTag } from "../seed/factories/tags.js";
import { createTestDatabase, testDatabaseKinds } from "../testing/index.js";
import { InvalidCursorError } from "./article-cursor.js";
import { countArticles } from "./articles.js";
import { listTopicArticles } from "./topic-timeline-articles.js";
import { tagTopicFilters, topicAidFigures, topicArticleCounts, topicArticleSummary, topicTopEntities } from "./topic-timelines.js";

const carter = { zh: "艾米莉·卡特", en: "Emily Carter" };
const nato = { zh: "北约", en: "NATO" };
const s1 = "美国宣布向乌克兰提供10亿美元的军事援助。";
const s2 = "自战争开始以来美国已向乌克兰提供了约770亿美元。";
const s3 = "美国宣布再向乌克兰提供20亿美元。";
const s4 = "美国宣布向乌克兰提供50亿美元。";

/**
 * A tag on six articles: two in the week of 2023-11-27, one dated only by its archive time (2023-12-05), one in
 * December with an aid tranche, one from another source in January 2024, one with no time at all. Untagged
 * articles (an aid figure, an entity) must not leak into the topic.
 */
async function seed(db: Database["db"]) {
  await importAidRecords(db, [
    aidTestRecord({ slug: "t-nov", publishedAt: "2023-11-29T10:00:00.000Z", paragraphs: [s1, s2], mentions: [{ sentence: s1, surface: "10亿美元", amount: 1e9 }, { sentence: s2, surface: "约770亿美元", amount: 77e9, cumulative: true, status: "delivered" }] }),
    aidTestRecord({ slug: "t-dec", publishedAt: "2023-12-20T10:00:00.000Z", paragraphs: [s3], mentions: [{ sentence: s3, surface: "20亿美元", amount: 2e9 }] }),
    aidTestRecord({ slug: "other", publishedAt: "2023-11-29T11:00:00.000Z", paragraphs: [s4], mentions: [{ sentence: s4, surface: "50亿美元", amount: 5e9 }] }),
  ]);
  const voa = (slug: string) => `https://www.voachinese.com/a/topic-${slug}.html`;
  const plain = await seedArticles(db, [
    { url: voa("monday"), title: "乌克兰 周一", publishedAt: "2023-11-27T08:00:00.000Z", entities: [carter] },
    { url: voa("archived"), title: "乌克兰 存档", publishedAt: null, archivedAt: "2023-12-05T09:00:00.000Z", entities: [nato] },
    { url: "https://www.rfa.org/mandarin/topic-january.html", title: "乌克兰 一月", publishedAt: "2024-01-02T08:00:00.000Z", entities: [carter] },
    { url: voa("undated"), title: "乌克兰 无日期", publishedAt: null, archivedAt: null },
    { url: voa("untagged"), title: "香港 未标记", publishedAt: "2023-11-28T08:00:00.000Z", entities: [nato] },
  ]);
  const aidIds = await db.article.findMany({ where: { url: { contains: "aid-test-t-" } }, select: { id: true, url: true } });
  const tag = await seedTag(db, { name: "乌克兰时间线" });
  const byTitle = Object.fromEntries(plain.map((article) => [article.title, article.id]));
  const tagged = [...aidIds.map((row) => row.id), byTitle["乌克兰 周一"]!, byTitle["乌克兰 存档"]!, byTitle["乌克兰 一月"]!, byTitle["乌克兰 无日期"]!];
  for (const articleId of tagged) await seedArticleTag(db, { articleId, tagId: tag.id });
  const id = (url: string) => aidIds.find((row) => row.url.includes(url))!.id;
  return {
    tagId: tag.id,
    // Oldest first; the undated one last.
    order: [byTitle["乌克兰 周一"]!, id("t-nov"), byTitle["乌克兰 存档"]!, id("t-dec"), byTitle["乌克兰 一月"]!, byTitle["乌克兰 无日期"]!],
  };
}

describe.each(testDatabaseKinds())("%s: topic timelines", (kind) => {
  let database: Database;
  let tagId: string;
  let order: string[];
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ({ tagId, order } = await seed(database.db));
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("counts a tag topic's articles per month, by publication time else archive time, undated apart", async () => {
    const counts = await topicArticleCounts(database.db, { filters: tagTopicFilters(tagId), granularity: "month" });
    expect(counts).toMatchObject({ total: 6, undated: 1, periods: ["2023-11", "2023-12", "2024-01"], sources: [], points: [] });
    expect(counts.counts).toEqual([{ period: "2023-11", count: 2 }, { period: "2023-12", count: 2 }, { period: "2024-01", count: 1 }]);
    expect(counts.latestAt?.toISOString()).toBe("2024-01-02T08:00:00.000Z");
  });

  it("counts per ISO week with empty weeks kept, and per source on request", async () => {
    const counts = await topicArticleCounts(database.db, { filters: tagTopicFilters(tagId), granularity: "week", bySource: true });
    expect(counts.counts.map((entry) => [entry.period, entry.count])).toEqual([
      ["2023-W48", 2], ["2023-W49", 1], ["2023-W50", 0], ["2023-W51", 1], ["2023-W52", 0], ["2024-W01", 1],
    ]);
    const sources = await database.db.source.findMany({ where: { domain: { in: ["www.voachinese.com", "www.rfa.org"] } }, select: { id: true, domain: true } });
    const idOf = (domain: string) => sources.find((source) => source.domain === domain)!.id;
    expect(counts.sources.map((source) => [source.id, source.total, source.undated])).toEqual([[idOf("www.voachinese.com"), 5, 1], [idOf("www.rfa.org"), 1, 0]]);
    expect(counts.points.reduce((sum, point) => sum + point.count, 0)).toBe(5);
  });

  it("lists the articles in date order both ways, keyset-paged, the undated one last", async () => {
    const page = async (direction: "asc" | "desc") => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const result = await listTopicArticles(database.db, { filters: tagTopicFilters(tagId), direction, cursor, limit: 2 });
        ids.push(...result.items.map((item) => item.id));
        cursor = result.nextCursor;
      } while (cursor);
      return ids;
    };
    expect(await page("asc")).toEqual(order);
    expect(await page("desc")).toEqual([...order.slice(0, 5).reverse(), order[5]]);
    const first = await listTopicArticles(database.db, { filters: tagTopicFilters(tagId), limit: 3 });
    expect(first.items.map((item) => item.dateBasis)).toEqual(["published", "published", "archived"]);
    expect(first.items[2]!.date?.toISOString()).toBe("2023-12-05T09:00:00.000Z");
    expect(first.items[0]!.tags.map((tag) => tag.name)).toEqual(["乌克兰时间线"]);
    expect(first.items[0]!.source.domain).toBe("www.voachinese.com");
  });

  it("refuses a cursor that is not one, or belongs to the other direction", async () => {
    const first = await listTopicArticles(database.db, { filters: tagTopicFilters(tagId), limit: 2 });
    await expect(listTopicArticles(database.db, { filters: tagTopicFilters(tagId), direction: "desc", cursor: first.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listTopicArticles(database.db, { filters: tagTopicFilters(tagId), cursor: "not-a-cursor" })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it("sums the topic's aid tranches per period with the aid charts' rules (running totals apart)", async () => {
    const aid = await topicAidFigures(database.db, { filters: tagTopicFilters(tagId), granularity: "month" });
    expect(aid).toMatchObject({ currency: "USD", periods: ["2023-11", "2023-12"], tranches: { count: 2, value: 3e9 }, cumulative: 1, leftOut: 0 });
    expect(aid.sums).toEqual([{ period: "2023-11", value: 1e9, count: 1 }, { period: "2023-12", value: 2e9, count: 1 }]);
    const weekly = await topicAidFigures(database.db, { filters: tagTopicFilters(tagId), granularity: "week" });
    expect(weekly.periods[0]).toBe("2023-W48");
    expect(weekly.sums.filter((sum) => sum.count > 0).map((sum) => sum.period)).toEqual(["2023-W48", "2023-W51"]);
  });

  it("names the entities the topic's articles name most", async () => {
    const entities = await topicTopEntities(database.db, { filters: tagTopicFilters(tagId) });
    expect(entities.map((entity) => [entity.en, entity.articles])).toEqual([["Emily Carter", 2], ["NATO", 1]]);
    expect(await topicTopEntities(database.db, { filters: tagTopicFilters(tagId), limit: 1 })).toHaveLength(1);
  });

  it("gives a search topic the article list's own filters: the same count as the search", async () => {
    for (const filters of [{ q: "乌克兰" }, { q: "乌克兰", hasAidFigures: true }, { sourceIds: ["nope"] }, { q: "香港" }]) {
      const summary = await topicArticleSummary(database.db, { filters });
      expect(summary.count).toBe(await countArticles(database.db, filters));
      expect((await topicArticleCounts(database.db, { filters, granularity: "month" })).total).toBe(summary.count);
    }
    expect(await topicArticleSummary(database.db, { filters: { sourceIds: ["nope"] } })).toEqual({ count: 0, latestAt: null });
    const empty = await topicArticleCounts(database.db, { filters: { sourceIds: ["nope"] }, granularity: "week" });
    expect(empty).toMatchObject({ total: 0, undated: 0, periods: [], counts: [], latestAt: null });
  });
});
