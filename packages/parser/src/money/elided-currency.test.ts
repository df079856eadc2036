import { describe, expect, it } from "vitest";
import { findElidedAmounts } from "./elided-currency.js";
import { scanAmounts } from "./mention-scanner.js";

function elided(text: string): [string, number, string][] {
  const explicit = scanAmounts(text);
  return findElidedAmounts(text, { start: 0, end: text.length }, explicit).map((a) => [text.slice(a.start, a.end), a.amount, a.currency]);
}

describe("findElidedAmounts", () => {
  it.each([
    ["该计划耗资1212亿元，约合一年1.45万亿。", [["约合一年1.45万亿", 1.45e12, "CNY"]]],
    ["三国分别提供10亿美元、5亿和3亿。", [["5亿", 5e8, "USD"], ["3亿", 3e8, "USD"]]],
    ["援助总额达950亿美元，其中610亿用于乌克兰。", [["610亿", 61e9, "USD"]]],
    ["The $95 billion package includes 61 billion for Ukraine.", [["61 billion", 61e9, "USD"]]],
    // Sub-allocations and changes after a total with its currency (POLICY.md: elided but plain).
    ["欧盟将提供500亿欧元，其中330亿为贷款，170亿为赠款。", [["330亿", 33e9, "EUR"], ["170亿", 17e9, "EUR"]]],
    ["国会通过了950亿美元的援外法案，其中包括对乌克兰的610亿美元和对以色列的260亿。", [["260亿", 26e9, "USD"]]],
    ["美国已向乌克兰提供了440亿美元的军事援助，包括从美国库存中提取的250亿。", [["250亿", 25e9, "USD"]]],
    ["德国今年向乌克兰提供了20亿欧元军事援助，明年将增至40亿。", [["40亿", 4e9, "EUR"]]],
    ["日本提供了45亿美元，其中10亿用于人道援助，35亿用于财政支持。", [["10亿", 1e9, "USD"], ["35亿", 3.5e9, "USD"]]],
  ])("%s → %j", (text, expected) => {
    expect(elided(text)).toEqual(expected);
  });

  it.each([
    "美国提供10亿美元，惠及人口14亿，", // a count, not money
    "提供10亿美元，生产3亿剂疫苗。",
    "香港捐款6.8亿，世界第一。", // no currency anywhere in the sentence
    "The $95 billion package reaches 1.4 billion people.",
    // POLICY.md's "Not money": counts of people and objects, and years, stay out.
    "美国提供了10亿美元援助，对加沙的260万人发放食品。",
    "美国提供了10亿美元，从库存中提取了4百万发弹药。",
    "德国今年提供了20亿欧元，难民人数明年将增至100万。",
    "欧盟提供了500亿欧元，其中330万人为难民，170万人为儿童。",
    "欧盟提供了500亿欧元，2024年为第一年，2025年为第二年。",
    "美国提供了10亿美元，向乌克兰的260万难民发放。",
  ])("%s holds no elided amount", (text) => {
    expect(elided(text)).toEqual([]);
  });

  it("reads the qualifier across a per-period word and keeps the sentence's currency", () => {
    const text = "中国国防预算为1.67万亿元人民币，约合一年1.45万亿。";
    const [found] = findElidedAmounts(text, { start: 0, end: text.length }, scanAmounts(text));
    expect(found).toMatchObject({ amount: 1.45e12, currency: "CNY", currencyInferred: true, qualifier: "approx", qualifierWord: "约合一年" });
    expect(text.slice(found!.start, found!.end)).toBe("约合一年1.45万亿");
  });

  it("reads a paired estimate without its currency word as a range", () => {
    const text = "欧盟去年提供了50亿欧元，今年还将提供三四十亿。";
    expect(findElidedAmounts(text, { start: 0, end: text.length }, scanAmounts(text))).toMatchObject([
      { amount: 3e9, amountHigh: 4e9, qualifier: "range", currency: "EUR", currencyInferred: true },
    ]);
  });

  it("marks the currency as inferred", () => {
    const text = "援助总额达950亿美元，其中610亿用于乌克兰。";
    expect(findElidedAmounts(text, { start: 0, end: text.length }, scanAmounts(text))[0]).toMatchObject({ currencyInferred: true, currencyWord: "" });
  });
});
