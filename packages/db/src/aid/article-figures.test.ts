import { describe, expect, it } from "vitest";
import { RateTable } from "../rates/rate-table.js";
import { computeArticleFigures, figureDayOf } from "./article-figures.js";
import type { StoredMention } from "./article-figures.js";
import type { AidFigureFields, ReviewOverlay } from "./figure-fields.js";
import { mentionKeysOf } from "./mention-key.js";

const rates = new RateTable(
  [
    { currency: "USD", date: "2023-11-29", perEur: 1.1 },
    { currency: "AUD", date: "2023-11-29", perEur: 1.65 },
  ],
  "ECB",
);
const dates = { publishedAt: new Date("2023-11-29T22:43:38Z"), archivedAt: new Date("2023-11-30T01:00:00Z") };

function mention(ordinal: number, sentence: string, surface: string, fields: Partial<AidFigureFields>, extra: Partial<StoredMention> = {}): StoredMention {
  return {
    id: `a1:${ordinal}`,
    ordinal,
    field: "text",
    sentence,
    surface,
    start: ordinal * 100,
    fields: {
      amount: 1e9,
      amountHigh: null,
      currency: "USD",
      isAid: true,
      aidType: "military",
      donor: "United States",
      recipient: "Ukraine",
      status: "committed",
      cumulative: false,
      ...fields,
    },
    equivalentOf: null,
    reviewNeeded: false,
    ...extra,
  };
}

const tranche = mention(0, "美国宣布提供1亿美元的新军事援助。", "1亿美元", { amount: 1e8 });
const total = mention(1, "美国已提供了约770亿美元。", "约770亿美元", { amount: 77e9, cumulative: true, status: "delivered", aidType: "mixed" });
const price = mention(2, "一枚导弹价值约100万美元。", "约100万美元", { amount: 1e6, isAid: false, aidType: null, donor: null, recipient: null, status: "unknown" });

describe("computeArticleFigures", () => {
  it("gives each figure its role: tranche, cumulative total, not aid", () => {
    const rows = computeArticleFigures("a1", dates, [tranche, total, price], new Map(), rates);
    expect(rows.map((row) => row.role)).toEqual(["tranche", "cumulative", "not-aid"]);
    expect(rows[0]).toMatchObject({ figureDate: "2023-11-29", dateBasis: "published", conversion: "converted", usdValue: 1e8, usdPerEur: 1.1, rateCurrency: "USD" });
  });

  it("counts a conversion written in parentheses once: the original converts itself, the equivalent is not counted", () => {
    const original = mention(0, "澳大利亚提供500亿澳币（约320亿美元）。", "500亿澳币", { amount: 5e10, currency: "AUD", donor: "Australia" });
    const equivalent = mention(1, "澳大利亚提供500亿澳币（约320亿美元）。", "约320亿美元", { amount: 3.2e10, donor: "Australia" }, { equivalentOf: 0 });
    const rows = computeArticleFigures("a1", dates, [original, equivalent], new Map(), rates);
    expect(rows.map((row) => row.role)).toEqual(["tranche", "equivalent"]);
    expect(rows[0]).toMatchObject({ conversion: "converted", rateCurrency: "AUD", ratePerEur: 1.65, eurValue: Math.round((5e10 / 1.65) * 100) / 100 });
  });

  it("lets an original without a rate borrow its equivalent's value, and says so", () => {
    const original = mention(0, "越南承诺304万亿盾（约合125亿美元）。", "304万亿盾", { amount: 3.04e14, currency: "VND" });
    const equivalent = mention(1, "越南承诺304万亿盾（约合125亿美元）。", "约合125亿美元", { amount: 1.25e10 }, { equivalentOf: 0 });
    const [first, second] = computeArticleFigures("a1", dates, [original, equivalent], new Map(), rates);
    expect(first).toMatchObject({ role: "tranche", amount: 3.04e14, currency: "VND", conversion: "via-equivalent", usdValue: 1.25e10, rateCurrency: "USD" });
    expect(second).toMatchObject({ role: "equivalent", conversion: "converted" });
  });

  it("re-applies an editor's correction after a re-import renumbers the mentions", () => {
    const [key] = mentionKeysOf([tranche]);
    const corrected: AidFigureFields = { ...tranche.fields, amount: 2e8, recipient: "Moldova" };
    const reviews = new Map<string, ReviewOverlay>([[key!, { state: "corrected", basis: tranche.fields, fields: corrected, version: 1 }]]);
    // The re-import found one more mention before it: ordinals and offsets moved.
    const moved = { ...tranche, id: "a1:1", ordinal: 1, start: 500 };
    const rows = computeArticleFigures("a1", dates, [{ ...price, id: "a1:0", ordinal: 0, start: 10 }, moved], reviews, rates);
    expect(rows[1]).toMatchObject({ mentionId: "a1:1", mentionKey: key, amount: 2e8, recipient: "Moldova", reviewState: "corrected", reviewVersion: 1, reviewOutdated: false, usdValue: 2e8 });
    expect(rows[0]!.reviewState).toBe("unreviewed");
  });

  it("does not count a rejected figure, and keeps an unconvertible one with its reason", () => {
    const [key] = mentionKeysOf([total]);
    const reviews = new Map<string, ReviewOverlay>([[key!, { state: "rejected", basis: total.fields, fields: null, version: 1 }]]);
    const hryvnia = mention(3, "乌克兰拨款50亿格里夫纳。", "50亿格里夫纳", { amount: 5e9, currency: "UAH" });
    const rows = computeArticleFigures("a1", dates, [total, hryvnia], reviews, rates);
    expect(rows[0]!.role).toBe("rejected");
    expect(rows[1]).toMatchObject({ role: "tranche", conversion: "no-rate-for-currency", usdValue: null, eurValue: null, amount: 5e9 });
  });

  it("uses the archive date when the article has no publication date", () => {
    expect(figureDayOf({ publishedAt: null, archivedAt: new Date("2020-03-01T23:30:00Z") })).toEqual({ day: "2020-03-01", basis: "archived" });
    expect(figureDayOf({ publishedAt: null, archivedAt: null })).toEqual({ day: null, basis: null });
  });
});
