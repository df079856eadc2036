import type { DemoStory, DemoTopic } from "./demo-story.js";
import { zhCredits, zhDate, zhWeekdayDate } from "./demo-story.js";
import { introduce, person } from "./demo-people.js";
import { zhAmount } from "./money-words.js";
import type { SeededRandom } from "./seeded-random.js";

/** Everyday news without aid figures (some with other money: revenue, budgets), so the aid filter has work to do. */
function economy(rng: SeededRandom, date: Date): DemoStory {
  const company = rng.pick([
    { zh: "示例电子", en: "Demo Electronics" },
    { zh: "示例汽车", en: "Demo Motors" },
    { zh: "示例能源", en: "Demo Energy" },
    { zh: "示例物流", en: "Demo Logistics" },
  ]);
  const revenue = rng.pick([3.2e9, 1.2e10, 4.5e10, 8.8e9]);
  const growth = rng.int(-12, 25);
  const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
  return {
    topic: "economy",
    title: `${company.zh}第${quarter}季度营收${zhAmount(revenue)}元 同比${growth >= 0 ? "增长" : "下降"}${Math.abs(growth)}%`,
    paragraphs: [
      `${introduce(company)}${zhWeekdayDate(date)}公布财报，第${quarter}季度营收达到${zhAmount(revenue)}元人民币，同比${growth >= 0 ? "增长" : "下降"}${Math.abs(growth)}%。`,
      `公司首席财务官${introduce(person(rng))}表示，海外市场需求${growth >= 0 ? "回暖" : "疲软"}，原材料成本仍在高位。`,
      `分析师预计，全年净利润约为${zhAmount(revenue * 0.08)}元。公司股价当天${rng.chance(0.5) ? "上涨" : "下跌"}${rng.int(1, 9)}%。`,
    ],
    tags: ["经济", "财报"],
    category: "财经",
    image: null,
    language: "zh",
  };
}

function hongKong(rng: SeededRandom, date: Date): DemoStory {
  const speaker = person(rng);
  const subject = rng.pick(["立法会选举安排", "国家安全法实施后的新闻自由", "区议会改革", "大学校园言论空间"]);
  return {
    topic: "hong-kong",
    title: `香港${subject}引发各界关注`,
    paragraphs: [
      `香港特区政府${zhWeekdayDate(date)}就${subject}作出回应，称相关安排符合法律规定。`,
      `多个民间团体对此表示担忧。学者${introduce(speaker)}接受采访时说，社会需要更多公开讨论的空间。`,
      `${zhDate(date)}，数十名市民在中环聚集，表达不同意见，现场秩序大致平稳。`,
      `特区政府发言人表示，将继续听取各方意见。`,
    ],
    tags: ["香港"],
    category: "港澳",
    image: rng.chance(0.6) ? { caption: `${zhDate(date)}，香港中环街景。`, credit: rng.pick(zhCredits) } : null,
    language: "zh",
  };
}

function taiwan(rng: SeededRandom, date: Date): DemoStory {
  const speaker = person(rng);
  const year = date.getUTCFullYear();
  return {
    topic: "taiwan",
    title: `台湾${year}年大选进入倒计时 选民关注经济与两岸议题`,
    paragraphs: [
      `距离台湾${year === 2019 ? 2020 : year}年总统及立法委员选举已不足两个月，各阵营加紧造势。`,
      `民调显示，经济发展、住房价格和两岸关系是选民最关心的议题。政治学者${introduce(speaker)}分析说，年轻选民的投票率可能决定选举结果。`,
      `中央选举委员会表示，投票将于上午8时开始，下午4时结束。`,
    ],
    tags: ["台湾", "选举"],
    category: "台湾",
    image: null,
    language: "zh",
  };
}

function climate(rng: SeededRandom, date: Date): DemoStory {
  const speaker = person(rng);
  return {
    topic: "climate",
    title: `联合国气候大会开幕 各国就减排目标展开谈判`,
    paragraphs: [
      `联合国气候变化大会${zhWeekdayDate(date)}开幕，近200个国家的代表将就减排目标和气候资金展开谈判。`,
      `发达国家此前承诺每年提供1000亿美元气候资金，帮助发展中国家应对气候变化，但这一目标多年未能兑现。`,
      `环保组织代表${introduce(speaker)}说：“时间不多了，我们需要的是行动，而不是更多承诺。”`,
      `今年全球平均气温再创新高，多地遭遇极端高温和洪水。`,
    ],
    tags: ["气候变化"],
    category: "环境",
    image: rng.chance(0.5) ? { caption: "会场外，环保人士举着标语示威。", credit: rng.pick(zhCredits) } : null,
    language: "zh",
  };
}

