import type { GazetteerRow } from "./gazetteer-countries.js";

/**
 * Blocs, international bodies, aid agencies and loose groups of donors, by canonical English name.
 * Same row layout as the country table. A body's organs count as the body (欧盟委员会 → European
 * Union, 联合国中央应急基金 → United Nations), as POLICY.md's examples do.
 */
export const BODY_ROWS: readonly GazetteerRow[] = [
  ["European Union", "欧盟|欧洲联盟|欧盟委员会|欧盟执委会|欧委会|欧洲委员会|欧洲理事会|欧盟理事会|欧盟峰会|欧洲议会|欧盟国家|欧盟成员国|欧方|欧洲和平基金|欧洲和平融资机制", "European Union|EU|E.U.|European Commission|European Council|European Parliament"],
  ["NATO", "北约|北大西洋公约组织|北约盟国|北约成员国", "NATO|Nato|North Atlantic Treaty Organization"],
  ["G7", "七国集团|七大工业国|G7|七国峰会", "G7|Group of Seven"],
  ["G20", "二十国集团|G20", "G20|Group of 20"],
  ["United Nations", "联合国|联合国中央应急基金|中央应急基金|联合国大会|联合国安理会|联合国秘书处", "United Nations|UN|U.N.|CERF"],
  ["World Bank", "世界银行|世行|国际开发协会", "World Bank|International Development Association|IDA"],
  ["International Monetary Fund", "国际货币基金组织|国际货币基金|国际货币基金会|IMF", "International Monetary Fund|IMF"],
  ["Asian Development Bank", "亚洲开发银行|亚开行|亚行", "Asian Development Bank|ADB"],
  ["Asian Infrastructure Investment Bank", "亚洲基础设施投资银行|亚投行", "Asian Infrastructure Investment Bank|AIIB"],
  ["European Investment Bank", "欧洲投资银行", "European Investment Bank|EIB"],
  ["European Bank for Reconstruction and Development", "欧洲复兴开发银行|欧洲复兴银行", "European Bank for Reconstruction and Development|EBRD"],
  ["World Health Organization", "世界卫生组织|世卫组织|世卫", "World Health Organization|WHO"],
  ["World Food Programme", "世界粮食计划署|世界粮食署|世界粮食计划|粮食计划署", "World Food Programme|World Food Program|WFP"],
  ["UNICEF", "联合国儿童基金会", "UNICEF|Unicef"],
  ["UNHCR", "联合国难民署|联合国难民事务高级专员办事处|联合国难民署", "UNHCR|UN Refugee Agency"],
  ["UNRWA", "近东救济工程处|联合国近东巴勒斯坦难民救济和工程处|联合国近东救济工程处", "UNRWA"],
  ["OCHA", "联合国人道主义事务协调厅|人道协调厅|联合国人道事务协调办公室", "OCHA"],
  ["International Committee of the Red Cross", "红十字国际委员会|国际红十字委员会", "International Committee of the Red Cross|ICRC"],
  ["Red Cross Society of China", "中国红十字会", "Red Cross Society of China"],
  ["Turkish Red Crescent", "土耳其红新月会", "Turkish Red Crescent"],
  ["African Union", "非洲联盟|非盟", "African Union"],
  ["ASEAN", "东盟|东南亚国家联盟", "ASEAN|Asean"],
  ["Gulf Cooperation Council", "海湾合作委员会|海合会", "Gulf Cooperation Council|GCC"],
  ["Export-Import Bank of China", "中国进出口银行|进出口银行", "Export-Import Bank of China|China Exim|Exim Bank"],
  ["China Development Bank", "国家开发银行|国开行", "China Development Bank"],
  ["European allies", "欧洲盟友|欧洲盟国|欧洲伙伴", "European allies|European partners"],
  ["Western countries", "西方国家|西方盟友|西方盟国|西方各国|西方", "Western countries|Western allies|the West"],
  ["European countries", "欧洲国家|欧洲各国", "European countries"],
  ["Gulf states", "海湾国家|海湾阿拉伯国家", "Gulf states"],
];

/** Names that contain a gazetteer name but mean something else (马里兰 is not Mali). */
export const BLOCKED_NAMES: readonly string[] = [
  "马里兰", "马里乌波尔", "阿曼达", "沿海地", "内蒙古", "华盛顿邮报", "华盛顿州", "其中方", "集中方", "完美方",
  "平台方", "西方面", "中国家", "美国之音", "德国之声", "法国国际广播电台", "英国广播公司", "中国数字时代",
  "中国日报", "中国时报", "日本经济新闻", "俄罗斯卫星通讯社", "俄罗斯今日电视台", "中国环球电视网", "Voice of America", "Latin America", "South America", "North America",
  "Central America", "Latin American", "Washington Post", "Washington state", "American Express",
];

/** Names that stand for a body or state only in context (布鲁塞尔: the EU, NATO or Belgium). */
export const CONTEXTUAL_ROWS: readonly (readonly [canonical: string, zh: string, en: string, alternatives: string])[] = [
  ["European Union", "布鲁塞尔", "Brussels", "NATO|Belgium"],
];

/**
 * Aid agencies, as written: they give for their state (美国国际开发署 → United States), so a name of
 * theirs after 为/向 is the donor's own agency being funded, never a recipient, and their budget is
 * aid (POLICY.md: "a donor's budget for its aid agency such as USAID's 400亿").
 */
export const AID_AGENCY_NAMES: ReadonlySet<string> = new Set([
  "美国国际开发署", "USAID", "U.S. Agency for International Development", "US Agency for International Development",
]);

/**
 * Funds that donors run to arm Ukraine, as written (POLICY.md: the EU's European Peace Facility, NATO's
 * fund: aid, military). The name is a party (欧洲和平基金 → European Union) and so blanked in the cue
 * text: its being an aid fund is read from the name.
 */
export const MILITARY_AID_FUND_NAMES: ReadonlySet<string> = new Set(["欧洲和平基金", "欧洲和平融资机制"]);

/**
 * Official lenders whose loan programmes are aid (POLICY.md: "IMF loan programmes", loans given as aid):
 * a deal with one of them is a loan to the other party. State banks that lend on commercial terms
 * (China Exim) are not here.
 */
export const OFFICIAL_LENDERS: ReadonlySet<string> = new Set([
  "International Monetary Fund", "World Bank", "Asian Development Bank", "Asian Infrastructure Investment Bank",
  "European Investment Bank", "European Bank for Reconstruction and Development",
]);
