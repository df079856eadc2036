import type { MoneyQualifier } from "../schema/money-mention.js";
import { withoutBinaryNoise } from "./numerals.js";

/** A money amount found by the scanner, before any aid decision. Offsets index the record field. */
export interface ScannedAmount {
  /** Surface span: qualifier word, number, scale word and currency. */
  start: number;
  end: number;
  /** Where the first number begins (after any qualifier or prefixed currency word). */
  numberStart: number;
  amount: number;
  /** Upper bound, only for ranges. */
  amountHigh: number | null;
  currency: string;
  /** The currency word as written ("美元", "$", "USD", "euros"); "" when inferred. */
  currencyWord: string;
  /** Needs context to pin down (元, ¥, 克朗 …): see `resolveCurrency`. */
  currencyAmbiguous: boolean;
  /** Elided currency taken from another mention of the sentence. */
  currencyInferred: boolean;
  qualifier: MoneyQualifier;
  /** The qualifier word as written, "" for none. */
  qualifierWord: string;
  /** 近 / nearly: the true value is at most the number. */
  justUnder: boolean;
  /** 数十亿 / billions of: the amount is the floor the scale word names. */
  vague: boolean;
}

/**
 * The one place a `ScannedAmount` is built: every field, in this order, so all amounts share one
 * object shape (V8 keeps the code that reads them monomorphic). Copies go through here too.
 */
export function scannedAmount(
  start: number,
  end: number,
  numberStart: number,
  amount: number,
  amountHigh: number | null,
  currency: string,
  currencyWord: string,
  currencyAmbiguous: boolean,
  currencyInferred: boolean,
  qualifier: MoneyQualifier,
  qualifierWord: string,
  justUnder: boolean,
  vague: boolean,
): ScannedAmount {
  return { start, end, numberStart, amount, amountHigh, currency, currencyWord, currencyAmbiguous, currencyInferred, qualifier, qualifierWord, justUnder, vague };
}

/**
 * Two amounts that live as long as the module: built first, they give every field its most general
 * representation up front (a fractional `amount`, `amountHigh` both null and a number), so later
 * amounts never move V8's shape for them to a new one, and they keep that shape alive across full
 * GCs, which otherwise drop shapes no live object has and throw away the optimised code built on them.
 */
export const AMOUNT_SHAPE_KEEPERS: readonly ScannedAmount[] = [
  scannedAmount(0, 0, 0, 0.5, null, "", "", false, false, "exact", "", false, false),
  scannedAmount(0, 0, 0, 0.5, 0.5, "", "", false, false, "range", "", false, false),
];

/** `a` with another currency. */
export function withCurrency(a: ScannedAmount, currency: string): ScannedAmount {
  return scannedAmount(a.start, a.end, a.numberStart, a.amount, a.amountHigh, currency, a.currencyWord, a.currencyAmbiguous, a.currencyInferred, a.qualifier, a.qualifierWord, a.justUnder, a.vague);
}

/** `a` with another qualifier. */
export function withQualifier(a: ScannedAmount, qualifier: MoneyQualifier): ScannedAmount {
  return scannedAmount(a.start, a.end, a.numberStart, a.amount, a.amountHigh, a.currency, a.currencyWord, a.currencyAmbiguous, a.currencyInferred, qualifier, a.qualifierWord, a.justUnder, a.vague);
}

/** Multipliers of English scale words. */
export const ENGLISH_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, crore: 1e7, lakh: 1e5,
};

/** Multiplies and rounds away binary noise (1.1 × 1e9 = 1100000000.0000002). */
export function scale(value: number, factor: number): number {
  return withoutBinaryNoise(value * factor);
}

/** Picks the qualifier for a span: an explicit word wins, then vague/多 floors read as "over". */
export function qualifierFor(word: MoneyQualifier | null, vague: boolean, more: boolean): MoneyQualifier {
  if (word !== null) return word;
  return vague || more ? "over" : "exact";
}

/**
 * Index of the first of `amounts` (in text order, without overlaps) that ends after `offset`, or
 * amounts.length: a binary search, for lookups that a loop over every amount made cost n² on long lists.
 */
export function firstEndingAfter(amounts: readonly ScannedAmount[], offset: number): number {
  let low = 0;
  let high = amounts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (amounts[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
