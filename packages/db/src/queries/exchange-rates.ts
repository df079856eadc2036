import type { Prisma } from "../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

export const rateImportSelect = {
  id: true,
  source: true,
  fileName: true,
  sha256: true,
  days: true,
  values: true,
  currencies: true,
  from: true,
  to: true,
  actorLabel: true,
  at: true,
  figuresUpdated: true,
} satisfies Prisma.RateImportSelect;

export type RateImportRecord = Prisma.RateImportGetPayload<{ select: typeof rateImportSelect }>;

/** The latest rate imports, newest first (the rates page's history). */
export async function listRateImports(db: Db, params: { limit?: number } = {}): Promise<RateImportRecord[]> {
  return db.rateImport.findMany({ select: rateImportSelect, orderBy: [{ at: "desc" }, { id: "desc" }], take: Math.min(params.limit ?? 20, 200) });
}

export interface CurrencyCoverage {
  currency: string;
  /** First and last day with a rate (YYYY-MM-DD) and how many days have one. */
  first: string;
  last: string;
  days: number;
  source: string;
}

/** Which currencies have rates, from when to when: what the charts can convert. */
export async function listRateCoverage(db: Db): Promise<CurrencyCoverage[]> {
  const rows = await db.$queryRaw<Array<CurrencyCoverage & { days: number }>>`
    SELECT currency, min(date)::text AS first, max(date)::text AS last, count(*)::int AS days, max(source) AS source
      FROM "ExchangeRate" GROUP BY currency ORDER BY currency`;
  return rows.map((row) => ({ ...row, days: Number(row.days) }));
}

/** The stored rates of one currency between two days inclusive (YYYY-MM-DD), oldest first. */
export async function listExchangeRates(
  db: Db,
  params: { currency: string; from: string; to: string },
): Promise<Array<{ date: string; perEur: number; source: string }>> {
  const rows = await db.$queryRaw<Array<{ date: string; perEur: number; source: string }>>`
    SELECT date::text AS date, "perEur"::float8 AS "perEur", source FROM "ExchangeRate"
     WHERE currency = ${params.currency.toUpperCase()} AND date >= ${params.from}::date AND date <= ${params.to}::date
     ORDER BY date`;
  return rows.map((row) => ({ ...row, perEur: Number(row.perEur) }));
}
