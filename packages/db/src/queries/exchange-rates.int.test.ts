import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { importExchangeRates } from "../rates/import-rates.js";
import { sampleEcbCsv } from "../rates/rates-fixture.js";
import { createTestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { listExchangeRates, listRateCoverage, listRateImports } from "./exchange-rates.js";

describe.each(testDatabaseKinds())("exchange-rate queries on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("is empty before any import", async () => {
    expect(await listRateCoverage(database.db)).toEqual([]);
    expect(await listRateImports(database.db)).toEqual([]);
  });

  it("lists imports, coverage per currency and a currency's rates", async () => {
    await importExchangeRates(database.db, { name: "eurofxref-hist.csv", bytes: new TextEncoder().encode(sampleEcbCsv) }, { actor: "cli:ann" });
    const [latest] = await listRateImports(database.db);
    expect(latest).toMatchObject({ fileName: "eurofxref-hist.csv", days: 6, values: 31, actorLabel: "cli:ann" });
    expect(latest!.from.toISOString().slice(0, 10)).toBe("2022-02-28");
    const coverage = await listRateCoverage(database.db);
    expect(coverage.map((row) => row.currency)).toEqual(["AUD", "CNY", "GBP", "JPY", "RUB", "USD"]);
    expect(coverage.find((row) => row.currency === "RUB")).toMatchObject({ first: "2022-03-01", last: "2022-03-01", days: 1 });
    expect(await listExchangeRates(database.db, { currency: "usd", from: "2023-11-29", to: "2023-11-30" })).toEqual([
      { date: "2023-11-29", perEur: 1.0985, source: "ECB euro foreign exchange reference rates" },
      { date: "2023-11-30", perEur: 1.0931, source: "ECB euro foreign exchange reference rates" },
    ]);
  });
});