function technology(rng: SeededRandom, date: Date): DemoStory {
  const speaker = person(rng);
  const subject = rng.pick(["人工智能芯片出口管制", "生成式人工智能监管", "电动汽车电池技术", "卫星互联网"]);
  return {
    topic: "technology",
    title: `${subject}成为业界焦点`,
    paragraphs: [
      `${subject}${zhWeekdayDate(date)}再度成为科技界讨论的焦点。`,
      `行业分析师${introduce(speaker)}认为，相关政策将深刻影响全球供应链格局。`,
      `多家企业表示正在评估影响，并考虑调整研发和生产布局。`,
      `专家提醒，技术竞争加剧的同时，国际合作仍不可或缺。`,
    ],
    tags: ["科技"],
    category: "科技",
    image: null,
    language: "zh",
  };
}

function pandemic(rng: SeededRandom, date: Date): DemoStory {
  const cases = rng.int(120, 9800);
  return {
    topic: "covid-19",
    title: `新冠疫情：单日新增${cases}例 卫生部门呼吁接种加强针`,
    paragraphs: [
      `卫生部门${zhWeekdayDate(date)}通报，过去24小时新增新冠确诊病例${cases}例。`,
      `官员${introduce(person(rng))}呼吁符合条件的民众尽快接种加强针，并在室内场所佩戴口罩。`,
      `多家医院表示，急诊压力有所上升，但整体医疗系统运转正常。`,
    ],
    tags: ["新冠疫情"],
    category: "健康",
    image: null,
    language: "zh",
  };
}

function culture(rng: SeededRandom, date: Date): DemoStory {
  const event = rng.pick(["国际电影节", "图书博览会", "传统音乐节", "当代艺术双年展"]);
  return {
    topic: "culture",
    title: `${zhDate(date).slice(0, 5)}${event}落幕 多部华语作品获奖`,
    paragraphs: [
      `为期十天的${event}${zhWeekdayDate(date)}落幕，共有来自${rng.int(20, 60)}个国家和地区的作品参展。`,
      `评审团主席${introduce(person(rng))}表示，今年的作品题材更加多元。`,
      `主办方说，参观人次超过${rng.int(5, 30)}万，创历史新高。`,
    ],
    tags: ["文化"],
    category: "文化",
    image: rng.chance(0.6) ? { caption: `${event}闭幕式现场。`, credit: rng.pick(zhCredits) } : null,
    language: "zh",
  };
}

function englishEconomy(rng: SeededRandom, date: Date): DemoStory {
  const rate = (rng.int(0, 22) / 4).toFixed(2);
  return {
    topic: "economy",
    title: `Central bank holds rates at ${rate}% as inflation cools`,
    paragraphs: [
      `The central bank kept its benchmark rate at ${rate}% on ${date.toLocaleDateString("en-US", { month: "long", day: "numeric", timeZone: "UTC" })}, citing slowing inflation.`,
      `Economist ${person(rng).en} said markets expect a cut within six months.`,
      `The government's budget deficit narrowed to $38 billion in the last quarter.`,
    ],
    tags: ["economy"],
    category: "Business",
    image: null,
    language: "en",
  };
}

export const generalTopics: readonly DemoTopic[] = [
  { id: "economy", language: "zh", from: "2019-01-01", to: "2025-10-31", weight: 5, write: economy },
  { id: "hong-kong", language: "zh", from: "2019-06-01", to: "2021-12-31", weight: 4, write: hongKong },
  { id: "taiwan", language: "zh", from: "2019-11-15", to: "2019-12-31", weight: 1, write: taiwan },
  { id: "taiwan-2024", language: "zh", from: "2023-11-15", to: "2023-12-31", weight: 1, write: taiwan },
  { id: "climate", language: "zh", from: "2019-01-01", to: "2025-10-31", weight: 3, write: climate },
  { id: "technology", language: "zh", from: "2019-01-01", to: "2025-10-31", weight: 4, write: technology },
  { id: "covid-19", language: "zh", from: "2020-01-20", to: "2022-12-31", weight: 3, write: pandemic },
  { id: "culture", language: "zh", from: "2019-01-01", to: "2025-10-31", weight: 3, write: culture },
  { id: "english-economy", language: "en", from: "2019-01-01", to: "2025-10-31", weight: 3, write: englishEconomy },
];
