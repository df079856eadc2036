import type { MoneyQualifier } from "../schema/money-mention.js";

/**
 * Qualifier words around an amount (POLICY.md, "Qualifier mapping"), Chinese and English.
 * The word becomes part of the mention's surface: "约770亿美元", "more than €28 billion".
 */

export interface QualifierMatch {
  qualifier: MoneyQualifier;
  /** The word as written (in the normalised text). */
  word: string;
  /** Offsets of the word in the text. */
  start: number;
  end: number;
  /** 近/nearly: the true value is at most the number (kept for notes and review). */
  justUnder: boolean;
}

interface Entry {
  word: string;
  qualifier: MoneyQualifier;
  justUnder?: boolean;
  /** Characters that, right before the word, make it part of another word (最近, 节约, 联合). */
  notAfter?: string;
  /** Only before a numeral that starts with a unit (上千亿, 过亿). */
  unitOnly?: boolean;
}

/** An entry as the lookups read it: every field present, so the loops below see one object shape. */
interface FullEntry {
  word: string;
  qualifier: MoneyQualifier;
  justUnder: boolean;
  notAfter: string;
  unitOnly: boolean;
}

function full(entry: Entry): FullEntry {
  return {
    word: entry.word,
    qualifier: entry.qualifier,
    justUnder: entry.justUnder ?? false,
    notAfter: entry.notAfter ?? "",
    unitOnly: entry.unitOnly ?? false,
  };
}

const ZH_PREFIX: readonly Entry[] = [
  ...["约", "大约", "约为", "约有", "大约有", "约达", "约合", "折合约", "折合", "相当于", "大概", "大致", "约莫", "估计约"].map((word) => ({
    word,
    qualifier: "approx" as const,
    notAfter: word === "约" ? "节制公条合契预签违缔" : undefined,
  })),
  { word: "合", qualifier: "approx", notAfter: "联组结综融配整混集符适吻缝场" },
  ...["近", "将近", "接近", "差不多", "几近", "逼近"].map((word) => ({
    word,
    qualifier: "approx" as const,
    justUnder: true,
    notAfter: word === "近" ? "最附靠亲贴邻新" : undefined,
  })),
  ...["超过", "远超过", "远超", "略高于", "高于", "逾", "多于", "突破", "超出", "过"].map((word) => ({
    word,
    qualifier: "over" as const,
    unitOnly: word === "过",
    notAfter: word === "过" ? "通经不超越度路错" : undefined,
  })),
  { word: "超", qualifier: "over", notAfter: "高赶" },
  { word: "上", qualifier: "over", unitOnly: true, notAfter: "以加马向之线早晚" },
  ...["至少", "不少于", "起码", "最少", "不低于"].map((word) => ({ word, qualifier: "at_least" as const })),
  ...["多达", "高达", "最多", "最多达", "最高", "最高达", "上限", "上限可达", "最多可达", "不超过"].map((word) => ({
    word,
    qualifier: "up_to" as const,
  })),
  ...["不到", "少于", "低于", "不足"].map((word) => ({ word, qualifier: "under" as const })),
  { word: "共", qualifier: "exact", notAfter: "公总一中" },
];

const ZH_SUFFIX: readonly Entry[] = [
  { word: "左右", qualifier: "approx" },
  { word: "上下", qualifier: "approx" },
  { word: "以上", qualifier: "over" },
  { word: "出头", qualifier: "over" },
];

const EN_PREFIX: readonly Entry[] = [
  ...["about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "circa"].map((word) => ({
    word,
    qualifier: "approx" as const,
  })),
  ...["nearly", "almost", "close to", "just under", "just shy of"].map((word) => ({
    word,
    qualifier: "approx" as const,
    justUnder: true,
  })),
  ...[
    "more than", "over", "above", "in excess of", "upwards of", "just over", "well over", "well above",
    "exceeding", "topped", "topping", "surpassed", "exceeded", "exceeds", "tops",
  ].map((word) => ({ word, qualifier: "over" as const })),
  ...["at least", "no less than", "not less than", "a minimum of"].map((word) => ({ word, qualifier: "at_least" as const })),
  ...["up to", "as much as", "as high as", "a maximum of", "no more than", "not more than"].map((word) => ({
    word,
    qualifier: "up_to" as const,
  })),
  ...["less than", "under", "below", "fewer than"].map((word) => ({ word, qualifier: "under" as const })),
];

const EN_SUFFIX: readonly Entry[] = [
  { word: "or more", qualifier: "over" },
  { word: "or so", qualifier: "approx" },
  { word: "-plus", qualifier: "over" },
];

const byLength = (a: FullEntry, b: FullEntry): number => b.word.length - a.word.length;
const zhPrefix = ZH_PREFIX.map(full).sort(byLength);
const zhSuffix = ZH_SUFFIX.map(full).sort(byLength);
const enPrefix = EN_PREFIX.map(full).sort(byLength);
const enSuffix = EN_SUFFIX.map(full).sort(byLength);

