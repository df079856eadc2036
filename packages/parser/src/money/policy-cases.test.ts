import { describe, expect, it } from "vitest";
import type { MoneyMention } from "../schema/money-mention.js";
import { extractFromField } from "./extract.js";

/**
 * POLICY.md's cases from 2023–24 aid coverage (bills, appeals, the EPF, USAID, IMF loans, who gives
 * to whom), each read twice: as a sentence of an article that is otherwise neutral, and of a
 * foreign-aid story. The answer must not depend on the headline.
 */

type Fields = Pick<MoneyMention, "surface" | "isAid" | "aidType" | "donor" | "recipient" | "status">;
/** Expected fields per mention; a missing field is not checked. */
type Expected = Partial<Fields> & { surface: string };

function mentions(text: string, foreignStory: boolean): Fields[] {
  const language = /^[A-Z]/.test(text) ? "en" : "zh";
  return extractFromField({ field: "text", text, language, foreignStory }).map(({ surface, isAid, aidType, donor, recipient, status }) => ({
    surface,
    isAid,
    aidType,
    donor,
    recipient,
    status,
  }));
}

const aid = (surface: string, aidType: MoneyMention["aidType"], donor: string | null, recipient: string | null, status: MoneyMention["status"]): Expected => ({
  surface,
  isAid: true,
  aidType,
  donor,
  recipient,
  status,
});
const notAid = (surface: string): Expected => ({ surface, isAid: false });

