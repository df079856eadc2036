import { bareYuanIsMoney } from "./bare-yuan.js";
import { lookupCurrency, ZH_PREFIX_SOURCE, type CurrencyToken } from "./currencies.js";
import { isBigUnit, isDigit, isNumeralChar, isUnitChar, parseNumeral, trailingUnits, type ParsedNumeral } from "./numerals.js";
import { zhQualifierAfter, zhQualifierBefore } from "./qualifiers.js";
import { qualifierFor, scale, scannedAmount, type ScannedAmount } from "./scanned-amount.js";

/**
 * Chinese amounts around a currency word: "约770亿美元", "30至40亿元人民币", "1180 亿美元",
 * "人民币2901万元", "港币1.3兆元", "“几百万”美元", "数十亿格里夫纳". Text is normalised
 * (Traditional and full-width folded), so offsets are those of the original field.
 */

export interface NumeralSpan {
  start: number;
  end: number;
  parsed: ParsedNumeral;
}

const RANGE_SEPARATORS = new Set(["至", "到", "-", "–", "—", "~", "～", "〜"]);
const NUMERAL_STARTS = new Set([..."一二两三四五六七八九数几"]);
const OPEN_QUOTES = new Set(["“", "「", '"', "‘"]);
const CLOSE_QUOTES = new Set(["”", "」", '"', "’"]);
/** 元 followed by these is another word (元首, 元旦, 一元化). */
const YUAN_WORDS = /^元(?:首|旦|宵|年|素|老|帅|气|朝|代|月|化|论|件|器件|数据|宇宙|凶|勋|音|神|配|认知)/;

/** A currency word written after 元 names the currency: "3000元美金" is 3,000 USD. */
const AFTER_YUAN = new RegExp(`^(?:${ZH_PREFIX_SOURCE})`);

/** A comma inside a number: thousands ("1,200亿"), or decimal before a scale word ("3,3亿", German style). */
function isThousandsComma(text: string, i: number): boolean {
  const ch = text[i];
  if (!(ch === "," || ch === "，") || !isDigit(text[i - 1])) return false;
  const after = text.slice(i + 1, i + 5);
  return /^\d{3}(?!\d)/.test(after) || (ch === "," && /^\d{1,2}[万亿]/.test(after));
}

/** "8000 余元", "300 多万": a space may stand before 余/多 as before a scale word. */
const MORE_AFTER_SPACE = new Set(["余", "多"]);

/** The longest well-formed numeral that ends at `end` (spaces allowed only between a digit and a unit). */
export function numeralSpanBefore(text: string, end: number): NumeralSpan | null {
  let i = end;
  while (i > 0) {
    const ch = text[i - 1]!;
    if (isNumeralChar(ch) && (ch !== "." || (isDigit(text[i - 2]) && isDigit(text[i])))) i--;
    else if (isThousandsComma(text, i - 1)) i--;
    else if (ch === " " && isDigit(text[i - 2]) && (isUnitChar(text[i]) || MORE_AFTER_SPACE.has(text[i]!))) i--;
    else break;
  }
  for (let s = i; s < end; s++) {
    if (s > i && (isDigit(text[s - 1]) || text[s - 1] === ".") && isDigit(text[s])) continue; // never split a digit run
    if (text[s] === " ") continue;
    const parsed = parseNumeral(text.slice(s, end));
    if (parsed !== null) return { start: s, end, parsed };
  }
  return null;
}

/** The longest well-formed numeral that starts at `start`. */
export function numeralSpanAfter(text: string, start: number): NumeralSpan | null {
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (isNumeralChar(ch) && (ch !== "." || (isDigit(text[i - 1]) && isDigit(text[i + 1])))) i++;
    else if (isThousandsComma(text, i)) i++;
    else if (ch === " " && isDigit(text[i - 1]) && isUnitChar(text[i + 1])) i++;
    else break;
  }
  for (let e = i; e > start; e--) {
    if (e < i && isDigit(text[e - 1]) && (isDigit(text[e]) || text[e] === ".")) continue;
    const parsed = parseNumeral(text.slice(start, e));
    if (parsed !== null) return { start, end: e, parsed };
  }
  return null;
}

