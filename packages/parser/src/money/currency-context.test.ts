import { describe, expect, it } from "vitest";
import { resolveCurrency } from "./currency-context.js";
import { normaliseForMatching } from "./char-normaliser.js";
import { scanAmounts } from "./mention-scanner.js";

function resolve(sentence: string, field = sentence, language = "zh"): [string, boolean] {
  const norm = normaliseForMatching(sentence);
  const [amount] = scanAmounts(norm);
  const resolved = resolveCurrency(amount!, norm, normaliseForMatching(field), language);
  return [resolved.currency, resolved.fromContext];
}

describe("resolveCurrency", () => {
  it.each([
    ["直接经济损失19.74亿元", ["CNY", false]],
    ["香港政府将拨款4000万元资助参展商", ["HKD", true]],
    ["台北市政府将补助每户1万元", ["TWD", true]],
    ["香港居民每人获发1万元人民币", ["CNY", false]],
    ["挪威将提供20亿克朗", ["NOK", false]],
    ["丹麦承诺10亿克朗", ["DKK", false]],
    ["支付了50亿克朗", ["SEK", true]],
    ["约¥5000", ["CNY", true]],
    ["美元兑10亿日元", ["JPY", false]],
  ])("%s → %j", (sentence, expected) => {
    expect(resolve(sentence)).toEqual(expected);
  });

  it("reads 元 as the New Taiwan dollar in copy that prices in 新台币", () => {
    expect(resolve("投资金额超过23亿元", "该公司决定投入超过新台币23亿元。投资金额超过23亿元。")).toEqual(["TWD", true]);
  });

  it.each([
    ["a net loss of 157trn pounds between the BdL and commercial banks", "a net loss of 157trn pounds between the BdL and commercial banks", ["LBP", false]],
    ["an exchange rate of 3,500 pounds to the dollar", "Lebanon defaulted. An exchange rate of 3,500 pounds to the dollar.", ["LBP", true]],
    ["Britain will spend 500m pounds on it", "Britain will spend 500m pounds on it", ["GBP", false]],
    ["it cost 500m pounds", "it cost 500m pounds", ["GBP", true]],
  ])("reads English pounds by country: %s", (sentence, field, expected) => {
    expect(resolve(sentence, field, "en")).toEqual(expected);
  });

  it("reads ¥ as the yen in English copy", () => {
    expect(resolve("costs ¥5,000", "costs ¥5,000", "en")).toEqual(["JPY", true]);
  });
});
