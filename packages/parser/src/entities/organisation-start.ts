/**
 * Where an organisation's name starts when words of the sentence are glued before it: most names of
 * agencies, institutes and broadcasters open with the country or region they belong to (美国疾病控制中心,
 * 德国电视二台, 世界动物卫生组织), so words before the first such place in the run are the sentence's
 * (因|美国石油协会, 今年四月|美国疾病控制中心, 紧随|美国宇航局, 猪流感非属|世界动物卫生组织).
 * Only the first place counts: 中国国际电视台 and 伊朗半官方媒体伊朗学生通讯社 start at their first.
 * Used for names glossed by an acronym only: a name glossed in full often opens with a person's or a
 * city's name (彼得森国际经济研究所, 斯德哥尔摩国际和平研究所, 上海美国商会), and 国际 and 全球 are
 * left out, as they are inside names at least as often (战略暨国际研究中心).
 */

/** Places organisation names open with, Simplified and Traditional. */
const OPENING_PLACES = [
  "美国", "美國", "英国", "英國", "中国", "中國", "德国", "德國", "法国", "法國", "日本", "韩国", "韓國",
  "台湾", "台灣", "香港", "澳门", "澳門", "印度", "俄罗斯", "俄羅斯", "加拿大", "澳大利亚", "澳大利亞", "澳洲",
  "欧洲", "歐洲", "欧盟", "歐盟", "世界", "联合国", "聯合國", "伊朗", "以色列",
  "苏格兰", "蘇格蘭", "意大利", "西班牙", "巴西", "非洲", "亚洲", "亞洲", "瑞士", "荷兰", "荷蘭", "新加坡",
  "马来西亚", "馬來西亞", "泰国", "泰國", "越南", "菲律宾", "菲律賓", "巴基斯坦", "土耳其", "乌克兰", "烏克蘭",
  "北约", "北約", "朝鲜", "朝鮮", "瑞典", "挪威", "丹麦", "丹麥", "芬兰", "芬蘭", "波兰", "波蘭", "墨西哥",
];

/**
 * What may stand before a place inside a name: 驻美国台北经济文化代表处, 国立台湾大学, 全美…, 泛欧…,
 * 皇家… — a run that has one of these right before its first place is left whole.
 */
const NAME_PREFIXES = /(?:驻|駐|国立|國立|私立|公立|市立|省立|州立|县立|縣立|皇家|全|泛|大|新|前)$/;

/** The longest run of words before the place that is still cut (项计划只限于有|英国海外国民护照). */
const MAX_LEAD_IN = 8;

/** `zh` from its first opening place, when words no name has come before it; else `zh` unchanged. */
export function trimToOrganisationStart(zh: string): string {
  let first = -1;
  for (const place of OPENING_PLACES) {
    const at = zh.indexOf(place);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first <= 0 || first > MAX_LEAD_IN || zh.length - first < 4) return zh;
  return NAME_PREFIXES.test(zh.slice(0, first)) ? zh : zh.slice(first);
}
