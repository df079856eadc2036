import type { ArticleBlock } from "../schema/article-block.js";

/**
 * Places reporters file from, as credits and datelines write them after the name ("自由亚洲电台记者黄春梅
 * 台北报道", "美国之音记者张三华盛顿报道"): Chinese writes the name and the place without a break, so
 * only a known place tells where the name ends.
 */
export const CREDIT_PLACES = [
  "华盛顿", "華盛頓", "台北", "臺北", "香港", "纽约", "紐約", "伦敦", "倫敦", "东京", "東京", "首尔", "首爾",
  "旧金山", "舊金山", "洛杉矶", "洛杉磯", "巴黎", "柏林", "悉尼", "雪梨", "多伦多", "多倫多", "温哥华", "溫哥華",
  "曼谷", "北京", "上海", "日内瓦", "日內瓦", "布鲁塞尔", "布魯塞爾", "莫斯科", "新德里", "新加坡",
].join("|");

/**
 * A reporter's dateline opening the article, as newspapers and broadcasters of the family write it:
 * "【记者张三/台北报导】", "〔記者張三／台北報導〕", "美国之音记者张三华盛顿报道—", "本报驻东京记者 李四 东京报道".
 */
const BRACKETED_DATELINE =
  /^[【〔[（(]\s*(?:记者|記者)\s*([\u4e00-\u9fff]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,4})*)\s*[/／]\s*[^】〕\]）)\n]{1,12}?(?:报导|报道|報導|報道)\s*[】〕\]）)]/;
const OUTLET_DATELINE = new RegExp(
  String.raw`^[\u4e00-\u9fffA-Za-z]{0,10}?(?:特约|特約|驻\S{1,6}?|駐\S{1,6}?)?(?:记者|記者)\s*([\u4e00-\u9fff]{2,3}?)\s*(?:${CREDIT_PLACES})\S{0,6}?(?:报道|报导|報導|報道)`,
);

/** A staff line of its own among the first paragraphs: "本报记者 张三", "特約記者 李四". */
const STAFF_REPORTER = /^(?:本报记者|本報記者|本刊记者|本刊記者|特约记者|特約記者)\s*([\u4e00-\u9fff]{2,4})$/;

/**
 * An English byline line: "By John Smith", "By Jane Doe and John Smith", "BY JOHN SMITH". Only "by" may be
 * any case: every name word must be capitalised, or "By the way, he said" would be a byline.
 */
const BY_LINE = /^[Bb][Yy]\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}){0,3})\s*$/;

/** The reporter(s) a dateline or byline among the first paragraphs names, joined with ", "; or null. */
export function openingByline(blocks: readonly ArticleBlock[]): string | null {
  let seen = 0;
  for (const block of blocks) {
    if (block.type === "image" || block.type === "embed") continue;
    if (++seen > 3) break;
    const text = block.text.trim();
    const names =
      BRACKETED_DATELINE.exec(text)?.[1] ?? OUTLET_DATELINE.exec(text)?.[1] ?? STAFF_REPORTER.exec(text)?.[1] ?? englishByline(text);
    if (names) return names.split(/\s*(?:[、，,&]|\band\b)\s*/).filter((name) => name !== "").join(", ");
  }
  return null;
}

/** The names of a "By …" line, when it is one (short, every word capitalised). */
function englishByline(text: string): string | undefined {
  if (text.length > 80 || !/^by\s/i.test(text)) return undefined;
  return BY_LINE.exec(text)?.[1];
}
