import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { importExchangeRates } from "../rates/import-rates.js";
import { sampleEcbCsv } from "../rates/rates-fixture.js";
import { createTestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { aidCoverage, aidCumulativeTotals, aidMatrix, aidTimeline, otherSeriesKey } from "./aid-charts.js";
import { aidTestRecord, importAidRecords } from "./aid-test-records.js";

const s1 = "美国宣布向乌克兰提供10亿美元的军事援助。";
const s2 = "自战争开始以来美国已向乌克兰提供了约770亿美元。";
const s3 = "欧盟承诺向乌克兰提供5亿欧元的人道援助。";
const s4 = "德国将向以色列提供1亿欧元（约1.1亿美元）。";
const s5 = "乌克兰获得50亿格里夫纳的援助。";
const s6 = "美国去年向乌克兰提供了约200亿美元。";
const s7 = "美国宣布再向乌克兰提供20亿美元。";

async function seed(db: Database["db"]) {
  await importExchangeRates(db, { name: "rates.csv", bytes: new TextEncoder().encode(sampleEcbCsv) }, { actor: "test" });
  await importAidRecords(db, [
    aidTestRecord({
      slug: "nov-2023",
      publishedAt: "2023-11-29T10:00:00.000Z",
      paragraphs: [s1, s2, s3, s4, s5],
      mentions: [
        { sentence: s1, surface: "10亿美元", amount: 1e9 },
        { sentence: s2, surface: "约770亿美元", amount: 77e9, cumulative: true, status: "delivered", aidType: "mixed" },
        { sentence: s3, surface: "5亿欧元", amount: 5e8, currency: "EUR", donor: "European Union", aidType: "humanitarian" },
        { sentence: s4, surface: "1亿欧元", amount: 1e8, currency: "EUR", donor: "Germany", recipient: "Israel", aidType: null },
        { sentence: s4, surface: "约1.1亿美元", amount: 1.1e8, donor: "Germany", recipient: "Israel", aidType: null, equivalentOf: 3 },
        { sentence: s5, surface: "50亿格里夫纳", amount: 5e9, currency: "UAH", donor: null, aidType: "unspecified" },
      ],
    }),
    aidTestRecord({
      slug: "mar-2022",
      publishedAt: "2022-03-01T08:00:00.000Z",
      paragraphs: [s6, s7],
      mentions: [
        { sentence: s6, surface: "约200亿美元", amount: 20e9, cumulative: true, status: "delivered", aidType: "mixed" },
        { sentence: s7, surface: "20亿美元", amount: 2e9 },
      ],
    }),
  ]);
}

describe.each(testDatabaseKinds())("aid charts on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seed(database.db);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("sums new tranches per month and donor, never adding cumulative totals or equivalents", async () => {
    const timeline = await aidTimeline(database.db, { valueCurrency: "USD", groupBy: "donor", granularity: "month" });
    expect(timeline.periods).toHaveLength(21);
    expect(timeline.periods[0]).toBe("2022-03");
    expect(timeline.periods.at(-1)).toBe("2023-11");
    const at = (period: string, key: string) => timeline.points.find((point) => point.period === period && point.key === key);
    expect(at("2022-03", "United States")).toEqual({ period: "2022-03", key: "United States", value: 2e9, count: 1 });
    expect(at("2023-11", "United States")?.value).toBe(1e9);
    expect(at("2023-11", "European Union")?.value).toBeCloseTo(5e8 * 1.0985, 2);
    // Germany's €100m counted once (the written "约1.1亿美元" is its conversion), at the ECB rate.
    expect(at("2023-11", "Germany")?.value).toBeCloseTo(1e8 * 1.0985, 2);
    expect(timeline.series.map((series) => series.key)).toEqual(["United States", "European Union", "Germany"]);
  });

  it("merges small series into 'other' beyond the top N, listing what it holds", async () => {
    const timeline = await aidTimeline(database.db, { valueCurrency: "EUR", groupBy: "donor", granularity: "year", top: 2 });
    expect(timeline.periods).toEqual(["2022", "2023"]);
    expect(timeline.series.map((series) => series.key)).toEqual(["United States", otherSeriesKey]);
    expect(timeline.series[1]!.keys).toEqual(["European Union", "Germany"]);
  });

  it("groups by type, and by recipient with filters shared with search (source, dates)", async () => {
    const byType = await aidTimeline(database.db, { valueCurrency: "USD", groupBy: "aidType", granularity: "quarter" });
    expect(byType.series.map((series) => series.key).sort()).toEqual(["", "humanitarian", "military"]);
    const filtered = await aidTimeline(database.db, {
      valueCurrency: "USD",
      groupBy: "recipient",
      granularity: "month",
      articles: { from: new Date("2023-01-01T00:00:00Z") },
    });
    expect(filtered.periods).toEqual(["2023-11"]);
    expect(filtered.series.map((series) => series.key)).toEqual(["Ukraine", "Israel"]);
  });

  it("builds the donor × recipient matrix from tranches only", async () => {
    const matrix = await aidMatrix(database.db, { valueCurrency: "USD" });
    expect(matrix.donors).toEqual(["United States", "European Union", "Germany"]);
    expect(matrix.recipients).toEqual(["Ukraine", "Israel"]);
    const us = matrix.cells.find((cell) => cell.donor === "United States" && cell.recipient === "Ukraine");
    expect(us).toMatchObject({ value: 3e9, count: 2 });
  });

  it("reports the latest cumulative total per donor → recipient apart", async () => {
    const totals = await aidCumulativeTotals(database.db, { valueCurrency: "USD" });
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatchObject({ donor: "United States", recipient: "Ukraine", value: 77e9, figureDate: "2023-11-29", reports: 2 });
  });

  it("says what the sums leave out, with original-currency totals", async () => {
    const coverage = await aidCoverage(database.db, { valueCurrency: "USD" });
    expect(coverage.tranches.count).toBe(5);
    expect(coverage.tranches.value).toBeCloseTo(1e9 + 2e9 + 5e8 * 1.0985 + 1e8 * 1.0985, 0);
    expect(coverage.cumulative.count).toBe(2);
    expect(coverage.equivalents).toBe(1);
    expect(coverage.leftOut).toEqual([{ currency: "UAH", reason: "no-rate-for-currency", role: "tranche", count: 1, amount: 5e9 }]);
  });
});
