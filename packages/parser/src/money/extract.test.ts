import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneyMentionSchema } from "../schema/money-mention.js";
import { extractMoneyMentions } from "./index.js";

const article = {
  title: "布林肯：北约盟国已提供超过1100亿美元",
  text: "布林肯表示，自战争开始以来，美国已向乌克兰提供了约770亿美元的援助。\n他指出，华盛顿的欧洲盟友已经提供了超过1100亿美元来支持基辅。\n澳大利亚将提供500亿澳币（约320亿美元）。",
  publishedAt: "2023-11-29T22:43:38Z",
  language: "zh",
};

describe("extractMoneyMentions", () => {
  const mentions = extractMoneyMentions(article);

  it("returns title mentions first, then text mentions, each in offset order", () => {
    expect(mentions.map((m) => [m.field, m.surface])).toEqual([
      ["title", "超过1100亿美元"],
      ["text", "约770亿美元"],
      ["text", "超过1100亿美元"],
      ["text", "500亿澳币"],
      ["text", "约320亿美元"],
    ]);
  });

  it("gives offsets and sentences that are exact substrings of their field", () => {
    for (const m of mentions) {
      const field = m.field === "title" ? article.title : article.text;
      expect(field.slice(m.start, m.end)).toBe(m.surface);
      expect(field).toContain(m.sentence);
      expect(m.sentence).toContain(m.surface);
    }
  });

  it("links a conversion to the mention it converts by index into the whole array", () => {
    expect(mentions[4]).toMatchObject({ equivalentOf: 3, qualifier: "approx", currency: "USD" });
    expect(mentions[3]).toMatchObject({ equivalentOf: null, currency: "AUD" });
    expect(mentions[4]!.isAid).toBe(mentions[3]!.isAid);
  });

  it("records the seed's figures as the policy does", () => {
    expect(mentions[1]).toMatchObject({
      amount: 77e9,
      currency: "USD",
      qualifier: "approx",
      isAid: true,
      aidType: "unspecified",
      donor: "United States",
      recipient: "Ukraine",
      status: "delivered",
      cumulative: true,
      sentence: "布林肯表示，自战争开始以来，美国已向乌克兰提供了约770亿美元的援助。",
    });
    expect(mentions[1]!.evidence).toEqual(expect.arrayContaining(["以来", "向乌克兰", "援助"]));
  });

  it.each([
    ["白宫要求国会批准240亿美元的对乌援助。", "requested"],
    ["美国国会批准了向乌克兰提供400亿美元援助。", "approved"],
    ["德国宣布向乌克兰追加提供5亿欧元军事援助。", "committed"],
    ["美國國會通過撥款法案，提供台灣3億美元的外國軍事融資。", "approved"],
    ["拜登要求国会拨款1060亿美元，其中610亿美元用于乌克兰。", "requested"],
    ["美国参议院以70票对29票通过950亿美元的援外法案。", "approved"],
    ["台湾将获得美国提供的8000万美元外国军事融资。", "committed"],
  ])("reads the status of %s as %s", (text, status) => {
    const [mention] = extractMoneyMentions({ title: "", text, publishedAt: null, language: "zh" });
    expect(mention).toMatchObject({ isAid: true, status });
  });

  it.each([
    // A request addressed to Congress: Congress receives nothing; the package spans two recipients.
    ["拜登政府已向国会提出1060亿美元的补充拨款请求，其中包括对乌克兰和以色列的援助。",
      { donor: "United States", recipient: "Ukraine; Israel", aidType: "mixed", status: "requested" }],
    // Russia owns the assets the G7 lends from; it gives nothing.
    ["七国集团同意利用冻结的俄罗斯资产向乌克兰提供500亿美元贷款。", { donor: "G7", recipient: "Ukraine" }],
    // A total goes to the recipients of the parts that follow it; each part to its own.
    ["这项950亿美元的一揽子援助法案包括向乌克兰提供的610亿美元、向以色列提供的260亿美元以及向印太地区提供的81亿美元。",
      { recipient: "Ukraine; Israel; Indo-Pacific", aidType: "mixed" }],
    ["The $95bn package includes $61bn for Ukraine, $26bn for Israel and $8bn for the Indo-Pacific.",
      { recipient: "Ukraine; Israel; Indo-Pacific" }],
    // "US aid" is from the US; "Ukraine aid" is for Ukraine.
    ["Congress approved $300 million in Ukraine aid as part of the defence bill.", { donor: "United States", recipient: "Ukraine", status: "approved" }],
    ["He criticised the $60bn in US aid to Ukraine.", { donor: "United States", recipient: "Ukraine" }],
    ["The UN appealed for $2.7bn to help 3m people in Gaza.", { recipient: "Gaza", status: "requested" }],
    // Money spent on aid is aid; a repayment is not.
    ["Last year Germany spent €7bn on military aid to Ukraine, second only to America.", { donor: "Germany", recipient: "Ukraine", aidType: "military" }],
    // A request to a named party is an appeal, though the party's name is blanked among the cue words.
    ["Mr Biden asked Congress for $106bn, including $61bn for Ukraine and $14bn for Israel.",
      { donor: "United States", recipient: "Ukraine; Israel", status: "requested" }],
    // Kinds listed each with its noun make a mixed package.
    ["日本将向乌克兰提供45亿美元的追加援助，其中包括人道援助和财政支持。", { donor: "Japan", recipient: "Ukraine", aidType: "mixed" }],
    ["Germany pledged €1.1 billion in humanitarian aid for Gaza and the West Bank.",
      { donor: "Germany", recipient: "Gaza; West Bank", aidType: "humanitarian", status: "committed" }],
    // The bill's owner, named before its total, gives; it receives none of the parts.
    ["参议院的1180亿美元法案包括向乌克兰提供的600亿美元援助和202亿美元的美国边境安全资金。",
      { donor: "United States", recipient: "Ukraine" }],
    // Debt forgiveness is aid (financial) to the debtor.
    ["日本宣布免除斯里兰卡约10亿美元的债务。", { donor: "Japan", recipient: "Sri Lanka", aidType: "financial", status: "committed" }],
    ["The Paris Club agreed to forgive Iraq's $30 billion in debt.", { recipient: "Iraq", aidType: "financial" }],
  ])("reads the parties of %s", (text, expected) => {
    const [mention] = extractMoneyMentions({ title: "", text, publishedAt: null, language: /^[A-Z]/.test(text) ? "en" : "zh" });
    expect(mention).toMatchObject({ isAid: true, ...expected });
  });

  it("reads money for a technology against censorship of a US broadcaster as no aid to the United States", () => {
    const text = "资金中还有700多万美元是用于资助能够对抗封锁美国之音等美国政府资助的广播机构提供的新闻的技术。";
    const [mention] = extractMoneyMentions({ title: "", text, publishedAt: null, language: "zh" });
    expect(mention).toMatchObject({ isAid: false, recipient: null });
  });

  it.each([
    // POLICY.md, "Further rules": idioms are mentions, never aid, whatever aid words stand around them.
    ["美国向乌克兰提供的每一美元援助都受到严格监督", { surface: "一美元", amount: 1, qualifier: "exact" }],
    ["美国国会议员表示，不会再给乌克兰一美元也不会给援助。", { surface: "一美元", amount: 1, qualifier: "exact" }],
    ["这位十亿美元富豪承诺向乌克兰提供援助。", { surface: "十亿美元", amount: 1e9, qualifier: "at_least" }],
  ])("reads the idiom in %s as a mention that is no aid", (text, expected) => {
    const [mention] = extractMoneyMentions({ title: "", text, publishedAt: null, language: "zh" });
    expect(mention).toMatchObject({ ...expected, currency: "USD", isAid: false, aidType: null, donor: null, recipient: null, status: "unknown" });
  });

  it("reads a repayment as no aid", () => {
    const [mention] = extractMoneyMentions({ title: "", text: "Mr Trump wants Ukraine to repay the aid with $500bn of minerals.", publishedAt: null, language: "en" });
    expect(mention).toMatchObject({ amount: 500e9, isAid: false });
  });

  it("produces records that satisfy the schema", () => {
    for (const m of mentions) expect(moneyMentionSchema.parse(m)).toEqual(m);
  });

  it("returns nothing for text without money, and for empty fields", () => {
    expect(extractMoneyMentions({ ...article, title: "北约外长会议", text: "没有金额。" })).toEqual([]);
    expect(extractMoneyMentions({ ...article, title: "", text: "" })).toEqual([]);
  });

  it("is deterministic", () => {
    expect(extractMoneyMentions(article)).toEqual(mentions);
  });

  it("never throws and keeps its invariants on arbitrary money-like text", () => {
    const pieces = [
      "美国", "向", "乌克兰", "提供", "了", "约", "超过", "近", "至", "到", "-", "亿", "万", "千", "百", "十", "数", "多", "1", "2",
      "0", "5", ".", ",", "，", "。", "\n", " ", "美元", "欧元", "元", "人民币", "港幣", "（", "）", "(", ")", "“", "”", "$", "€",
      "billion", "million", " dollars", "USD", "援助", "军售", "的", "以来", "和", "、", "億", "萬", "歐", "１", "２", "兆",
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (title, body) => {
        const found = extractMoneyMentions({ title, text: body, publishedAt: null, language: "zh" });
        found.forEach((m, i) => {
          const field = m.field === "title" ? title : body;
          expect(field.slice(m.start, m.end)).toBe(m.surface);
          expect(field).toContain(m.sentence);
          expect(moneyMentionSchema.safeParse(m).success).toBe(true);
          if (m.equivalentOf !== null) expect(m.equivalentOf).toBeLessThan(i);
          if (m.amountHigh !== null) expect(m.amountHigh).toBeGreaterThanOrEqual(m.amount);
        });
      }),
      { numRuns: 300 },
    );
  });
});
