import { describe, expect, it } from "vitest";
import type { MoneyMention } from "../schema/money-mention.js";
import { extractFromField } from "./extract.js";

/** The decision fields of each mention in `text`, in order. */
function decide(text: string, language = "zh"): Pick<MoneyMention, "surface" | "isAid" | "aidType" | "status" | "cumulative">[] {
  return extractFromField({ field: "text", text, language }).map(({ surface, isAid, aidType, status, cumulative }) => ({
    surface,
    isAid,
    aidType,
    status,
    cumulative,
  }));
}

type Expected = [isAid: boolean, aidType?: MoneyMention["aidType"], status?: MoneyMention["status"], cumulative?: boolean];

function check(text: string, expected: Expected[], language = "zh"): void {
  const got = decide(text, language);
  expect(got).toHaveLength(expected.length);
  expected.forEach(([isAid, aidType, status, cumulative], i) => {
    const mention = got[i]!;
    expect(mention.isAid, mention.surface).toBe(isAid);
    if (aidType !== undefined) expect(mention.aidType, mention.surface).toBe(aidType);
    if (status !== undefined) expect(mention.status, mention.surface).toBe(status);
    if (cumulative !== undefined) expect(mention.cumulative, mention.surface).toBe(cumulative);
  });
}

describe("aid figures", () => {
  it.each<[string, Expected[]]>([
    ["自战争开始以来，美国已向乌克兰提供了约770亿美元的援助，其中包括人道、财政和军事援助。", [[true, "mixed", "delivered", true]]],
    ["五角大楼宣布向乌克兰提供一项价值2.75亿美元的新军事援助计划，其中包括海马斯火箭弹药。", [[true, "military", "committed", false]]],
    ["自2022年2月俄罗斯全面入侵以来，美国已向乌克兰提供了超过440亿美元的安全援助。", [[true, "military", "delivered", true]]],
    ["德国是乌克兰第二大军事援助国，迄今已提供或承诺提供约280亿欧元的军事援助。", [[true, "military", "delivered", true]]],
    ["拜登政府请求国会批准1060亿美元的紧急拨款，用于援助乌克兰和以色列，并加强美国南部边境的安全。", [[true, undefined, "requested"]]],
    ["该法案包括为乌克兰提供的600多亿美元和为以色列提供的140亿美元。", [[true], [true]]],
    ["美国将通过外国军事融资（FMF）向台湾提供8000万美元。", [[true, "military", "committed"]]],
    ["拜登政府首次动用总统提款权向台湾提供价值3.45亿美元的军事援助。", [[true, "military"]]],
    ["欧盟领导人同意向乌克兰提供500亿欧元的援助，匈牙利总理欧尔班放弃了否决。", [[true, "unspecified", "committed"]]],
    ["联合国近东救济工程处呼吁捐助者提供12亿美元。", [[true, undefined, "requested"]]],
    ["日本宣布再向近东救济工程处提供3500万美元。", [[true, undefined, "committed"]]],
    ["美國國會眾議院週六通過了總額達950億美元的援外法案，其中包括對烏克蘭的608億美元援助。", [[true, "mixed", "approved", false], [true, undefined, "approved", false]]],
    ["台灣宣布捐贈200萬美元協助土耳其地震災後重建。", [[true, "humanitarian", "committed"]]],
    ["美国宣布向乌克兰提供4亿美元的军事援助。这笔援助包括价值约1.5亿美元的弹药。", [[true, "military"], [true, "military"]]],
    ["英国将向乌克兰提供价值1亿英镑的无人机。", [[true, "military", "committed"]]],
    ["国际货币基金组织批准向乌克兰提供156亿美元的贷款计划。", [[true, "financial", "approved"]]],
    ["中国政府宣布向加沙提供价值1亿元人民币的紧急人道主义援助。", [[true, "humanitarian", "committed"]]],
    ["以色列每年从美国获得约38亿美元的军事援助。", [[true, "military"]]],
    ["美国总统拜登周三签署了950亿美元的对外援助法案，其中包括向乌克兰提供的610亿美元。", [[true, "mixed", "approved"], [true, undefined, "approved"]]],
    ["国际货币基金组织批准了对乌克兰一项156亿美元的贷款计划。", [[true, "financial", "approved"]]],
    ["国际货币基金组织已向数十个国家提供了约1000亿美元的紧急融资。", [[true, "financial", "delivered"]]],
    ["这家公司从银行获得了5亿元的紧急贷款。", [[false]]],
    ["美国将首次利用外国军事融资计划向台湾提供8000万美元的军事援助。", [[true, "military", "committed"]]],
    ["日本将向乌克兰追加提供45亿美元的援助，使日本对乌克兰的援助总额达到76亿美元。", [[true, undefined, "committed", false], [true, undefined, "delivered", true]]],
    ["美国还将向台湾提供价值5亿美元的防御物资和服务。", [[true, "military", "committed"]]],
    ["美国国会去年批准了对乌克兰约1130亿美元的援助，其中包括军事、经济和人道主义援助。", [[true, "mixed", "approved"]]],
    ["乌克兰总统泽连斯基对美国国会通过610亿美元援助表示感谢。", [[true, undefined, "approved"]]],
    ["美国宣布向乌克兰提供4亿美元的军事援助。其中，3亿美元用于乌克兰的防空。", [[true, "military"], [true]]],
    ["拜登总统承诺，美国将继续支持乌克兰，并敦促国会通过610亿美元的援助。", [[true, "unspecified", "requested"]]],
    ["众议院通过了610亿美元的援乌法案。其中约230亿美元将用于补充美国的武器库存。", [[true], [true, "military"]]],
    ["据乌克兰财政部称，乌克兰在2023年共获得了427亿美元的外部援助。", [[true, "unspecified", "delivered"]]],
    ["该法案授权在未来五年内每年向台湾提供最多20亿美元的外国军事融资。", [[true, "military", "approved"]]],
  ])("%s", (text, expected) => {
    check(text, expected);
  });

  it.each<[string, Expected[]]>([
    ["Washington has provided more than $44 billion in security assistance to Kyiv since the start of the war.", [[true, "military", "delivered", true]]],
    ["The Biden administration announced a new $2 billion military aid package for Ukraine.", [[true, "military", "committed"]]],
    ["The EU has agreed a €50bn support package for Ukraine.", [[true, undefined, "committed"]]],
    ["Israel receives $3.8bn in US military aid every year.", [[true, "military"]]],
    ["The House passed a $95 billion foreign aid package for Ukraine, Israel and Taiwan.", [[true, "mixed", "approved"]]],
    ["Japan pledged an additional $4.5 billion in aid to Ukraine, bringing its total to $7.6 billion.", [[true, undefined, "committed", false], [true, undefined, "delivered", true]]],
    ["G7 leaders agreed to provide Ukraine with a $50 billion loan backed by profits from frozen Russian assets.", [[true, "financial", "committed"]]],
    ["Taiwan will receive $80 million in Foreign Military Financing.", [[true, "military"]]],
  ])("%s", (text, expected) => {
    check(text, expected, "en");
  });
});

