import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { importExchangeRates } from "../rates/import-rates.js";
import { sampleEcbCsv } from "../rates/rates-fixture.js";
import { createTestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { aidTestRecord, importAidRecords } from "./aid-test-records.js";
import type { AidRecordInput } from "./aid-test-records.js";
import { reviewAidFigure } from "./review-figure.js";

const seedSentence = "美国自战争开始以来已向乌克兰提供了约770亿美元的援助。";
const trancheSentence = "五角大楼周三宣布提供1亿美元的新军事援助。";
const hryvniaSentence = "乌克兰政府拨款50亿格里夫纳用于重建。";
const audSentence = "澳大利亚承诺提供5亿澳元（约3.3亿美元）的援助。";

const article: AidRecordInput = {
  slug: "refresh",
  paragraphs: [seedSentence, trancheSentence, hryvniaSentence, audSentence],
  mentions: [
    { sentence: seedSentence, surface: "约770亿美元", amount: 77e9, qualifier: "approx", cumulative: true, status: "delivered", aidType: "mixed" },
    { sentence: trancheSentence, surface: "1亿美元", amount: 1e8 },
    { sentence: hryvniaSentence, surface: "50亿格里夫纳", amount: 5e9, currency: "UAH", donor: "Ukraine", recipient: null, isAid: false, aidType: null, status: "unknown" },
    { sentence: audSentence, surface: "5亿澳元", amount: 5e8, currency: "AUD", donor: "Australia", aidType: "unspecified" },
    { sentence: audSentence, surface: "约3.3亿美元", amount: 3.3e8, qualifier: "approx", donor: "Australia", aidType: "unspecified", equivalentOf: 3 },
  ],
};
const actor = { actorId: null, actorLabel: "test:editor" };

describe.each(testDatabaseKinds())("refreshAidFigures on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  const figures = () =>
    database.db.aidFigure.findMany({ orderBy: { mentionId: "asc" }, select: { mentionId: true, mentionKey: true, role: true, conversion: true, usdValue: true, amount: true, recipient: true, reviewState: true, reviewOutdated: true } });

  it("derives one figure per mention on import; without rates only USD amounts have a USD value, and each says why", async () => {
    await importAidRecords(database.db, [aidTestRecord(article)]);
    const rows = await figures();
    expect(rows.map((row) => [row.role, row.conversion])).toEqual([
      ["cumulative", "no-rate-for-currency"],
      ["tranche", "no-rate-for-currency"],
      ["not-aid", "no-rate-for-currency"],
      ["tranche", "via-equivalent"],
      ["equivalent", "no-rate-for-currency"],
    ]);
    // USD as written needs no rate; the AUD original takes the article's own "（约3.3亿美元）".
    expect(rows.map((row) => (row.usdValue === null ? null : Number(row.usdValue)))).toEqual([77e9, 1e8, null, 3.3e8, 3.3e8]);
  });

  it("converts every figure once rates are imported, at the article day's rates", async () => {
    const summary = await importExchangeRates(database.db, { name: "rates.csv", bytes: new TextEncoder().encode(sampleEcbCsv) }, { actor: "test" });
    expect(summary.figuresUpdated).toBe(5);
    const rows = await database.db.aidFigure.findMany({ orderBy: { mentionId: "asc" } });
    expect(rows.map((row) => row.conversion)).toEqual(["converted", "converted", "no-rate-for-currency", "converted", "converted"]);
    const aud = rows[3]!;
    expect(aud.rateDate?.toISOString().slice(0, 10)).toBe("2023-11-29");
    expect(Number(aud.ratePerEur)).toBe(1.6473);
    expect(Number(aud.usdPerEur)).toBe(1.0985);
    expect(Number(aud.usdValue)).toBeCloseTo((5e8 / 1.6473) * 1.0985, 1);
    expect(aud.rateSource).toBe("ECB euro foreign exchange reference rates");
    expect(Number(rows[2]!.amount)).toBe(5e9);
  });

  it("re-applies an editor's correction when a re-import renumbers the mentions", async () => {
    const [tranche] = await database.db.aidFigure.findMany({ where: { role: "tranche", currency: "USD" } });
    const corrected = { amount: 2e8, amountHigh: null, currency: "USD", isAid: true, aidType: "military" as const, donor: "United States", recipient: "Moldova", status: "committed" as const, cumulative: false };
    await reviewAidFigure(database.db, { articleId: tranche!.articleId, mentionKey: tranche!.mentionKey, expectedVersion: 0, action: { kind: "correct", fields: corrected } }, actor);

    // A better extractor now finds a new mention in a new first sentence: every ordinal and offset moves.
    const lead = "北约秘书长表示盟国将再提供2000万欧元。";
    const reimported: AidRecordInput = {
      ...article,
      version: 1,
      paragraphs: [lead, ...article.paragraphs],
      mentions: [
        { sentence: lead, surface: "2000万欧元", amount: 2e7, currency: "EUR", donor: "NATO" },
        ...article.mentions.map((mention) => ({ ...mention, equivalentOf: mention.equivalentOf === 3 ? 4 : null })),
      ],
    };
    const summary = await importAidRecords(database.db, [aidTestRecord(reimported)]);
    expect(summary.counts.updated).toBe(1);
    const after = await database.db.aidFigure.findUnique({ where: { articleId_mentionKey: { articleId: tranche!.articleId, mentionKey: tranche!.mentionKey } } });
    expect(after?.mentionId).not.toBe(tranche!.mentionId);
    expect(after).toMatchObject({ recipient: "Moldova", reviewState: "corrected", reviewVersion: 1, reviewOutdated: false });
    expect(Number(after?.amount)).toBe(2e8);
    expect(Number(after?.usdValue)).toBe(2e8);
    expect(await database.db.aidFigure.count()).toBe(6);
  });

  it("flags a reviewed figure whose extracted fields changed on re-import, keeping the editor's fields", async () => {
    const [tranche] = await database.db.aidFigure.findMany({ where: { reviewState: "corrected" } });
    const changed: AidRecordInput = {
      ...article,
      version: 2,
      mentions: article.mentions.map((mention) => (mention.surface === "1亿美元" ? { ...mention, donor: "United Kingdom" } : mention)),
    };
    await importAidRecords(database.db, [aidTestRecord(changed)]);
    const after = await database.db.aidFigure.findUnique({ where: { articleId_mentionKey: { articleId: tranche!.articleId, mentionKey: tranche!.mentionKey } } });
    expect(after).toMatchObject({ donor: "United States", recipient: "Moldova", reviewOutdated: true });
    expect(await database.db.aidFigure.count()).toBe(5);
  });
});
