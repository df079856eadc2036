import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { scanAmounts } from "./mention-scanner.js";
import { numeralSpanAfter, numeralSpanBefore } from "./zh-amounts.js";

/** [surface, amount, amountHigh, currency, qualifier] of each amount in `text`. */
function scan(text: string): [string, number, number | null, string, string][] {
  return scanAmounts(normaliseForMatching(text)).map((a) => [text.slice(a.start, a.end), a.amount, a.amountHigh, a.currency, a.qualifier]);
}

describe("Chinese amounts", () => {
  it.each([
    ["美国已向乌克兰提供了约770亿美元的援助", "约770亿美元", 77e9, null, "USD", "approx"],
    ["已经提供了超过1100亿美元来支持基辅", "超过1100亿美元", 110e9, null, "USD", "over"],
    ["提供五十亿欧元援助", "五十亿欧元", 5e9, null, "EUR", "exact"],
    ["提供30至40亿元人民币的紧急人道主义援助", "30至40亿元人民币", 3e9, 4e9, "CNY", "range"],
    ["100至150亿美元", "100至150亿美元", 1e10, 1.5e10, "USD", "range"],
    ["3000亿到5000亿元", "3000亿到5000亿元", 3e11, 5e11, "CNY", "range"],
    ["3至5百万美元", "3至5百万美元", 3e6, 5e6, "USD", "range"],
    ["3千至5千万美元", "3千至5千万美元", 3e7, 5e7, "USD", "range"],
    ["1.5至2万亿日元", "1.5至2万亿日元", 1.5e12, 2e12, "JPY", "range"],
    ["数十亿美元的武器", "数十亿美元", 1e9, null, "USD", "over"],
    ["“几百万”美元", "“几百万”美元", 1e6, null, "USD", "over"],
    ["1000多亿美元", "1000多亿美元", 1e11, null, "USD", "over"],
    ["3亿多美元", "3亿多美元", 3e8, null, "USD", "over"],
    ["上千亿美元", "上千亿美元", 1e11, null, "USD", "over"],
    ["1180 亿美元", "1180 亿美元", 118e9, null, "USD", "exact"],
    ["去年家庭总收入 8000 余元，是", "8000 余元", 8000, null, "CNY", "over"],
    ["300 多万元", "300 多万元", 3e6, null, "CNY", "over"],
    ["人民币2901万元", "人民币2901万元", 29_010_000, null, "CNY", "exact"],
    ["约人民币3万元", "约人民币3万元", 30_000, null, "CNY", "approx"],
    ["港幣1.3兆元", "港幣1.3兆元", 1.3e12, null, "HKD", "exact"],
    ["新臺幣59兆元", "新臺幣59兆元", 59e12, null, "TWD", "exact"],
    ["約７７０億美元", "約７７０億美元", 77e9, null, "USD", "approx"],
    ["3000元美金", "3000元美金", 3000, null, "USD", "exact"],
    ["跌27美分", "27美分", 0.27, null, "USD", "exact"],
    ["每一美元", "一美元", 1, null, "USD", "exact"],
    ["十亿美元富豪", "十亿美元", 1e9, null, "USD", "at_least"],
    ["1000亿美元左右的援助", "1000亿美元左右", 1e11, null, "USD", "approx"],
    ["统一10亿美元", "10亿美元", 1e9, null, "USD", "exact"],
    ["304万亿盾", "304万亿盾", 304e12, null, "VND", "exact"],
    ["1,200亿美元", "1,200亿美元", 120e9, null, "USD", "exact"],
    ["各州政府提供3,3亿欧元", "3,3亿欧元", 3.3e8, null, "EUR", "exact"],
    ["提供了10，20亿美元", "20亿美元", 2e9, null, "USD", "exact"],
    // Paired estimates are ranges: "two or three hundred million" (POLICY.md's range fields).
    ["两三亿美元", "两三亿美元", 2e8, 3e8, "USD", "range"],
    ["三四十亿欧元", "三四十亿欧元", 3e9, 4e9, "EUR", "range"],
    ["五六百万美元", "五六百万美元", 5e6, 6e6, "USD", "range"],
    ["一两千元", "一两千元", 1e3, 2e3, "CNY", "range"],
    ["約兩三億美元", "約兩三億美元", 2e8, 3e8, "USD", "range"],
    ["人民币两三亿元", "人民币两三亿元", 2e8, 3e8, "CNY", "range"],
    // 数以…(计): vague, the named scale as the floor, 数以 (and 计) inside the mention.
    ["华盛顿大学与北京的“数以百万元的交易”", "数以百万元", 1e6, null, "CNY", "over"],
    ["损失数以十亿美元计的广告收入", "数以十亿美元计", 1e9, null, "USD", "over"],
    ["造成“数以亿计美元”的损失", "数以亿计美元", 1e8, null, "USD", "over"],
    ["骗取数以十万计美元。", "数以十万计美元", 1e5, null, "USD", "over"],
    ["数以百万美元计的财产", "数以百万美元计", 1e6, null, "USD", "over"],
    ["二十三亿美元", "二十三亿美元", 2.3e9, null, "USD", "exact"],
    ["三十四亿美元", "三十四亿美元", 3.4e9, null, "USD", "exact"],
  ])("%s → %s", (text, surface, amount, high, currency, qualifier) => {
    expect(scan(text)).toEqual([[surface, amount, high, currency, qualifier]]);
  });

  it.each(["数以百万元", "数以十亿美元计", "数以亿计美元"])("marks %s as vague", (text) => {
    expect(scanAmounts(normaliseForMatching(text))).toMatchObject([{ vague: true, qualifier: "over", start: 0, end: text.length }]);
  });

  it.each(["数以5亿美元", "以亿计美元", "5亿计美元"])("reads no 数以 frame in %s", (text) => {
    for (const a of scanAmounts(normaliseForMatching(text))) expect(a.vague).toBe(false);
  });

  it.each([
    "约有800万乌克兰人逃往国外",
    "260万人",
    "4百万发弹药",
    "1万7千份建筑就业",
    "1500多万发子弹",
    "约200万移民",
    "33000名巴勒斯坦人",
    "比上年增长7.2%",
    "2024年7月9日至11日",
    "人民币兑美元6.9",
    "城乡二元结构",
    "国家元首",
    "第一美元",
  ])("%s holds no money", (text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe("numeral spans", () => {
  it("takes the longest numeral that ends at an offset, without splitting digits", () => {
    const text = "统一6亿2千万美元";
    const span = numeralSpanBefore(text, text.indexOf("美"));
    expect(span && text.slice(span.start, span.end)).toBe("6亿2千万");
  });

  it("takes the longest numeral that starts at an offset", () => {
    const text = "人民币2901万元";
    const span = numeralSpanAfter(text, 3);
    expect(span && text.slice(span.start, span.end)).toBe("2901万");
  });
});
