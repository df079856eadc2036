import { describe, expect, it } from "vitest";
import { resolveCurrency } from "./currency-context.js";
import { normaliseForMatching } from "./char-normaliser.js";
import { scanAmounts } from "./mention-scanner.js";
import type { StoryPlace } from "./story-place.js";

function resolve(sentence: string, field = sentence, language = "zh", place: StoryPlace = null): [string, boolean] {
  const norm = normaliseForMatching(sentence);
  const [amount] = scanAmounts(norm);
  const resolved = resolveCurrency(amount!, norm, normaliseForMatching(field), language, () => place);
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
    // Sentences set on the mainland keep the yuan in a story that prices in 港元 elsewhere.
    ["就可以凭证明到蛇口公社领取劳务费15元", "香港各界捐款仍高达6.8亿港元。就可以凭证明到蛇口公社领取劳务费15元", null, ["CNY", false]],
    ["恒大地产集团发行不超过143亿元公司债已获得中国证监会许可", "配股筹43亿港元。恒大地产集团发行不超过143亿元公司债已获得中国证监会许可", null, ["CNY", false]],
    // A city government is Taiwan's only in copy that names Taiwan.
    ["南阳市政府工作报告中提及，总投资超过50亿元", "南阳市政府工作报告中提及，总投资超过50亿元", null, ["CNY", false]],
    ["台中市政府将补助每户1万元", "台中市政府将补助每户1万元", null, ["TWD", true]],
    ["市政府将补助每户1万元", "台湾的疫情。市政府将补助每户1万元", null, ["TWD", true]],
    // A story set in Hong Kong or Taiwan prices in its dollar where the sentence names no place.
    ["控方要求各被告以1000元现金担保", "控方要求各被告以1000元现金担保", "HK", ["HKD", true]],
    ["她的三倍券还剩下700元", "她的三倍券还剩下700元", "TW", ["TWD", true]],
    ["在上海花了700元", "在上海花了700元", "TW", ["CNY", false]],
  ] as const)("reads 元 by sentence, then story: %s", (sentence, field, place, expected) => {
    expect(resolve(sentence, field, "zh", place)).toEqual(expected);
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
