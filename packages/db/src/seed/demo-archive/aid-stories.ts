import type { DemoStory, DemoTopic } from "./demo-story.js";
import { zhCredits, zhDate, zhWeekdayDate } from "./demo-story.js";
import { introduce, organisations, person } from "./demo-people.js";
import { donors, enAmount, roundAmount, zhAmount } from "./money-words.js";
import type { SeededRandom } from "./seeded-random.js";

/**
 * Stories with aid figures, in the phrasings the aid-figures policy distinguishes: new pledges and tranches,
 * cumulative totals ("截至目前…已累计提供"), amounts with a conversion ("50亿欧元（约54亿美元）"), loans, and
 * humanitarian grants; plus English wire copy.
 */
const militaryItems = ["防空系统", "炮弹", "装甲车", "无人机", "反坦克武器", "冬季装备", "雷达设备"];

function ukraineMilitary(rng: SeededRandom, date: Date): DemoStory {
  const donor = rng.pick(donors);
  const usd = rng.pick([1.5e8, 2.5e8, 4e8, 6e8, 1e9, 1.3e9, 2e9, 2.7e9]);
  const amount = roundAmount(usd, donor.currency.perUsd);
  const cumulative = roundAmount(usd * rng.int(15, 60), donor.currency.perUsd);
  const speaker = person(rng);
  const items = rng.sample(militaryItems, 3).join("、");
  const converted = donor.currency.perUsd === 1 ? "" : `（约${zhAmount(usd)}美元）`;
  const nth = rng.int(8, 60);
  return {
    topic: "ukraine-aid",
    title: `${donor.zh}宣布向乌克兰提供${zhAmount(amount)}${donor.currency.zh}新一轮军事援助`,
    paragraphs: [
      `${donor.zh}政府发言人${introduce(speaker)}${zhWeekdayDate(date)}宣布，${donor.zh}将向乌克兰提供价值${zhAmount(amount)}${donor.currency.zh}${converted}的新一轮军事援助，其中包括${items}。`,
      `这是自2022年2月俄罗斯全面入侵乌克兰以来，${donor.zh}宣布的第${nth}批军事援助。${speaker.zh}说，这批装备将在未来几周内分批运抵。`,
      `截至目前，${donor.zh}已累计向乌克兰提供了约${zhAmount(cumulative)}${donor.currency.zh}的军事援助。`,
      `${introduce(rng.pick(organisations.slice(0, 1)))}秘书处当天表示，盟国将继续协调对乌克兰的支持。`,
      `分析人士指出，前线局势仍然胶着，乌克兰方面多次呼吁西方加快交付速度。`,
    ],
    tags: ["乌克兰", "军事援助"],
    category: "国际",
    image: rng.chance(0.7) ? { caption: `${zhDate(date)}，乌克兰士兵在前线附近检查新运抵的装备。`, credit: rng.pick(zhCredits) } : null,
    language: "zh",
  };
}

function ukraineBudget(rng: SeededRandom, date: Date): DemoStory {
  const lender = rng.pick(organisations.slice(1, 3));
  const total = rng.pick([1.56e10, 5e9, 2.2e9, 9e8]);
  const tranche = Math.round(total / rng.int(3, 8) / 1e7) * 1e7;
  const eu = roundAmount(rng.pick([5e9, 1.8e10, 5.4e10]), 0.92);
  const speaker = person(rng);
  return {
    topic: "ukraine-aid",
    title: `${lender.zh}批准向乌克兰拨付${zhAmount(tranche)}美元贷款`,
    paragraphs: [
      `${introduce(lender)}${zhWeekdayDate(date)}宣布，已批准向乌克兰拨付第${rng.int(2, 6)}笔约${zhAmount(tranche)}美元的资金，用于维持政府预算运转。`,
      `这笔资金是总额${zhAmount(total)}美元贷款计划的一部分，将帮助乌克兰支付公务员工资和养老金。`,
      `乌克兰财政部官员${introduce(speaker)}表示，今年的预算缺口仍有数十亿美元。`,
      `此前，欧盟承诺在2024年至2027年期间提供${zhAmount(eu)}欧元（约${zhAmount(eu / 0.92)}美元）的财政支持。`,
      `${lender.zh}在声明中说，乌克兰经济在战争中表现出韧性，但风险依然很高。`,
    ],
    tags: ["乌克兰", "财政援助"],
    category: "财经",
    image: null,
    language: "zh",
  };
}

const crises = [
  { from: "2020-01-20", to: "2022-06-30", place: "新冠疫情", recipient: "多个发展中国家", need: "疫苗和医疗物资" },
  { from: "2022-06-15", to: "2022-12-31", place: "巴基斯坦洪灾", recipient: "巴基斯坦", need: "帐篷、饮用水和食品" },
  { from: "2023-02-06", to: "2023-06-30", place: "土耳其和叙利亚地震", recipient: "土耳其和叙利亚", need: "救援和临时住所" },
  { from: "2023-10-10", to: "2025-06-30", place: "加沙人道危机", recipient: "加沙地带", need: "食品、药品和燃料" },
  { from: "2022-03-01", to: "2025-10-31", place: "乌克兰战事", recipient: "乌克兰", need: "过冬物资和医疗用品" },
] as const;

