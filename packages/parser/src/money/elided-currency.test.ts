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
  ])("%s → %j", (text, expected) => {
    expect(elided(text)).toEqual(expected);
  });

  it.each([
    "美国提供10亿美元，惠及人口14亿，", // a count, not money
    "提供10亿美元，生产3亿剂疫苗。",
    "香港捐款6.8亿，世界第一。", // no currency anywhere in the sentence
    "The $95 billion package reaches 1.4 billion people.",
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
