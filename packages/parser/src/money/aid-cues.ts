import type { AidStatus, AidType } from "../schema/money-mention.js";
import { searchableUpTo, trieReach, trieSource } from "./regex-trie.js";

/**
 * The words that decide whether a money mention is an aid figure, and of what kind and status
 * (POLICY.md, "What counts as aid", "Cumulative totals vs new packages"), in Chinese (Simplified;
 * Traditional is folded first) and English. Matching runs on text where party names and other
 * mentions are masked, so 欧洲投资银行 never reads as 投资 and 挪威克朗 never as 挪威.
 */

export interface Cue<T extends string = string> {
  word: string;
  category: T;
  start: number;
  end: number;
}

/** Exclusion categories, from POLICY.md's "Not aid" list. */
export type ExclusionCategory =
  | "arms-sale"
  | "own-budget"
  | "subsidy"
  | "commercial"
  | "fine"
  | "cohesion"
  | "need"
  | "value"
  | "own-operations"
  /** Money given by people, firms, charities or campaigns, not by a government or international body. */
  | "private"
  /** Phrases that contain a cue word but are neither aid nor an exclusion (资产的收益, 支持率). */
  | "neutral";

type Table<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Words that make a sum aid: aid nouns and transfer verbs. */
export const AID_WORDS: Table<"aid-noun" | "transfer" | "appeal" | "loan"> = {
  "aid-noun": [
    "援助", "海外援助", "对外援助", "军援", "援款", "援外", "外援", "赠款", "捐款", "捐助", "救济", "救援", "支援", "人道", "赈灾", "救灾",
    "援乌", "援以", "援台", "财政支持", "预算支持", "军事支持", "经济支持", "资金支持", "支持计划", "援助计划",
    "一揽子", "安全援助", "军事援助", "补充拨款", "外国军事融资", "军事融资", "补充库存", "武器库存", "回补库存", "援助法案",
    // A peace fund arms Ukraine (POLICY.md: aid, military); the EU's own is a party name (see MILITARY_AID_FUND_NAMES).
    "和平基金", "紧急资金", "紧急融资", "紧急贷款", "重建资金", "援建", "免除债务", "债务减免",
    "aid", "assistance", "relief", "grant", "grants", "donation", "donations", "security assistance",
    "military support", "financial support", "budget support", "humanitarian", "weapons package",
    "aid package", "package", "packages", "emergency financing", "emergency lending", "Peace Facility", "debt relief", "Ukraine Facility",
    "Foreign Military Financing", "FMF", "drawdown", "replenish", "replenishing", "stockpiles",
  ],
  transfer: [
    "提供", "捐赠", "捐出", "捐献", "捐给", "拨款", "拨付", "划拨", "拨出", "拨给", "追加", "资助", "发放", "交付",
    "移交", "赠送", "赠予", "给予", "援助", "认捐", "支持", "帮助", "协助",
    // Debt forgiveness is aid (POLICY.md): "日本宣布免除斯里兰卡约10亿美元的债务".
    "免除", "减免", "豁免", "勾销", "forgive", "forgave", "forgiven", "forgiving", "write off", "wrote off", "written off",
    "provide", "provided", "provides", "providing", "give", "gave", "given", "pledge", "pledged", "pledges",
    "donate", "donated", "disburse", "disbursed", "deliver", "delivered", "send", "sent", "contribute",
    "contributed", "allocate", "allocated", "earmark", "earmarked", "commit", "committed", "grant", "granted",
    "offer", "offered", "help", "to help", "support", "received", "receives", "receive",
    "收到", "获得", "得到",
  ],
  appeal: [
    "呼吁", "筹集", "募集", "募款", "appeal", "appealed", "raise",
    // A government's request to its legislature: "a $106bn funding request, including $61bn for Ukraine".
    "funding request", "spending request", "supplemental request",
  ],
  /** A loan is aid when an official lender gives it to a state (POLICY.md's borderline rule); commercial loans are excluded. */
  loan: ["贷款", "贷款计划", "贷款担保", "优惠贷款", "loan", "loans", "loan guarantee"],
};

