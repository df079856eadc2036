import { describe, expect, it } from "vitest";
import { extractBilingualNames } from "./bilingual-names.js";

describe("extractBilingualNames", () => {
  it.each([
    ["美国国务卿安东尼·布林肯（Antony Blinken）周三表示", "安东尼·布林肯", "Antony Blinken"],
    ["布林肯还与乌克兰外交部长德米特罗·库列巴（Dmytro Kuleba）举行了单独会谈", "德米特罗·库列巴", "Dmytro Kuleba"],
    ["北约秘书长延斯·斯托尔滕贝格（Jens Stoltenberg）表示", "延斯·斯托尔滕贝格", "Jens Stoltenberg"],
    ["北马其顿正在其首都斯科普里主持欧洲安全与合作组织（OSCE）的外长会议", "欧洲安全与合作组织", "OSCE"],
    ["他形容乔·拜登(Joe Biden)对中国手软", "乔·拜登", "Joe Biden"],
    ["被视为是《香港自治法》（Hong Kong Autonomy Act）的加强版", "香港自治法", "Hong Kong Autonomy Act"],
    ["由民主党联邦参议员范.荷伦（Sen. Chris Van Hollen, D-MD）推出", "范.荷伦", "Chris Van Hollen"],
    ["以振興他們遭俗稱武漢肺炎的2019年冠狀病毒疾病(COVID-19)衝擊的經濟", "2019年冠狀病毒疾病", "COVID-19"],
    ["印度德里旅馆和餐饮业所有者协会（DHROA）表示", "印度德里旅馆和餐饮业所有者协会", "DHROA"],
    ["法國財政部長勒麥爾(Bruno Le Maire)今天表示", "勒麥爾", "Bruno Le Maire"],
    ["加州大学洛杉矶分校的白睿文教授（Michael Berry）说", "白睿文", "Michael Berry"],
    // Roles before a name, and generic words inside an organisation's name
    ["保守派电影制作人迈克尔·帕克（Michael Pack）", "迈克尔·帕克", "Michael Pack"],
    ["威胁情报工程师阿普尔瓦·库马尔（Apurva Kumar）说", "阿普尔瓦·库马尔", "Apurva Kumar"],
    ["两届奥运会短道速滑金牌得主沈锡希（Shim Suk-hee）", "沈锡希", "Shim Suk-hee"],
    ["美国战略与国际研究中心（Center for Strategic and International Studies）的报告", "美国战略与国际研究中心", "Center for Strategic and International Studies"],
    ["伦敦国王学院（King's College London）教授", "伦敦国王学院", "King's College London"],
    ["民兵组织塔利班（Taliban）", "塔利班", "Taliban"],
    ["印度出口组织联合会（FIEO）表示", "印度出口组织联合会", "FIEO"],
    ["大西洋理事会网络治理计划（Cyber Statecraft Initiative）", "大西洋理事会网络治理计划", "Cyber Statecraft Initiative"],
    // Lead-in words that no list holds, cut where the transliteration starts
    ["RFA亚洲部专员巴特勒（Steven Butler）说", "巴特勒", "Steven Butler"],
    ["民调一路预测罗姆尼（Mitt Romney）胜出", "罗姆尼", "Mitt Romney"],
    ["日本政府内阁官房长官菅义伟（Yoshihide Suga）表示", "菅义伟", "Yoshihide Suga"],
    ["特朗普的侄女玛丽·L·特朗普（Mary L. Trump）", "玛丽·L·特朗普", "Mary L. Trump"],
    // Verbs and prepositions before an organisation's name
    ["庆祝活动没有遵守疾病控制与预防中心（CDC）的指引", "疾病控制与预防中心", "CDC"],
    ["目前任职于德国马歇尔基金会（German Marshall Fund）的研究员", "德国马歇尔基金会", "German Marshall Fund"],
    ["多国呼吁美国请签署禁止核武器条约（Treaty on the Prohibition of Nuclear Weapons）", "禁止核武器条约", "Treaty on the Prohibition of Nuclear Weapons"],
    // Initials, hyphens, digits, a space before the parenthesis, a translator's note inside it
    ["当选总统约瑟夫·R·拜登(Joseph R. Biden Jr.)表示", "约瑟夫·R·拜登", "Joseph R. Biden Jr."],
    ["德国联邦情报局前局长克劳斯-迪特尔•弗里切（Klaus-Dieter Fritsche）", "克劳斯-迪特尔•弗里切", "Klaus-Dieter Fritsche"],
    ["全球至少52万1384人死于2019冠状病毒疾病（COVID-19）", "2019冠状病毒疾病", "COVID-19"],
    ["德国总理默克尔 (Angela Merkel)周三说", "默克尔", "Angela Merkel"],
    ["一名叫李晓宇（Li Xiaoyu，音译）的男子", "李晓宇", "Li Xiaoyu"],
    ["北方邦警察局长J·P·亚达夫（J.P. Yadav）说", "J·P·亚达夫", "J.P. Yadav"],
    ["英国内政大臣帕特尔（Priti Patel，又译彭黛玲）说", "帕特尔", "Priti Patel"],
    // A name and its acronym in the parenthesis; two organisations joined by a conjunction
    ["中国人权捍卫者网络（Chinese Human Rights Defenders，CHRD）指出", "中国人权捍卫者网络", "Chinese Human Rights Defenders"],
    ["美国哈佛大学和麻省理工学院（MIT）的研究", "麻省理工学院", "MIT"],
    ["欧洲安全与合作组织（OSCE）", "欧洲安全与合作组织", "OSCE"],
    // A date or a count before the name; verbs, counters and grammar words no earlier list held
    ["是 5 月 17 日叙利亚国家通讯社( SANA )的报道", "叙利亚国家通讯社", "SANA"],
    ["向香港多达300万英国海外公民（BNO）护照持有者", "英国海外公民", "BNO"],
    ["一辆卡车到达肯特郡（Kent）", "肯特郡", "Kent"],
    ["油价得益于石油输出国组织（OPEC）减产", "石油输出国组织", "OPEC"],
    ["他买了一张达美航空（Delta Air Lines）的机票", "达美航空", "Delta Air Lines"],
    ["该片获普利策奖（Pulitzer Prize）提名", "普利策奖", "Pulitzer Prize"],
    ["德国研究人员郑国恩（Adrian Zenz）说", "郑国恩", "Adrian Zenz"],
    ["他的一个兄弟约翰·P·施米茨（John P. Schmitz）", "约翰·P·施米茨", "John P. Schmitz"],
    ["英国一位妈妈露易丝·希尔（Louise Hill）", "露易丝·希尔", "Louise Hill"],
    ["领事馆位于得克萨斯州城市休斯敦（Houston）", "休斯敦", "Houston"],
    ["美国黑人娱乐电视网（BET）", "美国黑人娱乐电视网", "BET"],
    ["消息一出，紧随美国宇航局（NASA）之后", "美国宇航局", "NASA"],
    ["电视名人金·卡戴珊（Kim Kardashian）", "金·卡戴珊", "Kim Kardashian"],
    ["岸田文雄（Fumio Kishida）说", "岸田文雄", "Fumio Kishida"],
    ["香港学者曾锐生（Steve Tsang）说", "曾锐生", "Steve Tsang"],
    ["韩国铁人三项选手崔淑贤（Choi Suk-hyeon，音）", "崔淑贤", "Choi Suk-hyeon"],
    ["1974年理查德·M·尼克松（Richard M. Nixon）辞职", "理查德·M·尼克松", "Richard M. Nixon"],
    ["3月的采购经理人指数（PMI）", "采购经理人指数", "PMI"],
    ["倡导团体人权观察（Human Rights Watch）", "人权观察", "Human Rights Watch"],
    ["印度外交部美洲司司长戴国澜（Gourangalal Das）", "戴国澜", "Gourangalal Das"],
    ["印度的共和国电视（Republic TV）", "共和国电视", "Republic TV"],
    ["中间偏右的公民纲领党（Civic Platform）", "公民纲领党", "Civic Platform"],
    ["纽约市律师公会（New York City Bar Association）", "纽约市律师公会", "New York City Bar Association"],
    ["美聯社和英國廣播公司（BBC）報導", "英國廣播公司", "BBC"],
    ["经济学家马歇尔（Alfred Marshall ，1842-1924）", "马歇尔", "Alfred Marshall"],
  ])("%s", (text, zh, en) => {
    expect(extractBilingualNames(text)).toEqual([{ zh, en }]);
  });

  it.each([
    ["dates", "一名示威者手持旗帜（2020年6月12日）"],
    ["photo credits", "港元纸币。（美联社照片）"],
    ["English before the parenthesis", "the Act (Hong Kong Autonomy Act)"],
    ["lower-case remarks", "他说（and so on）"],
    ["stock tickers", "阿里巴巴(BABA.N)去年11月在香港上市"],
    ["pronouns", "这让他们(FBI)很难办"],
    ["an English gloss after a space", "品牌的第一步是建立認知 (Recognition)"],
  ])("skips %s", (_name, text) => {
    expect(extractBilingualNames(text)).toEqual([]);
  });

  it("keeps a title word that is inside an organisation's name (学生 in 伊朗学生通讯社)", () => {
    const [pair] = extractBilingualNames("据伊朗学生通讯社（ISNA）报道");
    expect(pair).toEqual({ zh: "伊朗学生通讯社", en: "ISNA" });
  });

  it("reports each pair once, in order", () => {
    const text = "延斯·斯托尔滕贝格（Jens Stoltenberg）说。安东尼·布林肯（Antony Blinken）说。延斯·斯托尔滕贝格（Jens Stoltenberg）又说。";
    expect(extractBilingualNames(text).map((e) => e.en)).toEqual(["Jens Stoltenberg", "Antony Blinken"]);
  });
});