describe("money that is not aid (POLICY.md's exclusions)", () => {
  it.each([
    "美国国务院批准向台湾出售价值3亿美元的武器。",
    "美方宣布对台军售，总值约3.3亿美元。",
    "联合国估计，乌克兰的重建费用将达到4860亿美元。",
    "世界银行估计，加沙的基础设施损失约为185亿美元。",
    "德国政府设立了1000亿欧元的特别基金，以加强联邦国防军。",
    "俄罗斯2024年的国防开支预计将达到10.8万亿卢布。",
    "该国去年从中国进口了价值50亿美元的商品。",
    "美国财政部对币安处以43亿美元罚款。",
    "卡罗尔获得8330万美元的赔偿。",
    "乌克兰需要约4860亿美元用于重建。",
    "美国商务部向三星提供64亿美元的芯片补贴。",
    "欧盟委员会决定向匈牙利释放100亿欧元的凝聚基金。",
    "中国进出口银行向该国一家私营企业提供了3亿美元商业贷款。",
    "香港各界捐款仍高达6.8亿港元，位居所有捐款地区首位。",
    "姆努钦表示，将围绕1万亿美元的补充援助措施开启谈判。",
    "众议院已通过民主党提出的提供额外3万亿美元援助的法案，但参议院拒绝考虑这项法案。",
    "美国政府有望为制造业从中国回流提供数百亿美元贷款。",
    "The city council approved a budget of $4.2 billion for next year.",
    "Apple paid €13bn in back taxes to Ireland.",
    "The State Department approved the possible sale of $619 million worth of F-16 munitions to Taiwan.",
    "The World Bank estimates Ukraine's reconstruction needs at $486 billion.",
    "Ukraine needs about $5bn a month in external financing to keep its budget afloat.",
  ])("%s", (text) => {
    for (const mention of decide(text, /^[A-Z]/.test(text) ? "en" : "zh")) expect(mention.isAid, mention.surface).toBe(false);
  });

  it("gives non-aid mentions no type and an unknown status", () => {
    expect(decide("这辆汽车售价二十五万元。")).toEqual([{ surface: "二十五万元", isAid: false, aidType: null, status: "unknown", cumulative: false }]);
  });
});
