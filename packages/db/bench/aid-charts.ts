/**
 * Latency of the aid pages' queries on an existing database, and the cost of re-deriving every figure:
 *   node --import tsx bench/aid-charts.ts [--data-dir DIR] [--runs 7] [--refresh]
 * Uses DATABASE_URL when set (PostgreSQL), else the embedded database in --data-dir (or NEWSDESK_DATA_DIR).
 * Each query runs once to warm up, then --runs times; prints a Markdown table of median and slowest times.
 */
import { performance } from "node:perf_hooks";
import { openQueryBench } from "./query-bench-options.js";
import { aidCoverage, aidCumulativeTotals, aidMatrix, aidTimeline } from "../src/aid/aid-charts.js";
import { refreshAllAidFigures } from "../src/aid/refresh-figures.js";
import { countAidQueue, listAidFigures } from "../src/queries/aid-figures.js";

const { runs, database } = await openQueryBench();
const { db } = database;

const articleFilter = { articles: { q: "乌克兰" } };
const cases: Array<[string, () => Promise<unknown>]> = [
  ["timeline by donor, month, USD", () => aidTimeline(db, { valueCurrency: "USD", groupBy: "donor", granularity: "month" })],
  ["timeline by recipient, year, EUR", () => aidTimeline(db, { valueCurrency: "EUR", groupBy: "recipient", granularity: "year" })],
  ["timeline by donor, search 乌克兰", () => aidTimeline(db, { ...articleFilter, valueCurrency: "USD", groupBy: "donor", granularity: "month" })],
  ["donor × recipient matrix", () => aidMatrix(db, { valueCurrency: "USD" })],
  ["cumulative totals", () => aidCumulativeTotals(db, { valueCurrency: "USD" })],
  ["coverage / left out", () => aidCoverage(db, { valueCurrency: "USD" })],
  ["queue, first page (30)", () => listAidFigures(db, { sort: "queue", limit: 30 })],
  ["queue counts", () => countAidQueue(db, {})],
  ["drill-down, donor United States", () => listAidFigures(db, { sort: "date", roles: ["tranche"], donor: "United States", limit: 20 })],
];

const [sizes] = await db.$queryRawUnsafe<Array<{ figures: number; articles: number; total: number }>>(
  `SELECT (SELECT count(*)::int FROM "AidFigure") AS figures, (SELECT count(DISTINCT "articleId")::int FROM "AidFigure") AS articles,
          (SELECT count(*)::int FROM "Article") AS total`,
);
const { figures, articles, total } = sizes ?? { figures: 0, articles: 0, total: 0 };
console.error(`${database.kind} at ${database.location}: ${total} articles, ${figures} money mentions as figures in ${articles} articles`);

const rows: string[] = [];
for (const [name, run] of cases) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  rows.push(`| ${name} | ${times[Math.floor(times.length / 2)]!.toFixed(1)} | ${times[times.length - 1]!.toFixed(1)} |`);
}
console.log(`| query (${database.kind}, ${figures} figures) | median ms | slowest ms |`);
console.log("|---|---:|---:|");
for (const row of rows) console.log(row);

if (process.argv.includes("--refresh")) {
  const started = performance.now();
  const result = await refreshAllAidFigures(db);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nrefreshAllAidFigures: ${result.figures} figures of ${result.articles} articles in ${seconds.toFixed(1)} s (${(result.figures / seconds).toFixed(0)} figures/s)`);
}
await database.close();
process.exit(0);
