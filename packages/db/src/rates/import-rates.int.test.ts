import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { createTestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { importExchangeRates } from "./import-rates.js";
import { RatesFileError } from "./rates-errors.js";
import { revisedEcbCsv, sampleEcbCsv } from "./rates-fixture.js";
import { sharedEcbHistoryPath } from "./shared-history-path.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(testDatabaseKinds())("importExchangeRates on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("stores every (currency, day) rate with its source and import, and audits the import", async () => {
    const summary = await importExchangeRates(database.db, { name: "eurofxref-hist.csv", bytes: bytes(sampleEcbCsv) }, { actor: "test:admin" });
    expect(summary).toMatchObject({ days: 6, values: 31, from: "2022-02-28", to: "2023-12-01", fileName: "eurofxref-hist.csv" });
    expect(summary.currencies).toEqual(["USD", "JPY", "RUB", "GBP", "CNY", "AUD"]);
    const usd = await database.db.exchangeRate.findUnique({ where: { currency_date: { currency: "USD", date: new Date("2023-11-29T00:00:00Z") } } });
    expect(Number(usd?.perEur)).toBe(1.0985);
    expect(usd?.importId).toBe(summary.importId);
    expect(await database.db.exchangeRate.count({ where: { currency: "RUB" } })).toBe(1);
    const audit = await database.db.auditEvent.findFirst({ where: { action: "rates.import", targetId: summary.importId } });
    expect(audit?.actorLabel).toBe("test:admin");
  });

  it("replaces rates on a re-import and keeps the rest", async () => {
    const summary = await importExchangeRates(database.db, { name: "revised.csv", bytes: bytes(revisedEcbCsv) }, { actor: "test:admin" });
    const usd = await database.db.exchangeRate.findUnique({ where: { currency_date: { currency: "USD", date: new Date("2023-11-29T00:00:00Z") } } });
    expect(Number(usd?.perEur)).toBe(1.2);
    expect(usd?.importId).toBe(summary.importId);
    expect(await database.db.exchangeRate.count()).toBe(31);
  });

  it("refuses a broken file with a typed error naming the line, and changes nothing", async () => {
    const broken = sampleEcbCsv.replace("2022-03-01,1.1163", "2022-03-01,abc");
    const before = await database.db.rateImport.count();
    const error = await importExchangeRates(database.db, { name: "broken.csv", bytes: bytes(broken) }, { actor: "test" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RatesFileError);
    expect((error as RatesFileError).code).toBe("BAD_RATE");
    expect((error as RatesFileError).line).toBe(6);
    expect(await database.db.rateImport.count()).toBe(before);
    const usd = await database.db.exchangeRate.findUnique({ where: { currency_date: { currency: "USD", date: new Date("2023-11-29T00:00:00Z") } } });
    expect(Number(usd?.perEur)).toBe(1.2);
  });

  it("says when a path does not exist", async () => {
    await expect(importExchangeRates(database.db, "/nonexistent/eurofxref-hist.csv", { actor: "test" })).rejects.toMatchObject({ code: "FILE_NOT_FOUND" });
  });

  it.runIf(kind === "postgres" && sharedEcbHistoryPath() !== null)("imports the ECB's full history from a path", async () => {
    const summary = await importExchangeRates(database.db, sharedEcbHistoryPath()!, { actor: "test" });
    expect(summary.from).toBe("1999-01-04");
    expect(summary.to).toBe("2025-05-09");
    expect(await database.db.exchangeRate.count()).toBe(summary.values);
  }, 120_000);
});