/** A range's lower bound shares the upper bound's scale words: 30至40亿 → 30亿. */
function lowerBound(text: string, low: NumeralSpan, high: NumeralSpan): number | null {
  const highText = text.slice(high.start, high.end);
  const lowText = text.slice(low.start, low.end);
  let value = low.parsed.value;
  if (!low.parsed.hasUnit && high.parsed.hasUnit) {
    value = parseNumeral(lowText + trailingUnits(highText))?.value ?? value;
  } else if (!low.parsed.hasBigUnit && high.parsed.hasBigUnit) {
    const units = trailingUnits(highText);
    let k = units.length;
    while (k > 0 && isBigUnit(units[k - 1])) k--;
    value = parseNumeral(lowText + units.slice(k))?.value ?? value;
  }
  return value <= high.parsed.value ? value : null;
}

function skipSpacesBack(text: string, i: number, max = 2): number {
  let j = i;
  while (j > 0 && i - j < max && text[j - 1] === " ") j--;
  return j;
}

interface Built {
  start: number;
  numberStart: number;
  end: number;
  low: number | null;
  high: NumeralSpan;
  /** Framed by 数以…(计): "by the millions", vague whatever the numeral says. */
  countless: boolean;
}

/**
 * 数以百万元, 数以十亿美元计, 数以亿计美元: "by the millions/billions", a vague amount whose floor is
 * the named scale (POLICY.md: 数以百万 = 1e6, 数以十亿 = 1e9). The numeral must be scale words
 * only (百万, 十亿, 亿); the optional 计 stands before or after the currency word.
 */
const COUNTLESS = "数以";
const COUNTED = "计";
const SCALE_ONLY = /^[十百千万亿兆]+$/;

/** Adds the qualifier, the suffix qualifier and the idiom check to a span and its currency. */
function finish(text: string, built: Built, currency: CurrencyToken, currencyWord: string): ScannedAmount {
  const { parsed } = built.high;
  const startsWithUnit = isUnitChar(text[built.start]);
  const before = zhQualifierBefore(text, built.start, startsWithUnit);
  const after = before === null ? zhQualifierAfter(text, built.end) : null;
  // A paired estimate (两三亿) is a range of its own; a written range (30至40亿) keeps its bounds.
  const paired = built.low === null && parsed.high !== null;
  const isRange = built.low !== null || paired;
  const low = paired ? parsed.value : built.low;
  const high = scale(paired ? parsed.high! : parsed.value, currency.factor);
  const vague = parsed.vague || built.countless;
  let qualifier = isRange ? "range" : qualifierFor(before?.qualifier ?? after?.qualifier ?? null, vague, parsed.more);
  // 十亿美元富豪: the billionaire class, read as a floor (POLICY.md, "Further rules").
  if (qualifier === "exact" && /^(?:级)?(?:富豪|富翁)/.test(text.slice(built.end, built.end + 3))) qualifier = "at_least";
  return scannedAmount(
    before?.start ?? built.start,
    after?.end ?? built.end,
    built.numberStart,
    isRange ? scale(low!, currency.factor) : high,
    isRange ? high : null,
    currency.iso,
    currencyWord,
    currency.ambiguous,
    false,
    qualifier,
    before?.word ?? after?.word ?? "",
    before?.justUnder ?? false,
    vague,
  );
}

/** Extends a numeral span leftwards over a range's lower bound ("30至" in 30至40亿). */
function withRange(text: string, high: NumeralSpan): { start: number; low: number | null } {
  let j = skipSpacesBack(text, high.start, 1);
  if (!RANGE_SEPARATORS.has(text[j - 1] ?? "")) return { start: high.start, low: null };
  j = skipSpacesBack(text, j - 1, 1);
  const low = numeralSpanBefore(text, j);
  if (low === null) return { start: high.start, low: null };
  const value = lowerBound(text, low, high);
  return value === null ? { start: high.start, low: null } : { start: low.start, low: value };
}