function humanitarian(rng: SeededRandom, date: Date): DemoStory {
  const iso = date.toISOString().slice(0, 10);
  const crisis = crises.find((one) => iso >= one.from && iso <= one.to) ?? crises[0];
  const donor = rng.pick(donors);
  const amount = roundAmount(rng.pick([5e6, 1.5e7, 3e7, 1e8]), donor.currency.perUsd);
  const agency = rng.pick(organisations.slice(3, 5));
  return {
    topic: "humanitarian-aid",
    title: `${donor.zh}向${crisis.recipient}提供${zhAmount(amount)}${donor.currency.zh}人道主义援助`,
    paragraphs: [
      `针对${crisis.place}，${donor.zh}${zhWeekdayDate(date)}宣布向${crisis.recipient}提供${zhAmount(amount)}${donor.currency.zh}的紧急人道主义援助，主要用于${crisis.need}。`,
      `援助将通过${introduce(agency)}等机构发放。${agency.zh}表示，目前的资金缺口仍然很大。`,
      `${person(rng).zh}在记者会上说：“我们呼吁更多国家伸出援手。”`,
      `另据报道，当地物价上涨，一袋面粉的价格已超过${rng.int(20, 80)}美元。`,
    ],
    tags: ["人道主义援助", crisis.place],
    category: "国际",
    image: rng.chance(0.5) ? { caption: `救援物资在${crisis.recipient}一处仓库装车。`, credit: rng.pick(zhCredits) } : null,
    language: "zh",
  };
}

function englishAid(rng: SeededRandom, date: Date): DemoStory {
  const donor = rng.pick(donors);
  const usd = rng.pick([2.5e8, 4e8, 7.25e8, 1.2e9, 2.7e9]);
  const amount = roundAmount(usd, donor.currency.perUsd);
  const total = roundAmount(usd * rng.int(20, 70), donor.currency.perUsd);
  const speaker = person(rng);
  const day = date.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
  const Donor = donor.en.replace(/^the /, "The ");
  return {
    topic: "ukraine-aid",
    title: `${Donor} pledges ${enAmount(amount, donor.currency.symbol)} in new aid for Ukraine`,
    paragraphs: [
      `${Donor} will provide ${enAmount(amount, donor.currency.symbol)} in new military assistance to Ukraine, spokesperson ${speaker.en} said on ${day}.`,
      `The package is the latest tranche since Russia's full-scale invasion in February 2022 and brings total aid from ${donor.en} to about ${enAmount(total, donor.currency.symbol)}.`,
      donor.currency.perUsd === 1
        ? `Separately, the World Bank approved a $1.5 billion loan to help Kyiv pay salaries and pensions.`
        : `That is roughly ${enAmount(usd, "$")} at current exchange rates.`,
      `Officials in Kyiv welcomed the announcement but urged partners to speed up deliveries before winter.`,
    ],
    tags: ["Ukraine", "aid"],
    category: "World",
    image: null,
    language: "en",
  };
}

function taiwanDonation(rng: SeededRandom, date: Date): DemoStory {
  const twd = rng.pick([3e7, 5e7, 1.2e8, 3.5e8]);
  const speaker = person(rng);
  return {
    topic: "ukraine-aid",
    title: `台湾民间与政府向乌克兰捐赠${zhAmount(twd)}新台币 用于重建与医疗`,
    paragraphs: [
      `台湾外交部门${zhWeekdayDate(date)}宣布，将通过民间捐款和政府拨款向乌克兰提供${zhAmount(twd)}新台币的人道援助，用于医院重建和过冬物资。`,
      `发言人${introduce(speaker)}表示，这笔款项将分两批拨付，首批已于本月汇出。`,
      `此前，台湾已向乌克兰及周边国家的难民累计捐助超过${zhAmount(twd * 4)}新台币。`,
    ],
    tags: ["乌克兰", "人道主义援助"],
    category: "台湾",
    image: null,
    language: "zh",
  };
}

export const aidTopics: readonly DemoTopic[] = [
  { id: "taiwan-donation", language: "zh", from: "2022-03-01", to: "2024-12-31", weight: 1, write: taiwanDonation },
  { id: "ukraine-military", language: "zh", from: "2022-02-24", to: "2025-10-31", weight: 9, write: ukraineMilitary },
  { id: "ukraine-budget", language: "zh", from: "2022-04-01", to: "2025-10-31", weight: 4, write: ukraineBudget },
  { id: "humanitarian", language: "zh", from: "2020-01-20", to: "2025-10-31", weight: 4, write: humanitarian },
  { id: "english-aid", language: "en", from: "2022-02-24", to: "2025-10-31", weight: 5, write: englishAid },
];
