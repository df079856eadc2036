import type { EcbDay } from "./ecb-history.js";
import { chooseRate, euroQuote, eurCode } from "./rate-choice.js";
import type { RateChoice, RateLookup, RateQuote } from "./rate-choice.js";

/**
 * Rates held in memory, per currency sorted by day, answering lookups by binary search. Used by unit tests, by
 * `newsdesk rates import --dry-run` and wherever a whole history is at hand; the database path asks PostgreSQL
 * for exactly the (currency, day) pairs it needs instead (./rate-quotes.ts). Both decide through chooseRate.
 */
export class RateTable implements RateLookup {
  private readonly byCurrency = new Map<string, { dates: string[]; perEur: number[] }>();

  constructor(
    rates: Iterable<{ currency: string; date: string; perEur: number }>,
    private readonly source: string,
  ) {
    const grouped = new Map<string, Array<{ date: string; perEur: number }>>();
    for (const rate of rates) {
      const list = grouped.get(rate.currency) ?? [];
      list.push({ date: rate.date, perEur: rate.perEur });
      grouped.set(rate.currency, list);
    }
    for (const [currency, list] of grouped) {
      list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      this.byCurrency.set(currency, { dates: list.map((rate) => rate.date), perEur: list.map((rate) => rate.perEur) });
    }
  }

  /** A table from the ECB history's days. */
  static fromEcbDays(days: Iterable<EcbDay>, source: string): RateTable {
    const rates: Array<{ currency: string; date: string; perEur: number }> = [];
    for (const day of days) for (const rate of day.rates) rates.push({ currency: rate.currency, date: day.date, perEur: rate.perEur });
    return new RateTable(rates, source);
  }

  get currencies(): string[] {
    return [...this.byCurrency.keys()].sort();
  }

  /** The latest stored rate on or before `day`, whatever its age (null before the first). */
  latestOnOrBefore(currency: string, day: string): RateQuote | null {
    const series = this.byCurrency.get(currency);
    if (!series) return null;
    let low = 0;
    let high = series.dates.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (series.dates[middle]! <= day) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found < 0 ? null : { currency, date: series.dates[found]!, perEur: series.perEur[found]!, source: this.source };
  }

  quote(currency: string, day: string): RateChoice {
    if (currency === eurCode) return { ok: true, quote: euroQuote(day) };
    return chooseRate(day, this.latestOnOrBefore(currency, day), this.byCurrency.has(currency));
  }
}
