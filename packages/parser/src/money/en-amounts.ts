import type { CurrencyToken } from "./currencies.js";
import { parseNumeral } from "./numerals.js";
import { enQualifierAfter, enQualifierBefore, qualifierMatch, zhQualifierBefore, type QualifierMatch } from "./qualifiers.js";
import { ENGLISH_SCALES, qualifierFor, scale, scannedAmount, type ScannedAmount } from "./scanned-amount.js";

/**
 * Amounts written the English way, in English or Chinese copy: "$61 billion", "€50bn", "US$1.2m",
 * "USD 2.3 million", "2.3 million USD", "200,000 yuan", "tens of billions of dollars",
 * "$400-500 million", "between $400 million and $500 million", "$10亿".
 */

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:thousand|million|billion|trillion|crore|lakh|bn|bln|mn|mln|tn|trn|m|k)`;
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  "half a": 0.5, dozen: 12,
};
const VAGUE_HEADS: Readonly<Record<string, number>> = { tens: 10, hundreds: 100, thousands: 1000 };

/** Number + optional scale right at the start of `s`: "61 billion", "1.2m", "10亿". */
const AFTER_SYMBOL = new RegExp(String.raw`^ ?(${NUMBER})(?:[ -]?(${SCALE})(?![A-Za-z])| ?([万亿兆]+))?`);
/** Number + optional scale right before the end of `s`, for "2.3 million USD" and "200,000 yuan". */
const BEFORE_WORD = new RegExp(String.raw`(?<![\d.,])(${NUMBER})(?:[ -]?(${SCALE}))?(?:\s*|-)$`);
/** Spelled-out and vague amounts before a currency word: "a billion dollars", "tens of billions of euros". */
const SPELLED = /(?<![A-Za-z])(?:((?:tens|hundreds|thousands) of )?(millions|billions|trillions) of|(half a|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a dozen) (thousand|million|billion|trillion))\s+$/i;

function scaleOf(word: string | undefined): number {
  if (word === undefined) return 1;
  if (/^[万亿兆]+$/.test(word)) return parseNumeral(`1${word}`)?.value ?? 1;
  return ENGLISH_SCALES[word.toLowerCase()] ?? 1;
}

const toNumber = (s: string): number => Number(s.replace(/,/g, ""));

function build(
  start: number,
  numberStart: number,
  end: number,
  amount: number,
  high: number | null,
  currency: CurrencyToken,
  currencyWord: string,
  qualifier: QualifierMatch | null,
  vague: boolean,
): ScannedAmount {
  return scannedAmount(
    start,
    end,
    numberStart,
    scale(amount, currency.factor),
    high === null ? null : scale(high, currency.factor),
    currency.iso,
    currencyWord,
    currency.ambiguous,
    false,
    high !== null ? "range" : qualifierFor(qualifier?.qualifier ?? null, vague, false),
    qualifier?.word ?? "",
    qualifier?.justUnder ?? false,
    vague,
  );
}

/** Symbol or code before the number: "$61 billion", "€50bn", "USD 2.3 million", "US$10亿". */
export function readPrefixedAmount(text: string, tokenStart: number, tokenEnd: number, currency: CurrencyToken): ScannedAmount | null {
  const rest = text.slice(tokenEnd, tokenEnd + 48);
  const m = AFTER_SYMBOL.exec(rest);
  if (m === null) return null;
  if (currency.form === "code" && !rest.startsWith(" ") && !/^\d/.test(rest)) return null;
  let value = toNumber(m[1]!) * scaleOf(m[2] ?? m[3]);
  let end = tokenEnd + m[0].length;
  if (/^[\d.,]/.test(text[end] ?? "") && /\d/.test(text[end + 1] ?? "")) return null; // "$1.2.3": not a number
  let high: number | null = null;
  let qualifier = enQualifierBefore(text, tokenStart) ?? zhQualifierBefore(text, tokenStart, false);
  // Dash range sharing the scale: "$400-500 million", "$400m-$500m".
  const dash = /^ ?[-–] ?(?:[A-Z]{0,3}\$|€|£)?/.exec(text.slice(end, end + 8));
  if (dash !== null) {
    const upper = AFTER_SYMBOL.exec(text.slice(end + dash[0].length, end + dash[0].length + 40));
    if (upper !== null) {
      const upperScale = scaleOf(upper[2] ?? upper[3]);
      const upperValue = toNumber(upper[1]!) * upperScale;
      const lowValue = (m[2] ?? m[3]) !== undefined ? value : value * upperScale;
      if (lowValue <= upperValue) {
        value = lowValue;
        high = upperValue;
        end += dash[0].length + upper[0].length;
      }
    }
  }
  // "between $400 million and $500 million".
  const between = /(?<![A-Za-z])between $/i.exec(text.slice(Math.max(0, tokenStart - 8), tokenStart));
  if (high === null && qualifier === null && between !== null) {
    const betweenStart = Math.max(0, tokenStart - 8) + between.index;
    const and = /^ and (?:[A-Z]{0,3}\$|€|£)?/.exec(text.slice(end, end + 10));
    const upper = and === null ? null : AFTER_SYMBOL.exec(text.slice(end + and[0].length, end + and[0].length + 40));
    if (and !== null && upper !== null) {
      const upperValue = toNumber(upper[1]!) * scaleOf(upper[2] ?? upper[3]);
      if (value <= upperValue) {
        high = upperValue;
        qualifier = qualifierMatch("range", "between", betweenStart, betweenStart + 7, false);
        end += and[0].length + upper[0].length;
      }
    }
  }
  const after = qualifier === null && high === null ? enQualifierAfter(text, end) : null;
  if (after !== null) end = after.end;
  return build(qualifier?.start ?? tokenStart, tokenStart, end, value, high, currency, text.slice(tokenStart, tokenEnd), qualifier ?? after, false);
}

/** Number before a code or an English currency word: "2.3 million USD", "200,000 yuan", "billions of dollars". */
export function readSuffixedAmount(text: string, tokenStart: number, tokenEnd: number, currency: CurrencyToken): ScannedAmount | null {
  const windowStart = Math.max(0, tokenStart - 48);
  const before = text.slice(windowStart, tokenStart);
  let start: number;
  let value: number;
  let vague = false;
  let scaled: boolean;
  const m = BEFORE_WORD.exec(before);
  if (m !== null && (currency.form === "en" ? /[\s-]$/.test(before) : true)) {
    start = windowStart + m.index;
    value = toNumber(m[1]!) * scaleOf(m[2]);
    scaled = m[2] !== undefined;
  } else if (currency.form === "en") {
    const s = SPELLED.exec(before);
    if (s === null) return null;
    start = windowStart + s.index;
    scaled = true;
    if (s[2] !== undefined) {
      vague = true;
      value = (s[1] ? VAGUE_HEADS[s[1].split(" ")[0]!.toLowerCase()]! : 1) * scaleOf(s[2].slice(0, -1));
    } else {
      const head = s[3]!.toLowerCase();
      vague = head === "several" || head === "a few";
      value = (WORD_NUMBERS[head] ?? 1) * scaleOf(s[4]);
    }
  } else {
    return null;
  }
  // Words that are also units (pounds of explosives, the won of a vote) need a scale or a large number.
  if (currency.ambiguous && currency.form === "en" && !scaled && value < 1000) return null;
  const qualifier = enQualifierBefore(text, start);
  const after = qualifier === null ? enQualifierAfter(text, tokenEnd) : null;
  return build(qualifier?.start ?? start, start, after?.end ?? tokenEnd, value, null, currency, text.slice(tokenStart, tokenEnd), qualifier ?? after, vague);
}
