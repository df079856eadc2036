import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { findParties } from "./gazetteer.js";
import { scanAmounts } from "./mention-scanner.js";
import { maskSpans } from "./mention-scope.js";
import { roleParties } from "./party-roles.js";

/** "name:role" for each party of a one-sentence text, in order. */
function roles(text: string): string[] {
  const norm = normaliseForMatching(text);
  const amounts = scanAmounts(norm);
  const hits = findParties(norm).filter((h) => !amounts.some((a) => h.start < a.end && h.end > a.start));
  const cue = maskSpans(norm, [...amounts, ...hits]);
  return roleParties(cue, { start: 0, end: text.length }, hits).map((r) => `${r.hit.name}:${r.role}`);
}

describe("roleParties", () => {
  it.each([
    ["美国已向乌克兰提供了约770亿美元的援助", ["United States:subject", "Ukraine:recipient"]],
    ["华盛顿的欧洲盟友已经提供了超过1100亿美元来支持基辅", ["United States:other", "European allies:subject", "Ukraine:recipient"]],
    ["乌克兰政府向受洪灾影响的赫尔松居民拨款15亿格里夫纳", ["Ukraine:subject", "Kherson:recipient"]],
    ["外加170亿欧元用于支持欧盟境内的乌克兰难民", ["European Union:recipient", "Ukraine:recipient"]],
    ["联合国呼吁国际社会为加沙筹集逾20亿美元", ["United Nations:requester", "Gaza:recipient"]],
    ["乌克兰财政部表示，已收到来自美国的13亿美元预算支持资金", ["Ukraine:recipient", "United States:donor"]],
    ["乌克兰总统泽连斯基感谢欧盟提供的五百亿欧元支持计划", ["Ukraine:recipient", "European Union:donor"]],
    ["七国集团同意利用被冻结的俄罗斯资产的收益向乌克兰提供约500亿美元贷款", ["G7:subject", "Russia:other", "Ukraine:recipient"]],
    ["美国国防部宣布一项价值2.5亿美元的新一轮对乌军事援助", ["United States:subject", "Ukraine:recipient"]],
    ["其中包括对乌克兰、以色列和台湾的援助", ["Ukraine:recipient", "Israel:recipient", "Taiwan:recipient"]],
    ["布林肯在布鲁塞尔表示", ["United States:subject", "European Union:location"]],
    ["瑞士宣布拨款15亿瑞士法郎用于乌克兰重建", ["Switzerland:subject", "Ukraine:recipient"]],
    ["以色列每年获得38亿美元美国军事援助", ["Israel:recipient", "United States:donor"]],
    ["乌克兰获得10亿美元美国贷款担保", ["Ukraine:recipient", "United States:donor"]],
    ["The UN agency received USD 2.3 million in humanitarian assistance from Japan for Sudan", ["United Nations:recipient", "Japan:donor", "Sudan:recipient"]],
    ["Britain will provide up to £3 billion in military support to Ukraine", ["United Kingdom:subject", "Ukraine:recipient"]],
    ["The Pentagon announced a $250 million weapons package for Kyiv", ["United States:subject", "Ukraine:recipient"]],
    // "X援助" names the receiver when X is one the news only writes so (以色列援助 is aid for Israel).
    ["这笔乌克兰援助共计608亿美元", ["Ukraine:recipient"]],
    ["以色列援助部分中，有91亿美元用于包括加沙在内的人道主义援助", ["Israel:recipient", "Gaza:recipient"]],
    ["美国援助乌克兰", ["United States:subject", "Ukraine:recipient"]],
    // The one asked (向X申请) gives; the one asking receives.
    ["斯里兰卡向国际货币基金组织申请29亿美元的救助贷款", ["Sri Lanka:recipient", "International Monetary Fund:donor"]],
    // A deal with an official lender is its loan to the other party.
    ["国际货币基金组织与巴基斯坦达成30亿美元的贷款协议", ["International Monetary Fund:donor", "Pakistan:recipient"]],
    ["Pakistan reached a $3 billion deal with the IMF", ["Pakistan:recipient", "International Monetary Fund:donor"]],
    ["吉尔吉斯斯坦欠中国进出口银行约17亿美元的债务", ["Kyrgyzstan:other", "Export-Import Bank of China:other"]],
    // An aid agency gives for its state: funded, not aided.
    ["国会每年为美国国际开发署拨款约400亿美元", ["United States:subject", "United States:donor"]],
  ])("%s → %j", (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ["反对美国提供援助", "United States"],
    ["针对乌克兰的援助", "Ukraine"],
    ["方向美国", "United States"],
    ["对于乌克兰来说", "Ukraine"],
  ])("%s: a marker inside another word does not make %s a recipient", (text, name) => {
    expect(roles(text)).not.toContain(`${name}:recipient`);
  });
});
