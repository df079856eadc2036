/**
 * Rewrites the ways of writing a date that the styles of date-styles.ts leave out into one of those
 * styles, so that each style's pattern stays simple:
 * - a weekday anywhere ("2020-06-24 星期三", "2020年6月24日（周三）", "2020年6月24日 週三 20:15");
 * - a Chinese part of the day before the hour ("下午8:15", "晚上8点15分") or an English one after the time
 *   ("2020/06/24 8:15 PM"), turned into a 24-hour clock;
 * - 点 as the hour mark ("20点15分");
 * - a date in Chinese numerals ("二〇二〇年六月二十四日").
 * Returns null when the text is no date at all ("13:22 PM", "下午13点").
 */
export function normaliseDateText(text: string): string | null {
  // One cheap test keeps the dates of the usual styles (nearly all) from the passes below.
  if (!MAY_NEED_REWRITING.test(text)) return text;
  let out = text;
  if (WEEKDAY_TEST.test(out)) out = out.replace(WEEKDAY, " ").replace(/\s{2,}/g, " ").trim();
  if (CHINESE_NUMERAL_DATE.test(out)) out = out.replace(CHINESE_NUMERAL_DATE, chineseNumeralsToDigits);
  if (CHINESE_MERIDIEM_TEST.test(out)) {
    let bad = false;
    out = out.replace(CHINESE_MERIDIEM, (_, word: string, hour: string) => {
      const converted = toTwentyFourHour(+hour, PM_WORDS.has(word) ? "pm" : NOON_WORDS.has(word) ? "noon" : "am");
      if (converted === null) bad = true;
      return ` ${converted ?? 0}`;
    });
    if (bad) return null;
    out = out.replace(/\s{2,}/g, " ").trim();
  }
  out = out.replace(CHINESE_HOUR_MARK, (_, hour: string, minute: string | undefined) => `${hour}:${minute ?? "00"}`);
  // The English part of the day, after a date of digits only: month-name dates read it themselves.
  if (/^\d/.test(out) && ENGLISH_MERIDIEM.test(out)) {
    let bad = false;
    out = out.replace(ENGLISH_MERIDIEM, (_, hour: string, rest: string, letter: string) => {
      const converted = toTwentyFourHour(+hour, letter.toLowerCase() === "p" ? "pm" : "am");
      if (converted === null) bad = true;
      return `${converted ?? 0}${rest}`;
    });
    if (bad) return null;
  }
  return out;
}

/** A character or two that every rewrite below needs. */
const MAY_NEED_REWRITING = /[星週周禮礼午晨晚夜凌点點〇○零]|[一二三四五六七八九十]年|\d\s*[AaPp]\.?[Mm]/;

/** A Chinese weekday ("星期三", "（周三）", "週日"). */
const WEEKDAY_SOURCE = "[（(]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)]?";
const WEEKDAY_TEST = new RegExp(WEEKDAY_SOURCE);
const WEEKDAY = new RegExp(WEEKDAY_SOURCE, "g");

const CHINESE_MERIDIEM_SOURCE = "(上午|凌晨|早上|清晨|早晨|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間)\\s*(\\d{1,2})(?=\\s*[:：时時点點])";
const CHINESE_MERIDIEM_TEST = new RegExp(CHINESE_MERIDIEM_SOURCE);
const CHINESE_MERIDIEM = new RegExp(CHINESE_MERIDIEM_SOURCE, "g");
const PM_WORDS = new Set(["下午", "傍晚", "晚上", "晚间", "晚間", "夜间", "夜間"]);
const NOON_WORDS = new Set(["中午"]);

/** "20点15分", "20點": 点 as the hour mark, then minutes. */
const CHINESE_HOUR_MARK = /(\d{1,2})\s*[点點]\s*(\d{2})?\s*分?/;

/** "8:15 PM", "8:15:30 p.m." after a date of digits. */
const ENGLISH_MERIDIEM = /(\d{1,2})(:\d{2}(?::\d{2})?)\s*([AaPp])\.?[Mm]\.?$/;

/**
 * The hour of a 12-hour clock on a 24-hour one; null when it cannot be one ("13 PM"). 中午 is noon
 * for 11 and 12 ("中午12点") and after noon for the rest ("中午1点").
 */
function toTwentyFourHour(hour: number, part: "am" | "pm" | "noon"): number | null {
  if (hour < 0 || hour > 12) return null;
  if (part === "am") return hour === 12 ? 0 : hour;
  if (part === "noon") return hour >= 11 ? hour : hour + 12;
  return hour === 12 ? 12 : hour + 12;
}

const NUMERAL_DIGITS: Record<string, number> = {
  〇: 0, "○": 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号號]/;

function chineseNumeralsToDigits(_: string, year: string, month: string, day: string): string {
  let digits = "";
  for (const ch of year) digits += String(NUMERAL_DIGITS[ch]);
  return `${digits}年${chineseNumber(month)}月${chineseNumber(day)}日`;
}

/** 一 … 九, 十, 十一 … 十九, 二十 … 三十一 (what a month or a day can be); 0 for anything else. */
function chineseNumber(text: string): number {
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 ? (NUMERAL_DIGITS[text] ?? 0) : 0;
  const tens = ten === 0 ? 1 : (NUMERAL_DIGITS[text.slice(0, ten)] ?? 0);
  const unit = ten === text.length - 1 ? 0 : (NUMERAL_DIGITS[text.slice(ten + 1)] ?? 0);
  return text.length > 3 ? 0 : tens * 10 + unit;
}
