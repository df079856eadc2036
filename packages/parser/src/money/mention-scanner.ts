import { lookupCurrency } from "./currencies.js";
import { currencyTokens, firstTokenOffset } from "./currency-tokens.js";
import { readPrefixedAmount, readSuffixedAmount } from "./en-amounts.js";
import { scannedAmount, type ScannedAmount } from "./scanned-amount.js";
import { readZhPrefixAmount, readZhSuffixAmount } from "./zh-amounts.js";

/**
 * Finds every amount written with a currency in a normalised field. The scan is anchored on
 * currency words, so text without one costs a single regex pass (`mayMentionMoney`), and people
 * or object counts (260万人, 4百万发弹药), percentages and years never become mentions.
 */

const RANGE_BETWEEN = /^ ?(?:至|到|-|–|—|~|～|〜) ?$/;

/**
 * The cheap first test, on the field as written (any script, full-width symbols): does it contain
 * any currency word, symbol or code at all?
 */
export function mayMentionMoney(text: string): boolean {
  return firstTokenOffset(text) >= 0;
}

/** Where the scan for amounts may start: the offset of the first currency token, or -1 when there is none. */
export function firstMoneyOffset(text: string): number {
  return firstTokenOffset(text);
}

function readAt(text: string, start: number, end: number): ScannedAmount | null {
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
      merged[merged.length - 1] = scannedAmount(
        previous.start, amount.end, previous.numberStart, previous.amount, amount.amount, previous.currency, previous.currencyWord,
        previous.currencyAmbiguous, previous.currencyInferred, "range", previous.qualifierWord, previous.justUnder, previous.vague,
      );
    } else {
      merged.push(amount);
    }
  }
  return merged;
}

/**
 * Every explicit amount in `text` (normalised), left to right, without overlaps. `from` is where
 * the first currency token may be (see `firstMoneyOffset`); amounts may start before it.
 */
export function scanAmounts(text: string, from = 0): ScannedAmount[] {
  const found: ScannedAmount[] = [];
  let consumed = 0;
  for (const token of currencyTokens(text, from)) {
    if (token.start < consumed) continue;
    const amount = readAt(text, token.start, token.end);
    if (amount === null) continue;
    const previous = found.at(-1);
    if (previous !== undefined && amount.start < previous.end) {
      // Two anchors claimed overlapping text: keep the longer reading.
      if (amount.end - amount.start <= previous.end - previous.start) continue;
      found.pop();
    }
    found.push(amount);
    consumed = Math.max(consumed, amount.end);
  }
  return mergeRanges(text, found);
}
