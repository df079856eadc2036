import type { SeededRandom } from "./seeded-random.js";

/**
 * Bilingual name pairs written 中文名（English Name）, as the archives write them. The people are invented (the
 * demo must not put words in real people's mouths); the organisations are real, so aid figures have real donors.
 */
export interface NamePair {
  zh: string;
  en: string;
}

export const spokespeople: readonly NamePair[] = [
  { zh: "艾米莉·卡特", en: "Emily Carter" },
  { zh: "约纳斯·韦伯", en: "Jonas Weber" },
  { zh: "索菲·勒克莱尔", en: "Sophie Leclerc" },
  { zh: "马克·霍尔顿", en: "Mark Holden" },
  { zh: "奥列娜·科瓦利", en: "Olena Koval" },
  { zh: "安德烈·彼得连科", en: "Andrii Petrenko" },
  { zh: "佐藤健一", en: "Kenichi Sato" },
  { zh: "林家豪", en: "Lin Chia-hao" },
  { zh: "陈美玲", en: "Chan Mei-ling" },
  { zh: "汉娜·尼尔森", en: "Hanna Nilsson" },
  { zh: "拉杰·梅塔", en: "Raj Mehta" },
  { zh: "伊莎贝拉·罗西", en: "Isabella Rossi" },
];

export const organisations: readonly NamePair[] = [
  { zh: "北大西洋公约组织", en: "NATO" },
  { zh: "国际货币基金组织", en: "International Monetary Fund" },
  { zh: "世界银行", en: "World Bank" },
  { zh: "联合国难民署", en: "UNHCR" },
  { zh: "世界粮食计划署", en: "World Food Programme" },
  { zh: "欧洲投资银行", en: "European Investment Bank" },
];

export function person(rng: SeededRandom): NamePair {
  return rng.pick(spokespeople);
}

/** "艾米莉·卡特（Emily Carter）" on first mention. */
export function introduce(pair: NamePair): string {
  return `${pair.zh}（${pair.en}）`;
}
