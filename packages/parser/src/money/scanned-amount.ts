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