/**
 * `zhPrefix` by the word's last character, each list in `zhPrefix` order (so the first hit is the same):
 * a qualifier ends right before the number, and the character there rules out all but a few words.
 * Comparing all 53 words at every stop made this function hot enough to be optimised on a one-pass run
 * (parse 2,642M → 2,580M instructions).
 */
const zhPrefixByLast = new Map<string, FullEntry[]>();
for (const entry of zhPrefix) {
  const last = entry.word.at(-1)!;
  const list = zhPrefixByLast.get(last);
  if (list === undefined) zhPrefixByLast.set(last, [entry]);
  else list.push(entry);
}
const NO_ENTRIES: readonly FullEntry[] = [];

/** The one place a `QualifierMatch` is built (all fields, fixed order). */
export function qualifierMatch(qualifier: MoneyQualifier, word: string, start: number, end: number, justUnder: boolean): QualifierMatch {
  return { qualifier, word, start, end, justUnder };
}

function toMatch(entry: FullEntry, start: number, text: string, end = start + entry.word.length): QualifierMatch {
  return qualifierMatch(entry.qualifier, text.slice(start, end), start, end, entry.justUnder);
}

/**
 * Per-period words that may stand between a qualifier and its number: "约合一年1.45万亿",
 * "约每年5亿美元". The qualifier still applies to the number across them (POLICY.md's example).
 */
const PERIODS = [
  "平均每年", "每个月", "一个月", "每季度", "每年", "每月", "每周", "每天", "每日", "一年", "一天", "年均", "全年",
] as const;

/** Where a qualifier may end before the number at `end`: right there, before 了, or before a period word. */
function qualifierStops(text: string, end: number): number[] {
  const stops = [end];
  if (text[end - 1] === "了") stops.push(end - 1);
  for (const period of PERIODS) {
    if (end >= period.length && text.startsWith(period, end - period.length)) {
      stops.push(end - period.length);
      break;
    }
  }
  return stops;
}

/**
 * The Chinese qualifier word that ends right at `end` (the number's start), if any.
 * One optional "了" (超过了300亿) or one per-period word (约合一年1.45万亿) may stand between a
 * qualifier and the number; then only words of two characters or more count, because a lone
 * character there is often part of another phrase (近一年 is "the past year", not "nearly").
 */
export function zhQualifierBefore(text: string, end: number, numeralStartsWithUnit: boolean): QualifierMatch | null {
  for (const stop of qualifierStops(text, end)) {
    if (stop < 1) continue;
    for (const entry of zhPrefixByLast.get(text[stop - 1]!) ?? NO_ENTRIES) {
      const start = stop - entry.word.length;
      if (start < 0 || !text.startsWith(entry.word, start)) continue;
      if (entry.unitOnly && (stop !== end || !numeralStartsWithUnit)) continue;
      if (entry.notAfter !== "" && start > 0 && entry.notAfter.includes(text[start - 1]!)) continue;
      if (stop !== end && entry.word.length < 2) continue;
      return toMatch(entry, start, text, end);
    }
  }
  return null;
}

/** The Chinese qualifier word that starts right at `start` (after the currency), if any. */
export function zhQualifierAfter(text: string, start: number): QualifierMatch | null {
  for (const entry of zhSuffix) {
    if (text.startsWith(entry.word, start)) return toMatch(entry, start, text);
  }
  return null;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);

/** The English qualifier phrase that ends at `end` (allowing one space before the amount). */
export function enQualifierBefore(text: string, end: number): QualifierMatch | null {
  let stop = end;
  while (stop > 0 && text[stop - 1] === " ") stop--;
  if (stop === end) return null;
  const lower = text.slice(Math.max(0, stop - 24), stop).toLowerCase();
  for (const entry of enPrefix) {
    if (!lower.endsWith(entry.word)) continue;
    const start = stop - entry.word.length;
    if (isWordChar(text[start - 1])) continue;
    return toMatch(entry, start, text);
  }
  return null;
}

/** The English qualifier phrase that starts at `start` ("or more", "-plus"). */
export function enQualifierAfter(text: string, start: number): QualifierMatch | null {
  const lower = text.slice(start, start + 12).toLowerCase();
  for (const entry of enSuffix) {
    const spaced = entry.word.startsWith("-") ? entry.word : ` ${entry.word}`;
    if (lower.startsWith(spaced) && !isWordChar(text[start + spaced.length])) {
      const wordStart = start + spaced.length - entry.word.length;
      return qualifierMatch(entry.qualifier, text.slice(wordStart, wordStart + entry.word.length), start, wordStart + entry.word.length, entry.justUnder);
    }
  }
  return null;
}
