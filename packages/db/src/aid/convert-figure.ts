import { eurCode } from "../rates/rate-choice.js";
import type { RateLookup, RateMiss, RateQuote } from "../rates/rate-choice.js";

export const usdCode = "USD";

/**
 * How a figure's USD and EUR values were obtained: at the reference rate of its day; through the conversion the
 * article itself gives ("（约合125亿美元）") because its own currency has no rate; or not at all, and why.
 */
export const conversionStatuses = ["converted", "via-equivalent", "no-rate-for-currency", "no-rate-for-date", "no-date"] as const;
export type ConversionStatus = (typeof conversionStatuses)[number];

export interface Conversion {
  status: ConversionStatus;
  /** Values of `amount` (and of the range's upper bound), rounded to the cent; null where no rate applies. */
  usd: number | null;
  eur: number | null;
  usdHigh: number | null;
  eurHigh: number | null;
  /** The rate of the converted currency (null for EUR itself, or when none applied). */
  rate: RateQuote | null;
  /** The USD rate used to go from EUR to USD (null for USD itself, or when none applied). */
  usdRate: RateQuote | null;
}

export interface ConvertibleAmount {
  amount: number;
  amountHigh: number | null;
  currency: string;
}

const cents = (value: number) => Math.round(value * 100) / 100;

export function noConversion(status: Exclude<ConversionStatus, "converted" | "via-equivalent">): Conversion {
  return { status, usd: null, eur: null, usdHigh: null, eurHigh: null, rate: null, usdRate: null };
}

/**
 * The amount in EUR and USD at the rates of `day` (the article's date): EUR value = amount ÷ (currency per EUR),
 * USD value = EUR value × (USD per EUR). Either value is kept when only it can be computed (a EUR figure before
 * the USD history starts still has its EUR value); the status names the first missing rate.
 */
export function convertAmount(figure: ConvertibleAmount, day: string | null, rates: RateLookup): Conversion {
  if (day === null) return noConversion("no-date");
  const currency = figure.currency.toUpperCase();
  const usdQuote = rates.quote(usdCode, day);
  let miss: RateMiss | null = null;

  // Amount → EUR: nothing to do for EUR, ÷ USD per EUR for USD, ÷ the currency's own rate otherwise.
  let toEur: ((value: number) => number) | null = null;
  let rate: RateQuote | null = null;
  if (currency === eurCode) toEur = (value) => value;
  else if (currency === usdCode) {
    if (usdQuote.ok) toEur = (value) => value / usdQuote.quote.perEur;
    else miss = usdQuote.reason;
  } else {
    const own = rates.quote(currency, day);
    if (own.ok) {
      rate = own.quote;
      toEur = (value) => value / own.quote.perEur;
    } else miss = own.reason;
  }

  // Amount → USD: nothing to do for USD, through EUR × USD per EUR otherwise.
  let toUsd: ((value: number) => number) | null = null;
  if (currency === usdCode) toUsd = (value) => value;
  else if (toEur && usdQuote.ok) {
    const eur = toEur;
    toUsd = (value) => eur(value) * usdQuote.quote.perEur;
  } else if (!usdQuote.ok) miss ??= usdQuote.reason;

  const usedUsdRate = usdQuote.ok && (currency === usdCode || toUsd !== null) ? usdQuote.quote : null;
  const value = (convert: ((value: number) => number) | null, amount: number | null) =>
    convert && amount !== null ? cents(convert(amount)) : null;
  return {
    status: miss ?? "converted",
    usd: value(toUsd, figure.amount),
    eur: value(toEur, figure.amount),
    usdHigh: value(toUsd, figure.amountHigh),
    eurHigh: value(toEur, figure.amountHigh),
    rate,
    usdRate: usedUsdRate,
  };
}

/** The (currency, day) pairs convertAmount will ask for, so a database lookup can fetch them in one query. */
export function quotesNeeded(currency: string, day: string | null): Array<{ currency: string; day: string }> {
  if (day === null) return [];
  const upper = currency.toUpperCase();
  const pairs = [{ currency: usdCode, day }];
  if (upper !== eurCode && upper !== usdCode) pairs.push({ currency: upper, day });
  return pairs;
}
