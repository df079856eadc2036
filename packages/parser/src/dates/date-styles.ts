import { normaliseDateText } from "./date-text.js";
import { wallTimeToUtc } from "./zone-time.js";

/** A date read from one of the styles the archives use. */
export interface ReadDate {
  /** UTC milliseconds. */
  ms: number;
  /** How much of the time was written. */
  precision: "day" | "minute" | "second";
  /** The offset written in the date ("+0000", "GMT", "Z"), or the site zone used to read it. */
  zone: string;
  /** True when no zone was written and `zone` is the site's. */
  zoneAssumed: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
// North-American zone abbreviations that RFC 822 allows, plus the ones feeds use.
const NAMED_OFFSETS: Record<string, number> = {
  GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  CET: 60, CEST: 120, BST: 60, HKT: 480, SGT: 480, JST: 540, KST: 540,
};

// Every pattern is anchored and free of nested quantifiers, so none can backtrack badly on hostile input.
const RFC_2822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,4}|[+-]\d{2}:?\d{2})?$/;
const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?/;
const DAY_FIRST = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?:\s*-?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR_FIRST_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/**
 * "July 20, 2020 7:22 PM", "Jul 20, 2020 19:22 EDT", and JavaScript's own "Mon Jul 20 2020 19:22:17 GMT+0800":
 * the month's name first, then a 12- or 24-hour time and a zone, each optional.
 */
const MONTH_NAME_FIRST =
  /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?(?:\s+(?:(?:GMT|UTC)?([+-]\d{2}:?\d{2})|([A-Z]{1,4})))?)?$/;
/** The name of the zone JavaScript writes after its offset: " (Coordinated Universal Time)". */
const JS_ZONE_NAME = /(GMT[+-]\d{4}) \([A-Za-z ]+\)$/;
/** "20 July 2020", "Monday 20 July 2020": the RFC style without a time. */
const DAY_MONTH_NAME = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;
/** A label before the date: "发布时间：", "更新時間:", "Published:", "Updated on". */
const LABEL =
  /^(?:(?:(?:发布|發布|發佈|更新|最后更新|最後更新|发表|發表|出版|刊登)(?:时间|時間|日期|于|於)?|时间|時間)\s*[:：]?|(?:Published|Updated|Posted|Last updated)(?:\s+on)?\s*:?)\s*/i;
/** A zone written after the date: "(北京时间)", "台北時間", "GMT+8", "UTC-5". */
const ZONE_NOTE = /\s*[（(]?(北京时间|北京時間|台北时间|台北時間|香港时间|香港時間|美东时间|美東時間|美国东部时间|美國東部時間|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?)[）)]?$/i;
const ZONES_BY_NOTE: Record<string, string> = {
  北京时间: "Asia/Shanghai", 北京時間: "Asia/Shanghai", 台北时间: "Asia/Taipei", 台北時間: "Asia/Taipei",
  香港时间: "Asia/Hong_Kong", 香港時間: "Asia/Hong_Kong", 美东时间: "America/New_York", 美東時間: "America/New_York",
  美国东部时间: "America/New_York", 美國東部時間: "America/New_York",
};

/**
 * Reads a date in any style of the corpus: RFC 1123/2822 ("Wed, 29 Nov 2023 22:43:38 GMT",
 * "Sun, 28 Jun 2020 16:28:07 +0000"), ISO 8601 with or without zone ("2020-06-29T14:58:06.315Z",
 * "2020-07-20 19:22:17"), Chinese ("2020年 7月 20日"), day-first RFI style ("20/07/2020 - 17:50"),
 * "2020/07/20 19:22", "Jul 30th 2020", "July 20, 2020 7:22 PM", "20 July 2020", "20.07.2020"; after a label
 * ("发布时间：", "Updated:") and before a zone note ("(北京时间)", "GMT+8"). Beyond the corpus, the same
 * family's other ways (see date-text.ts): weekdays ("2020年7月20日 星期一"), 下午/晚上 and PM clocks, 点 as
 * the hour mark, Chinese numerals, unpadded ISO ("2020-7-20"), American "07/20/2020" where the day-first
 * reading is impossible, JavaScript's "Mon Jul 20 2020 19:22:17 GMT+0800". Dates without a zone are read
 * in `siteZone`.
 */
export function readDate(raw: string, siteZone: string): ReadDate | null {
  // The date div is read twice (to recognise it, then to pick the date): remember the last answer.
  if (raw === lastRaw && siteZone === lastZone) return lastRead;
  lastRead = readDateUncached(raw, siteZone);
  lastRaw = raw;
  lastZone = siteZone;
  return lastRead;
}

let lastRaw = "";
let lastZone = "";
let lastRead: ReadDate | null = null;