export const EXCLUSION_WORDS: Table<ExclusionCategory> = {
  "arms-sale": [
    "军售", "出售", "售予", "售台", "销售", "卖给", "购买", "购置", "采购", "订购", "买下", "军购", "采买",
    "arms sale", "arms sales", "sale", "sales", "sell", "sold", "selling", "buy", "bought", "purchase",
    "purchased", "procure",
  ],
  "own-budget": [
    "国防预算", "国防开支", "国防支出", "军费", "军事开支", "军事预算", "军事支出", "国防经费", "特别基金",
    "财政预算", "预算案", "赤字", "年度预算", "总预算", "本国军队", "联邦国防军", "支出计划", "开支计划", "支出", "开支",
    "defence budget", "defense budget", "military spending", "defence spending", "defense spending",
    "budget deficit", "deficit", "special fund",
    "失业救济", "失业金", "经济刺激", "刺激计划", "刺激方案", "纾困", "救市", "抗疫基金", "防疫抗疫基金",
    "stimulus", "bailout", "unemployment", "furlough", "pandemic relief", "coronavirus relief", "Covid relief",
  ],
  subsidy: [
    "补贴", "补助", "企业", "公司", "厂商", "参展商", "产业", "制造业", "工业", "半导体", "芯片法案", "制药商", "制药公司", "药企", "制造商",
    "生产商", "承包商", "开发商", "运营商", "研究经费", "科研经费", "大学", "高校",
    "subsidy", "subsidies", "incentives", "CHIPS Act", "company", "companies",
  ],
  commercial: [
    "商业贷款", "投资", "融资", "上市", "收购", "并购", "交易", "贸易", "进口", "出口", "顺差", "逆差", "合同",
    "订单", "主权债务", "国债", "债券", "债权", "股票", "股份", "估值", "市值", "营收", "利润", "销售额", "营业额", "欠债",
    "偿还", "还款", "抵债", "repay", "repaid", "repayment", "pay back",
    // Belt and Road lending is on commercial terms (POLICY.md: commercial loans are not aid).
    "一带一路", "Belt and Road",
    "commercial loan", "investment", "invest", "invested", "trade", "exports", "imports", "deal", "contract",
    "acquisition", "IPO", "bonds", "shares", "valuation", "market value", "revenue", "revenues", "profit",
    "profits",
  ],
  fine: [
    "罚款", "罚金", "处罚", "和解", "赔偿", "赔款", "索赔", "补偿", "损害赔偿",
    "fine", "fined", "settlement", "damages", "compensation", "penalty", "back taxes",
  ],
  cohesion: ["凝聚基金", "复苏基金", "结构基金", "欧盟资金", "cohesion fund", "cohesion funds", "recovery fund"],
  need: [
    "需要", "需求", "所需", "缺口", "重建成本", "重建费用", "损失", "损毁",
    "needs", "need", "shortfall", "funding gap", "losses", "damage",
  ],
  value: [
    "价格", "售价", "票价", "成本", "造价", "单价", "每枚", "每架", "每辆", "每人", "工资", "薪", "收入", "国内生产总值",
    // A lender's capacity is not a transfer (POLICY.md: the IDA's lending capacity is not aid).
    "贷款能力", "放贷能力", "融资能力", "lending capacity",
    "GDP", "经济规模", "外汇储备", "储备", "资产", "财富", "身家", "富豪", "汇率", "兑", "诈骗", "欺诈", "洗钱",
    "相差", "差距", "差额", "贪污", "受贿", "贿赂", "收款", "报酬", "酬劳", "贿款", "税", "关税", "房价", "租金", "市场规模", "花费", "耗资", "费用", "消费", "票房", "奖金",
    "price", "prices", "cost", "costs", "wage", "wages", "salary", "salaries", "reserves", "assets", "worth",
    "fraud", "tax", "taxes", "tariff", "tariffs", "rent", "spent", "billionaire", "fortune", "exchange rate",
  ],
  "own-operations": ["边境", "边界安全", "驻军", "本土防御", "border", "EUCOM", "CENTCOM"],
  private: [
    "民间捐款", "民间", "个人捐款", "粉丝", "竞选", "政治行动委员会", "捐款人", "捐赠人", "慈善", "善款", "众筹", "网友",
    "富豪", "企业家", "校友", "教会", "寺庙",
    "campaign", "super PAC", "PAC", "charity", "charities", "philanthropist", "crowdfunding", "temples", "fans",
  ],
  neutral: [
    "资产的收益", "资产收益", "资产的利润", "资产利润", "冻结资产", "支持率", "支持者", "支持度", "国防部", "援助国",
    "当前汇率", "按汇率", "汇率计算", "按照汇率", "金额",
    "need to", "needs to", "Defence Ministry", "Defense Department",
  ],
};

