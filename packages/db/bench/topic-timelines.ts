/**
 * Latency and plans of the topic timeline queries on an existing database:
 *   node --import tsx bench/topic-timelines.ts [--data-dir DIR] [--runs 7] [--explain]
 * Uses DATABASE_URL when set (PostgreSQL), else the embedded database in --data-dir (or NEWSDESK_DATA_DIR).
 * Follows a bench tag put on the articles a search for 乌克兰 finds (created once, kept), and times each query of a
 * timeline for that tag topic and for search topics (a narrow and a broad search), after three warm-up runs.
 * --explain prints the plans.
 */
import { performance } from "node:perf_hooks";
import { Prisma } from "../src/generated/prisma/client.js";
import { openQueryBench } from "./query-bench-options.js";
import type { ArticleFilters } from "../src/queries/article-filters.js";
import { listTopicArticles } from "../src/queries/topic-timeline-articles.js";
import { tagTopicFilters, topicAidFigures, topicArticleCounts, topicArticleSummary, topicTopEntities } from "../src/queries/topic-timelines.js";

const { runs, database } = await openQueryBench();
const { db } = database;

const tag = await db.tag.upsert({ where: { name: "bench: 乌克兰" }, create: { name: "bench: 乌克兰", color: "#64748b" }, update: {}, select: { id: true } });
await db.$executeRaw`
  INSERT INTO "ArticleTag" ("articleId", "tagId")
  SELECT a.id, ${tag.id} FROM "Article" a WHERE a."searchText" LIKE '%乌克兰%'
  ON CONFLICT DO NOTHING`;
const [sizes] = await db.$queryRaw<Array<{ articles: number; tagged: number }>>`
  SELECT (SELECT count(*)::int FROM "Article") AS articles, (SELECT count(*)::int FROM "ArticleTag" WHERE "tagId" = ${tag.id}) AS tagged`;
console.error(`${database.kind} at ${database.location}: ${sizes?.articles} articles, ${sizes?.tagged} with the bench tag`);

const topics: Array<[string, ArticleFilters]> = [
  ["tag 乌克兰", tagTopicFilters(tag.id)],
  ["search 援助", { q: "援助" }],
  ["search: all, no duplicates", { duplicates: "exclude" }],
];
const second = async (filters: ArticleFilters) => {
  const first = await listTopicArticles(db, { filters, limit: 50 });
  return first.nextCursor ? listTopicArticles(db, { filters, limit: 50, cursor: first.nextCursor }) : first;
};
const cases: Array<[string, (filters: ArticleFilters) => Promise<unknown>]> = [
  ["counts per month", (filters) => topicArticleCounts(db, { filters, granularity: "month" })],
  ["counts per week, by source", (filters) => topicArticleCounts(db, { filters, granularity: "week", bySource: true })],
  ["articles, first page oldest first", (filters) => listTopicArticles(db, { filters, limit: 50 })],
  ["articles, first page newest first", (filters) => listTopicArticles(db, { filters, direction: "desc", limit: 50 })],
  ["articles, second page", second],
  ["aid tranches per month", (filters) => topicAidFigures(db, { filters, granularity: "month" })],
  ["top 12 entities", (filters) => topicTopEntities(db, { filters, limit: 12 })],
  ["count + newest (topics page)", (filters) => topicArticleSummary(db, { filters })],
];

console.log(`| query (${database.kind}, ${sizes?.articles} articles) | ${topics.map(([name]) => `${name} median / slowest ms`).join(" | ")} |`);
console.log(`|---|${topics.map(() => "---:").join("|")}|`);
for (const [name, run] of cases) {
  const cells: string[] = [];
  for (const [, filters] of topics) {
    for (let warm = 0; warm < 3; warm++) await run(filters); // Prisma and the engine's caches: one run is not enough
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run(filters);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    cells.push(`${times[Math.floor(times.length / 2)]!.toFixed(1)} / ${times[times.length - 1]!.toFixed(1)}`);
  }
  console.log(`| ${name} | ${cells.join(" | ")} |`);
}

if (process.argv.includes("--explain")) {
  // Every raw query a case sends, prefixed with EXPLAIN ANALYZE; the case itself gets no rows back.
  const plans: string[] = [];
  const explaining = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "$queryRaw") return Reflect.get(target, property, receiver);
      return async (strings: TemplateStringsArray, ...values: unknown[]) => {
        const rows = await target.$queryRaw<Array<{ "QUERY PLAN": string }>>`EXPLAIN (ANALYZE, COSTS OFF) ${Prisma.sql(strings, ...values)}`;
        plans.push(rows.map((row) => row["QUERY PLAN"]).join("\n"));
        return [];
      };
    },
  }) as typeof db;
  for (const [topic, filters] of topics) {
    for (const [name, run] of [
      ["counts per month", () => topicArticleCounts(explaining, { filters, granularity: "month" })],
      ["articles, first page", () => listTopicArticles(explaining, { filters, limit: 50 })],
      ["top entities", () => topicTopEntities(explaining, { filters })],
    ] as const) {
      plans.length = 0;
      await run();
      console.log(`\n### ${topic}: ${name}\n${plans.join("\n---\n")}`);
    }
  }
}

await database.close();