function readDateUncached(raw: string, siteZone: string): ReadDate | null {
  let text = raw.trim().replace(/\s+/g, " ");
  if (text.endsWith(")") && JS_ZONE_NAME.test(text)) text = text.replace(JS_ZONE_NAME, "$1");
  if (text.length < 8 || text.length > 64) return null;
  if (LABEL.test(text)) text = text.replace(LABEL, "");
  const rewritten = normaliseDateText(text);
  if (rewritten === null) return null;
  text = rewritten;
  // A zone note names the zone outright: the date is read in it and the zone is not assumed.
  const note = ZONE_NOTE.exec(text);
  if (note !== null && note.index > 0) {
    const named = ZONES_BY_NOTE[note[1]!];
    const offset = named === undefined ? offsetOfNote(note[1]!) : null;
    const minutes = offset === null ? 0 : offsetMinutes(offset);
    if (minutes === null || (named === undefined && offset === null)) return null;
    // An offset note: read the wall time as UTC, then move it by the offset.
    const read = readDateUncached(text.slice(0, note.index), named ?? "UTC");
    if (read === null || !read.zoneAssumed) return read;
    return { ms: read.ms - minutes * 60000, precision: read.precision, zone: offset ?? read.zone, zoneAssumed: false };
  }
  let m = ISO.exec(text);
  if (m) {
    const precision = m[4] === undefined ? "day" : m[6] === undefined ? "minute" : "second";
    const ms = (m[7] ?? "").padEnd(3, "0").slice(0, 3);
    return build(siteZone, m[8] ?? null, +m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), +ms, precision);
  }
  m = RFC_2822.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (month === undefined) return null;
    const precision = m[6] === undefined ? "minute" : "second";
    return build(siteZone, m[7] ?? null, +m[3]!, month, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), 0, precision);
  }
  m = CHINESE.exec(text);
  if (m) {
    const precision = m[4] === undefined ? "day" : m[6] === undefined ? "minute" : "second";
    return build(siteZone, null, +m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, precision);
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const precision = m[5] === undefined ? "day" : m[7] === undefined ? "minute" : "second";
    // The American order, month first ("06/24/2020"), only where the day-first reading is impossible.
    const monthFirst = m[2] === "/" && +m[3]! > 12 && +m[1]! <= 12;
    const [day, month] = monthFirst ? [+m[3]!, +m[1]!] : [+m[1]!, +m[3]!];
    return build(siteZone, null, +m[4]!, month, day, +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? 0), 0, precision);
  }
  m = YEAR_FIRST_SLASH.exec(text);
  if (m) {
    const precision = m[4] === undefined ? "day" : m[6] === undefined ? "minute" : "second";
    return build(siteZone, null, +m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, precision);
  }
  m = MONTH_NAME_FIRST.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    if (month === undefined) return null;
    if (m[4] === undefined) return build(siteZone, null, +m[3]!, month, +m[2]!, 0, 0, 0, 0, "day");
    let hour = +m[4];
    if (m[7] !== undefined) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (m[7].toLowerCase() === "p" ? 12 : 0);
    }
    const zone = m[8] ?? m[9] ?? null;
    return build(siteZone, zone, +m[3]!, month, +m[2]!, hour, +m[5]!, +(m[6] ?? 0), 0, m[6] === undefined ? "minute" : "second");
  }
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (month === undefined) return null;
    return build(siteZone, null, +m[3]!, month, +m[1]!, 0, 0, 0, 0, "day");
  }
  return null;
}

/** "GMT+8" → "+08:00" (an offset `build` reads), or null beyond ±14 hours. */
function offsetOfNote(note: string): string | null {
  const m = /([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(note);
  if (m === null || +m[2]! > 14) return null;
  return `${m[1]}${m[2]!.padStart(2, "0")}:${m[3] ?? "00"}`;
}

function build(
  siteZone: string,
  writtenZone: string | null,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  precision: ReadDate["precision"],
): ReadDate | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  if (writtenZone !== null) {
    const offset = offsetMinutes(writtenZone);
    if (offset === null) return null;
    const ms = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millisecond) - offset * 60000;
    return { ms, precision, zone: writtenZone, zoneAssumed: false };
  }
  const ms = wallTimeToUtc(siteZone, year, month, day, hour, minute, Math.min(second, 59), millisecond);
  return { ms, precision, zone: siteZone, zoneAssumed: true };
}

function offsetMinutes(zone: string): number | null {
  const named = NAMED_OFFSETS[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const minutes = +m[2]! * 60 + +(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === "-" ? -minutes : minutes;
}

/** Days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`. Arithmetic rather than a Date object: it showed in profiles. */
function daysIn(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}
