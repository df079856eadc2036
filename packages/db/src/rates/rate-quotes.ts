import type { Prisma } from "../generated/prisma/client.js";
import { chooseRate, euroQuote, eurCode } from "./rate-choice.js";
import type { RateChoice, RateLookup } from "./rate-choice.js";

type Db = Prisma.TransactionClient;

interface QuoteRow {
  currency: string;
  day: string;
  rateDate: string | null;
  perEur: number | null;
  source: string | null;
  known: boolean;
}

/**
 * The rates for exactly the (currency, day) pairs given, in one query: for each, the latest stored rate on or
 * before the day (an index range scan on the primary key per pair) and whether the currency has any rate at all.
 * The answers go through chooseRate, the same rule as the in-memory RateTable.
 */
export async function loadRateQuotes(db: Db, pairs: Iterable<{ currency: string; day: string }>): Promise<RateLookup> {
  const wanted = new Map<string, { currency: string; day: string }>();
  for (const pair of pairs) {
    const currency = pair.currency.toUpperCase();
    if (currency !== eurCode) wanted.set(`${currency}|${pair.day}`, { currency, day: pair.day });
  }
  const choices = new Map<string, RateChoice>();
  if (wanted.size > 0) {
    const rows = await db.$queryRawUnsafe<QuoteRow[]>(
      `SELECT q.currency, q.day::text AS day, r.date::text AS "rateDate", r."perEur"::float8 AS "perEur", r.source,
              EXISTS (SELECT 1 FROM "ExchangeRate" e WHERE e.currency = q.currency) AS known
         FROM json_to_recordset($1::json) AS q(currency text, day date)
         LEFT JOIN LATERAL (
           SELECT x.date, x."perEur", x.source FROM "ExchangeRate" x
            WHERE x.currency = q.currency AND x.date <= q.day
            ORDER BY x.date DESC LIMIT 1
         ) r ON true`,
      JSON.stringify([...wanted.values()]),
    );
    for (const row of rows) {
      const candidate =
        row.rateDate !== null && row.perEur !== null
          ? { currency: row.currency, date: row.rateDate, perEur: Number(row.perEur), source: row.source ?? "" }
          : null;
      choices.set(`${row.currency}|${row.day}`, chooseRate(row.day, candidate, row.known));
    }
  }
  return {
    quote(currency: string, day: string): RateChoice {
      const upper = currency.toUpperCase();
      if (upper === eurCode) return { ok: true, quote: euroQuote(day) };
      const choice = choices.get(`${upper}|${day}`);
      if (!choice) throw new Error(`rate for ${upper} on ${day} was not loaded`);
      return choice;
    },
  };
}
