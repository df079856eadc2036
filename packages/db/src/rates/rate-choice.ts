/**
 * Which reference rate converts a figure of a given day: the rate of the nearest business day on or before it
 * (the ECB publishes none on weekends and TARGET holidays), as long as that rate is recent enough to stand for the
 * day. Shared by the in-memory table (tests, the CLI's dry run) and the database lookup, so both decide alike.
 */
export const eurCode = "EUR";

/**
 * The oldest rate (in calendar days before the figure's day) that still counts as "the rate of that day". The
 * ECB's longest regular gap (Christmas to the first business day of January, or Easter) is 4–5 days; a week
 * covers it, while a currency the ECB stopped quoting (RUB after 2022-03-01, the euro area's old currencies) or a
 * day after the end of the imported history does not get a months-old rate.
 */
export const maxRateAgeDays = 7;

/** Why a figure could not be converted: a currency the rates never quote, or no quote near the figure's day. */
export type RateMiss = "no-rate-for-currency" | "no-rate-for-date";

export interface RateQuote {
  currency: string;
  /** The business day the rate is of (YYYY-MM-DD). */
  date: string;
  /** Units of `currency` per 1 EUR. */
  perEur: number;
  /** Where the rate comes from (the rate import's source name). */
  source: string;
}

export type RateChoice = { ok: true; quote: RateQuote } | { ok: false; reason: RateMiss };

/** Anything that can answer "the rate of CURRENCY for DAY". */
export interface RateLookup {
  quote(currency: string, day: string): RateChoice;
}

const dayMs = 86_400_000;

/** Whole calendar days from `earlier` to `later` (both YYYY-MM-DD). */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / dayMs);
}

/** The quote that stands for 1 EUR on any day. */
export function euroQuote(day: string): RateQuote {
  return { currency: eurCode, date: day, perEur: 1, source: "EUR (1 EUR = 1 EUR)" };
}

/**
 * The decision, given the latest stored rate on or before `day` (or null) and whether the currency has any rate
 * at all. A day before the currency's first rate, or more than `maxRateAgeDays` after its latest one, has none.
 */
export function chooseRate(day: string, candidate: RateQuote | null, currencyKnown: boolean): RateChoice {
  if (!currencyKnown) return { ok: false, reason: "no-rate-for-currency" };
  if (candidate === null || candidate.date > day) return { ok: false, reason: "no-rate-for-date" };
  if (daysBetween(candidate.date, day) > maxRateAgeDays) return { ok: false, reason: "no-rate-for-date" };
  return { ok: true, quote: candidate };
}