const CASES: [string, Expected[]][] = [
  // 1. Bills and packages: a bill's total is aid (mixed when it spans recipients), Congress's bill is the United States', its stage is the legislature's.
  ["参议院公布了一项1180亿美元的两党法案，其中包括对乌克兰、以色列的援助和边境安全资金。", [aid("1180亿美元", "mixed", "United States", "Ukraine; Israel", "proposed")]],
  ["这项950亿美元的一揽子法案包括向乌克兰提供的610亿美元。", [
    aid("950亿美元", "mixed", "United States", "Ukraine", "proposed"),
    { surface: "610亿美元", isAid: true, donor: "United States", recipient: "Ukraine", status: "proposed" },
  ]],
  ["拜登签署了950亿美元的援助法案。", [aid("950亿美元", "mixed", "United States", null, "approved")]],
  ["The Senate unveiled a $118 billion bill that includes $20.2 billion for the US border.", [
    aid("$118 billion", "mixed", "United States", null, "proposed"),
    notAid("$20.2 billion"),
  ]],
  ["众议院将分别表决对以色列的263.8亿美元援助和对乌克兰的608亿美元援助。", [
    { surface: "263.8亿美元", isAid: true, donor: "United States", recipient: "Israel", status: "proposed" },
    { surface: "608亿美元", isAid: true, donor: "United States", recipient: "Ukraine", status: "proposed" },
  ]],
  ["众议院周六通过的援乌法案包括608亿美元。", [{ surface: "608亿美元", isAid: true, donor: "United States", recipient: "Ukraine", status: "approved" }]],
  ["白宫要求国会批准1060亿美元的紧急拨款，用于援助以色列和乌克兰。", [aid("1060亿美元", "mixed", "United States", "Israel; Ukraine", "requested")]],
  // 2. Appeals and bodies with no named receiver.
  ["联合国发起了466亿美元的人道主义呼吁。", [aid("466亿美元", "humanitarian", "United Nations", null, "requested")]],
  ["国际社会承诺提供不少于20亿美元的重建援助。", [{ surface: "不少于20亿美元", isAid: true, donor: null, status: "committed" }]],
  ["世界银行宣布一项120亿美元的方案，帮助发展中国家购买和分发新冠疫苗。", [aid("120亿美元", "humanitarian", "World Bank", null, "committed")]],
  ["国际货币基金组织批准了一项500亿美元的紧急融资方案，以帮助受疫情冲击的国家。", [aid("500亿美元", "financial", "International Monetary Fund", null, "approved")]],
  ["中国宣布在两年内提供20亿美元国际援助，用于支持受疫情影响的国家。", [{ surface: "20亿美元", isAid: true, donor: "China", status: "committed" }]],
  // 3. The European Peace Facility and NATO's fund arm Ukraine.
  ["欧盟将通过欧洲和平基金再提供50亿欧元。", [aid("50亿欧元", "military", "European Union", null, "committed")]],
  ["北约秘书长斯托尔滕贝格提议设立一个1000亿美元的五年基金，用于援助乌克兰。", [aid("1000亿美元", "military", "NATO", "Ukraine", "proposed")]],
  // 4. A donor's budget for its aid agency is aid; the agency is funded, not aided.
  ["美国国际开发署每年的预算约为400亿美元。", [{ surface: "约为400亿美元", isAid: true, aidType: "unspecified", donor: "United States", recipient: null }]],
  ["国会每年为美国国际开发署拨款约400亿美元。", [{ surface: "约400亿美元", isAid: true, donor: "United States", recipient: null }]],
  // 5. Who gives to whom: "X援助" is aid for X; the one asked gives; an IMF deal is a loan to the other party.
  ["这笔乌克兰援助共计608亿美元。", [{ surface: "608亿美元", isAid: true, donor: null, recipient: "Ukraine" }]],
  ["台湾援助部分包括20亿美元的外国军事融资。", [{ surface: "20亿美元", isAid: true, aidType: "military", donor: null, recipient: "Taiwan" }]],
  ["斯里兰卡向国际货币基金组织申请29亿美元的救助贷款。", [aid("29亿美元", "financial", "International Monetary Fund", "Sri Lanka", "requested")]],
  ["国际货币基金组织与巴基斯坦达成30亿美元的贷款协议。", [aid("30亿美元", "financial", "International Monetary Fund", "Pakistan", "committed")]],
  ["Pakistan reached a $3 billion deal with the IMF.", [aid("$3 billion", "financial", "International Monetary Fund", "Pakistan", "committed")]],
  // 6. A running total in English, with the cue opening the sentence.
  ["Since Russia's invasion, the United States has committed more than $44 billion in military aid to Ukraine.", [
    aid("more than $44 billion", "military", "United States", "Ukraine", "delivered"),
  ]],
  // Not aid, in either kind of story (POLICY.md's "Not aid").
  ["捐助国承诺为国际开发协会提供239亿美元的增资，这将使其贷款能力达到1000亿美元。", [{ surface: "239亿美元", isAid: true }, notAid("1000亿美元")]],
  ["外交关系理事会的报告称，中国2013年发起的“一带一路”计划中宣称的4,600亿美元的贷款方案，将使北京可能改写全球援助的规则。", [notAid("4,600亿美元")]],
  ["IMF表示，这可能让政府对今年下半年到期的约210亿美元债券再融资的能力受到抑制。", [notAid("约210亿美元")]],
  ["美国国务院批准向台湾出售价值约6.19亿美元的F-16战机导弹及相关设备。", [notAid("约6.19亿美元")]],
  ["德国设立了1000亿欧元的特别基金，用于更新联邦国防军的装备。", [notAid("1000亿欧元")]],
  ["美国商务部宣布根据《芯片法》向三星提供64亿美元的补贴。", [notAid("64亿美元")]],
  ["欧盟委员会决定向匈牙利解冻102亿欧元的凝聚基金。", [notAid("102亿欧元")]],
  ["世界银行估计，乌克兰的重建和复苏需求约为4860亿美元。", [notAid("约为4860亿美元")]],
  ["美国司法部宣布，币安同意支付43亿美元罚款，以了结相关指控。", [notAid("43亿美元")]],
  ["吉尔吉斯斯坦欠中国进出口银行约17亿美元的债务。", [notAid("约17亿美元")]],
];

describe("POLICY.md's 2023–24 cases, whatever the headline", () => {
  for (const foreignStory of [false, true]) {
    it.each(CASES)(`${foreignStory ? "aid story" : "neutral story"}: %s`, (text, expected) => {
      const got = mentions(text, foreignStory);
      expect(got.map((m) => m.surface)).toEqual(expected.map((e) => e.surface));
      expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
    });
  }
});
