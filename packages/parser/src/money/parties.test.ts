import { describe, expect, it } from "vitest";
import { extractFromField } from "./extract.js";

/** [donor, recipient] of each mention in `text`. */
function parties(text: string, language = "zh"): [string | null, string | null][] {
  return extractFromField({ field: "text", text, language }).map((m) => [m.donor, m.recipient]);
}

describe("donor and recipient", () => {
  it.each<[string, [string | null, string | null][]]>([
    ["自战争开始以来，美国已向乌克兰提供了约770亿美元的援助。", [["United States", "Ukraine"]]],
    ["他指出，华盛顿的欧洲盟友已经提供了超过1100亿美元来支持基辅。", [["European allies", "Ukraine"]]],
    ["德国是乌克兰第二大军事援助国，迄今已提供或承诺提供约280亿欧元的军事援助。", [["Germany", "Ukraine"]]],
    ["拜登政府请求国会批准1060亿美元的紧急拨款，用于援助乌克兰和以色列，并加强美国南部边境的安全。", [["United States", "Ukraine; Israel"]]],
    ["该法案包括为乌克兰提供的600多亿美元和为以色列提供的140亿美元。", [["United States", "Ukraine"], ["United States", "Israel"]]],
    ["美国参议院以70票对29票通过了950亿美元的对外援助法案，其中包括对乌克兰、以色列和台湾的援助。", [["United States", "Ukraine; Israel; Taiwan"]]],
    ["欧盟已向乌克兰提供约850亿欧元的财政、人道主义和军事援助，外加170亿欧元用于支持欧盟境内的乌克兰难民。", [["European Union", "Ukraine"], ["European Union", "Ukraine"]]],
    ["乌克兰财政部表示，已收到来自美国的13亿美元预算支持资金。", [["United States", "Ukraine"]]],
    ["乌克兰总统泽连斯基感谢欧盟提供的五百亿欧元支持计划。", [["European Union", "Ukraine"]]],
    ["七国集团同意利用被冻结的俄罗斯资产的收益向乌克兰提供约500亿美元贷款。", [["G7", "Ukraine"]]],
    ["联合国呼吁国际社会为加沙筹集逾20亿美元人道主义资金。", [[null, "Gaza"]]],
    ["以色列每年从美国获得约38亿美元的军事援助。", [["United States", "Israel"]]],
    ["自战争爆发以来，欧盟及其成员国已向乌克兰提供了约1440亿欧元的援助。", [["European Union", "Ukraine"]]],
    ["中国红十字会向土耳其红新月会提供20万美元现汇援助。", [["Red Cross Society of China", "Turkish Red Crescent"]]],
    ["美國國會眾議院週六通過了總額達950億美元的援外法案，其中包括對烏克蘭的608億美元援助。", [["United States", "Ukraine"], ["United States", "Ukraine"]]],
    ["美国国务院批准向台湾出售价值3亿美元的武器。", [[null, null]]],
    ["欧盟领导人周四同意了一项价值500亿欧元（540亿美元）的乌克兰援助计划。", [["European Union", "Ukraine"], ["European Union", "Ukraine"]]],
    ["乌克兰总统泽连斯基对美国国会通过610亿美元援助表示感谢。", [["United States", "Ukraine"]]],
    ["欧盟周四同意向乌克兰提供500亿欧元的财政支持。", [["European Union", "Ukraine"]]],
    ["众议院周六通过了向以色列提供264亿美元援助的法案。", [["United States", "Israel"]]],
    ["美国和欧盟已向乌克兰提供了数百亿美元的援助。", [["United States; European Union", "Ukraine"]]],
    ["众议院通过了610亿美元的援乌法案。其中约230亿美元将用于补充美国的武器库存。", [["United States", "Ukraine"], [null, null]]],
    ["欧洲和平基金已为向乌克兰提供军事援助拨款56亿欧元。", [["European Union", "Ukraine"]]],
    ["我國政府將提供烏克蘭總計5600萬美元的人道援助。", [[null, "Ukraine"]]],
    [
      "美國眾議院通過總額950億美元的援外法案，包括援助烏克蘭608億美元、以色列264億美元及印太地區81億美元。",
      [["United States", "Ukraine; Israel; Indo-Pacific"], ["United States", "Ukraine"], ["United States", "Israel"], ["United States", "Indo-Pacific"]],
    ],
    [
      "白宫要求国会批准1060亿美元的紧急资金，其中包括向乌克兰提供614亿美元，向以色列提供143亿美元。",
      [["United States", "Ukraine; Israel"], ["United States", "Ukraine"], ["United States", "Israel"]],
    ],
  ])("%s → %j", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });

  it.each<[string, [string | null, string | null][]]>([
    ["The UN agency received USD 2.3 million in humanitarian assistance from Japan for Sudan.", [["Japan", "Sudan"]]],
    ["The House passed a $95 billion foreign aid package for Ukraine, Israel and Taiwan.", [["United States", "Ukraine; Israel; Taiwan"]]],
    ["Israel receives $3.8bn in US military aid every year.", [["United States", "Israel"]]],
    ["The EU's €5 billion top-up to the European Peace Facility will fund arms for Ukraine.", [["European Union", "Ukraine"]]],
    ["Britain will give Ukraine £2.5bn in military aid this year.", [["United Kingdom", "Ukraine"]]],
    ["Washington has sent Kyiv more than $75bn in aid.", [["United States", "Ukraine"]]],
    ["Kyiv has received about €84 billion from the EU since the start of the war.", [["European Union", "Ukraine"]]],
    ["G7 leaders agreed to provide Ukraine with a $50 billion loan backed by profits from frozen Russian assets.", [["G7", "Ukraine"]]],
  ])("%s → %j", (text, expected) => {
    expect(parties(text, "en")).toEqual(expected);
  });
});
