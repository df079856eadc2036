import { CURRENCY_TOKEN_SOURCE, RAW_CURRENCY_SOURCE, TRADITIONAL_CURRENCY_CHARS, lookupCurrency, startsWord } from "./currencies.js";
import { readPrefixedAmount, readSuffixedAmount } from "./en-amounts.js";
import type { ScannedAmount } from "./scanned-amount.js";
import { readZhPrefixAmount, readZhSuffixAmount } from "./zh-amounts.js";

/**
 * Finds every amount written with a currency in a normalised field. The scan is anchored on
 * currency words, so text without one costs a single regex pass (`mayMentionMoney`), and people
 * or object counts (260万人, 4百万发弹药), percentages and years never become mentions.
 */

const FOLDED_RE = new RegExp(`${CURRENCY_TOKEN_SOURCE}|[＄￥￡]`);
const TRADITIONAL_RE = new RegExp(`[${TRADITIONAL_CURRENCY_CHARS}]`);
const RAW_RE = new RegExp(RAW_CURRENCY_SOURCE);
const ANCHOR_RE = new RegExp(CURRENCY_TOKEN_SOURCE, "g");
const RANGE_BETWEEN = /^ ?(?:至|到|-|–|—|~|～|〜) ?$/;

/**
 * The cheap first test, on the field as written (any script, full-width symbols): does it contain
 * any currency word, symbol or code at all?
 */
export function mayMentionMoney(text: string): boolean {
  // Most copy is Simplified: the folded-form test settles it unless a Traditional currency character occurs.
  return FOLDED_RE.test(text) || (TRADITIONAL_RE.test(text) && RAW_RE.test(text));
}

function readAt(text: string, start: number, end: number): ScannedAmount | null {
  if (!startsWord(text, start)) return null;
  const token = lookupCurrency(text.slice(start, end));
  if (token === null) return null;
  switch (token.form) {
    case "zh":
      return readZhSuffixAmount(text, start, end, token) ?? readZhPrefixAmount(text, start, end, token);
    case "symbol":
      return readPrefixedAmount(text, start, end, token);
    case "code":
      return readPrefixedAmount(text, start, end, token) ?? readSuffixedAmount(text, start, end, token);
    case "en":
      return readSuffixedAmount(text, start, end, token);
  }
}

/** "300万美元至400万美元": two amounts joined by a range word become one range. */
function mergeRanges(text: string, amounts: ScannedAmount[]): ScannedAmount[] {
  const merged: ScannedAmount[] = [];
  for (const amount of amounts) {
    const previous = merged.at(-1);
    if (
      previous !== undefined &&
      previous.qualifier === "exact" &&
      amount.qualifier === "exact" &&
      previous.currency === amount.currency &&
      previous.amount <= amount.amount &&
      RANGE_BETWEEN.test(text.slice(previous.end, amount.start))
    ) {
      merged[merged.length - 1] = { ...previous, end: amount.end, amountHigh: amount.amount, qualifier: "range" };
    } else {
      merged.push(amount);
    }
  }
  return merged;
}

/** Every explicit amount in `text` (normalised), left to right, without overlaps. */
export function scanAmounts(text: string): ScannedAmount[] {
  const found: ScannedAmount[] = [];
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(text); m !== null; m = ANCHOR_RE.exec(text)) {
    const amount = readAt(text, m.index, m.index + m[0].length);
    if (amount === null) continue;
    const previous = found.at(-1);
    if (previous !== undefined && amount.start < previous.end) {
      // Two anchors claimed overlapping text: keep the longer reading.
      if (amount.end - amount.start <= previous.end - previous.start) continue;
      found.pop();
    }
    found.push(amount);
    if (amount.end > ANCHOR_RE.lastIndex) ANCHOR_RE.lastIndex = amount.end;
  }
  return mergeRanges(text, found);
}