/** Number (and range) written before the currency word: "约770亿美元", "100至150亿美元". */
export function readZhSuffixAmount(text: string, tokenStart: number, tokenEnd: number, currency: CurrencyToken): ScannedAmount | null {
  const word = text.slice(tokenStart, tokenEnd);
  if (word === "元" && YUAN_WORDS.test(text.slice(tokenStart, tokenStart + 4))) return null;
  let p = skipSpacesBack(text, tokenStart);
  const quoted = CLOSE_QUOTES.has(text[p - 1] ?? "");
  if (quoted) p--;
  const countedFirst = !quoted && text[p - 1] === COUNTED; // 数以亿计美元
  if (countedFirst) p--;
  const high = numeralSpanBefore(text, p);
  if (high === null) return null;
  const countless = text.startsWith(COUNTLESS, high.start - COUNTLESS.length) && SCALE_ONLY.test(text.slice(high.start, high.end));
  if (countedFirst && !countless) return null;
  if (text[high.start - 1] === "第") return null; // 第一美元: an ordinal, not an amount
  if (word === "元" && text.slice(high.start, high.end) === "二") return null; // 二元结构; money is 两元
  const range = countless ? { start: high.start - COUNTLESS.length, low: null } : withRange(text, high);
  // 大三元, the brand 三元, 三元里: a lone Chinese digit before 元 needs money words around it.
  if (word === "元" && range.low === null && !quoted && !bareYuanIsMoney(text, high.start, high.end, tokenEnd)) return null;
  let start = range.start;
  if (quoted) {
    if (!OPEN_QUOTES.has(text[start - 1] ?? "")) return null;
    start--;
  }
  let end = tokenEnd;
  let named = currency;
  let namedWord = word;
  const following = word === "元" ? AFTER_YUAN.exec(text.slice(tokenEnd, tokenEnd + 8)) : null;
  if (following !== null) {
    named = lookupCurrency(following[0]) ?? currency;
    namedWord = following[0];
    end += following[0].length;
  }
  if (countless && !countedFirst && text[end] === COUNTED) end++; // 数以十亿美元计
  return finish(text, { start, numberStart: range.start, end, low: range.low, high, countless }, named, namedWord);
}

/**
 * Currency word before the number: "人民币2901万元", "新台币59兆元", "港币1.3兆元", "美元300亿".
 * Accepted only with a scale word or a closing 元, so exchange rates ("人民币兑美元6.9") stay out.
 */
export function readZhPrefixAmount(text: string, tokenStart: number, tokenEnd: number, currency: CurrencyToken): ScannedAmount | null {
  const word = text.slice(tokenStart, tokenEnd);
  if (word.length < 2) return null;
  let p = tokenEnd;
  if (text[p] === " ") p++;
  const first = text[p];
  if (first === undefined || !(isDigit(first) || isUnitChar(first) || NUMERAL_STARTS.has(first))) return null;
  const number = numeralSpanAfter(text, p);
  if (number === null) return null;
  let end = number.end;
  if (text[end] === "元") end++;
  else if (!number.parsed.hasBigUnit) return null;
  const built: Built = { start: tokenStart, numberStart: number.start, end, low: null, high: number, countless: false };
  // A range written after the prefix: 人民币30至40亿元.
  const sep = text[number.end];
  if (sep !== undefined && RANGE_SEPARATORS.has(sep)) {
    const upper = numeralSpanAfter(text, number.end + 1);
    if (upper !== null) {
      const low = lowerBound(text, number, upper);
      if (low !== null) {
        built.low = low;
        built.high = upper;
        built.end = text[upper.end] === "元" ? upper.end + 1 : upper.end;
      }
    }
  }
  return finish(text, built, currency, word);
}