/** Type cues (POLICY.md's aidType). */
export const TYPE_WORDS: Table<Exclude<AidType, "mixed" | "unspecified">> = {
  military: [
    "军事", "军援", "武器", "弹药", "防空", "防御", "防御物资", "军事物资", "军用物资", "安全援助", "军备", "装备", "坦克", "导弹", "战机", "无人机", "炮弹",
    "军事融资", "和平基金", "和平融资", "安全援助倡议", "提款权", "国防", "武器库存", "补充库存",
    "military", "weapons", "arms", "ammunition", "munitions", "air defence", "air defense", "security assistance",
    "drawdown", "Foreign Military Financing", "FMF", "Peace Facility", "missiles", "tanks", "defence", "defense",
  ],
  humanitarian: [
    "人道", "人道主义", "震后重建", "灾后重建", "救济", "赈灾", "救灾", "难民", "灾民", "洪灾", "受灾", "紧急援助", "物资", "粮食", "食品", "医疗", "医药", "卫生", "疫苗", "灾后", "震后", "救援",
    "humanitarian", "relief", "refugees", "food", "medical", "health", "emergency aid",
  ],
  // Reconstruction names a purpose, not a kind: a reconstruction pledge is `unspecified` unless a
  // kind is named (POLICY.md); rebuilding after a disaster is relief, above.
  financial: [
    "财政", "经济", "预算支持", "经济援助", "经济支持", "宏观金融", "宏观财政", "贷款", "赠款", "债务减免", "免除债务",
    "公务员工资", "养老金", "资金援助", "融资", "紧急融资", "债务",
    "financial", "budget support", "economic", "macro-financial", "loan", "loans", "grant", "grants",
    "debt relief", "debt", "salaries", "financing",
  ],
};

/** Omnibus packages that span several kinds of aid by nature (POLICY.md: the $95bn supplemental). */
export const MIXED_WORDS: readonly string[] = [
  "对外援助法案", "外援法案", "补充拨款法案", "补充拨款", "補充撥款", "一揽子援助法案", "援外法案", "supplemental", "foreign aid bill",
  "foreign aid package",
];

export const STATUS_WORDS: Table<Exclude<AidStatus, "unknown">> = {
  requested: [
    "呼吁", "请求", "要求国会", "申请", "寻求", "吁请", "请国会", "要求拨款", "筹集", "募集", "敦促", "促请", "催促",
    "requested", "request", "asked", "appeal", "appealed", "called for", "seeking", "sought", "urged", "urging",
  ],
  proposed: [
    "提议", "提案", "提出", "拟议", "拟", "计划向", "计划提供", "计划拨", "计划在", "计划将", "考虑", "讨论", "草案",
    "议案", "建议", "酝酿", "设想",
    "proposed", "proposal", "proposes", "plans", "planned", "considering", "draft", "introduced",
  ],
  approved: [
    "通过", "批准", "签署", "核准", "放行", "授权",
    "approved", "approves", "passed", "passes", "signed", "cleared", "authorized", "authorised", "appropriated",
  ],
  committed: [
    // An official lender's deal ("与巴基斯坦达成…贷款协议", "reached a $3 billion deal") commits it.
    "达成", "reached", "宣布", "承诺", "将提供", "将向", "决定", "同意", "追加", "认捐", "保证", "誓言", "允诺", "将", "拨款", "将获得", "将收到",
    "pledged", "pledges", "announced", "announces", "committed", "commits", "agreed", "agrees", "will provide", "will give",
    "will send", "unveiled", "promised", "vowed", "will",
  ],
  delivered: [
    "已提供", "提供了", "已向", "已经", "已", "交付了", "运抵", "收到", "获得", "拨付了", "已拨付", "给予了", "捐赠了",
    "支付了", "缴纳了", "捐了", "拨了", "援助了", "出资了", "捐出了",
    "provided", "has provided", "have provided", "delivered", "disbursed", "sent", "gave", "has given",
    "have given", "received", "has sent", "have sent",
  ],
};

export const CUMULATIVE_WORDS: readonly string[] = [
  "以来", "迄今", "至今", "截至", "累计", "总计已", "总额已", "已累计", "共计已", "合计", "援助总额", "援助的总额",
  "援助总计",
  // English cues match case-sensitively: a sentence may open with them.
  "so far", "to date", "since", "Since", "So far", "To date", "in total", "cumulative", "altogether", "bringing its total", "bringing the total",
  "total of",
];

/**
 * Words that make a figure without a named recipient a domestic programme (a relief bill, a
 * stimulus) unless the story is about foreign aid at all (see `FOREIGN_STORY`).
 */
export const DOMESTIC_PROGRAMME = /法案|措施|方案|纾困|刺激|救济|失业|疫情|新冠|补贴|bill|stimulus|relief|package|pandemic/;

/**
 * Words that mark an article as a foreign-aid story: recipients in the news (the 2020 pandemic-aid
 * stories are about Africa, Pakistan, Sri Lanka, the WHO and 发展中国家), foreign-aid terms.
 */
