import { createReadStream } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseEcbHistory } from "./ecb-history.js";
import { chooseRate, daysBetween, maxRateAgeDays } from "./rate-choice.js";
import { RateTable } from "./rate-table.js";
import { sharedEcbHistoryPath } from "./shared-history-path.js";

const source = "ECB euro reference rates";
const table = new RateTable(
  [
    // Thursday 2023-11-30 … Monday 2023-12-04; no rates on the weekend.
    { currency: "USD", date: "2023-12-04", perEur: 1.0871 },
    { currency: "USD", date: "2023-11-30", perEur: 1.0931 },
    { currency: "USD", date: "2023-12-01", perEur: 1.0882 },
    { currency: "CNY", date: "2023-12-01", perEur: 7.7468 },
  ],
  source,
);

describe("RateTable.quote", () => {
  it("uses the day's own rate", () => {
    expect(table.quote("USD", "2023-12-01")).toEqual({ ok: true, quote: { currency: "USD", date: "2023-12-01", perEur: 1.0882, source } });
  });

  it("uses the nearest earlier business day on a weekend", () => {
    const choice = table.quote("USD", "2023-12-03");
    expect(choice.ok && choice.quote.date).toBe("2023-12-01");
  });

  it("has no rate before a currency's first one", () => {
    expect(table.quote("CNY", "2023-11-30")).toEqual({ ok: false, reason: "no-rate-for-date" });
  });

  it("keeps a rate for a week after the last one, not longer", () => {
    expect(table.quote("CNY", "2023-12-08").ok).toBe(true);
    expect(table.quote("CNY", "2023-12-09")).toEqual({ ok: false, reason: "no-rate-for-date" });
  });

  it("says when a currency has no rate at all", () => {
    expect(table.quote("UAH", "2023-12-01")).toEqual({ ok: false, reason: "no-rate-for-currency" });
  });

  it("quotes EUR as 1 on any day", () => {
    const choice = table.quote("EUR", "1990-01-01");
    expect(choice.ok && choice.quote.perEur).toBe(1);
  });
});

describe("chooseRate", () => {
  it("refuses a candidate after the day (never a later rate)", () => {
    expect(chooseRate("2023-12-01", { currency: "USD", date: "2023-12-04", perEur: 1, source }, true)).toEqual({ ok: false, reason: "no-rate-for-date" });
  });

  it("counts calendar days", () => {
    expect(daysBetween("2023-12-29", "2024-01-02")).toBe(4);
    expect(maxRateAgeDays).toBeGreaterThanOrEqual(5);
  });
});

describe.runIf(sharedEcbHistoryPath() !== null)("with the ECB's full history", () => {
  let ecb: RateTable;
  beforeAll(async () => {
    const { days } = await parseEcbHistory(createReadStream(sharedEcbHistoryPath()!, { encoding: "utf8" }));
    ecb = RateTable.fromEcbDays(days, source);
  });

  it("covers every TARGET holiday gap: any day from 1999-01-04 to 2025-05-09 has a USD rate", () => {
    const missing: string[] = [];
    for (let time = Date.UTC(1999, 0, 4); time <= Date.UTC(2025, 4, 9); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10);
      if (!ecb.quote("USD", day).ok) missing.push(day);
    }
    expect(missing).toEqual([]);
  });

  it("has the seed's day (2023-11-29) and the rouble only until the ECB stopped quoting it", () => {
    const usd = ecb.quote("USD", "2023-11-29");
    expect(usd.ok && usd.quote.date).toBe("2023-11-29");
    expect(ecb.quote("RUB", "2022-02-28").ok).toBe(true);
    expect(ecb.quote("RUB", "2023-11-29")).toEqual({ ok: false, reason: "no-rate-for-date" });
    expect(ecb.quote("TWD", "2023-11-29")).toEqual({ ok: false, reason: "no-rate-for-currency" });
    expect(ecb.quote("USD", "2025-06-30")).toEqual({ ok: false, reason: "no-rate-for-date" });
  });
});