export const FOREIGN_STORY =
  /乌克兰|以色列|台湾|加沙|巴勒斯坦|也门|苏丹|阿富汗|非洲|巴基斯坦|斯里兰卡|世卫|世界卫生组织|发展中国家|援外|外援|对外援助|海外援助|国际援助|军援|援乌|援以|援台|印太|Ukrain|Kyiv|Israel|Taiwan|Gaza|Africa|Pakistan|Sri Lanka|World Health Organization|developing countries|foreign aid|military aid/;

/**
 * Receivers abroad that the gazetteer cannot name (发展中国家 is blocked as a name, as it is no one
 * state): with one of them in a figure's words the money goes abroad, so it is not a domestic
 * programme, and they stand in for a recipient when deciding whether a giver gives.
 */
export const FOREIGN_TARGET =
  /发展中国家|贫穷国家|贫困国家|最贫穷的国家|受疫情影响的国家|受疫情冲击的国家|受影响的国家|其他国家|新兴经济体|国际援助|对外援助|援外|外援|developing countries|poor countries|poorer countries|emerging economies|foreign aid|international aid/;

/**
 * Givers the gazetteer cannot name (国际社会, 捐助国): they make a sum given, but there is no one donor
 * to record (POLICY.md: donor null when not stated).
 */
export const GENERIC_GIVER =
  /国际社会|国际捐助者|国际捐助方|捐助国|捐助方|捐助者|捐赠国|援助国|各国政府|国际伙伴|(?<![A-Za-z])(?:international community|donor countries|donor nations|donors)(?![A-Za-z])/;

/** Words of a loan deal: "与巴基斯坦达成30亿美元的贷款协议", "reached a $3 billion deal with the IMF". */
export const LENDER_DEAL =
  /协议|协定|安排|贷款|纾困|救助|(?<![A-Za-z])(?:deal|agreement|arrangement|loan|loans|bailout|programme|program|facility)(?![A-Za-z])/;

/** Compiles a table into one regex per table: category looked up from the matched word. */
export class CueMatcher<T extends string> {
  private readonly re: RegExp;
  /** What `re` reads from a match's start at most (see `searchableUpTo`). */
  private readonly reach: number;
  private readonly categories = new Map<string, T>();

  constructor(table: Table<T>) {
    const words: string[] = [];
    for (const [category, list] of Object.entries(table) as [T, readonly string[]][]) {
      for (const word of list) {
        if (!this.categories.has(word)) this.categories.set(word, category);
        words.push(word);
      }
    }
    const latin = words.filter((w) => /^[A-Za-z]/.test(w));
    const chinese = words.filter((w) => !/^[A-Za-z]/.test(w));
    const parts = [];
    if (chinese.length > 0) parts.push(trieSource(chinese));
    if (latin.length > 0) parts.push(`(?<![A-Za-z])(?:${trieSource(latin)})(?![A-Za-z])`);
    this.re = new RegExp(parts.join("|"), "g");
    this.reach = trieReach(words);
  }

  private last: { text: string; from: number; to: number; cues: Cue<T>[] } | null = null;

  /** All cues in `text[from, to)`, left to right (the last answer is kept: a sentence's figures ask in turn). */
  find(text: string, from: number, to: number): Cue<T>[] {
    const last = this.last;
    if (last !== null && last.text === text && last.from === from && last.to === to) return last.cues;
    const cues: Cue<T>[] = [];
    const searched = searchableUpTo(text, to, this.reach);
    this.re.lastIndex = from;
    for (let m = this.re.exec(searched); m !== null && m.index < to; m = this.re.exec(searched)) {
      const end = m.index + m[0].length;
      if (end > to) break;
      cues.push({ word: m[0], category: this.categories.get(m[0])!, start: m.index, end });
    }
    this.last = { text, from, to, cues };
    return cues;
  }
}

export const aidCues = new CueMatcher<"aid-noun" | "transfer" | "appeal" | "loan">(AID_WORDS);
export const exclusionCues = new CueMatcher<ExclusionCategory>(EXCLUSION_WORDS);
export const typeCues = new CueMatcher<Exclude<AidType, "mixed" | "unspecified">>(TYPE_WORDS);
export const mixedCues = new CueMatcher<"mixed">({ mixed: MIXED_WORDS });
export const statusCues = new CueMatcher<Exclude<AidStatus, "unknown">>(STATUS_WORDS);
export const cumulativeCues = new CueMatcher<"cumulative">({ cumulative: CUMULATIVE_WORDS });
