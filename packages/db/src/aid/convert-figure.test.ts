import { describe, expect, it } from "vitest";
import { RateTable } from "../rates/rate-table.js";
import { convertAmount, quotesNeeded } from "./convert-figure.js";

const source = "ECB";
// 2023-11-29 (the seed's day): 1 EUR = 1.0985 USD = 7.8347 CNY = 0.86623 GBP.
const rates = new RateTable(
  [
    { currency: "USD", date: "2023-11-29", perEur: 1.0985 },
    { currency: "CNY", date: "2023-11-29", perEur: 7.8347 },
    { currency: "GBP", date: "2023-11-29", perEur: 0.86623 },
    { currency: "USD", date: "2001-01-02", perEur: 0.9423 },
  ],
  source,
);
const usdQuote = { currency: "USD", date: "2023-11-29", perEur: 1.0985, source };

describe("convertAmount", () => {
  it("converts USD to EUR at the day's USD rate, keeping USD as written", () => {
    const result = convertAmount({ amount: 77_000_000_000, amountHigh: null, currency: "USD" }, "2023-11-29", rates);
    expect(result).toEqual({
      status: "converted",
      usd: 77_000_000_000,
      eur: Math.round((77_000_000_000 / 1.0985) * 100) / 100,
      usdHigh: null,
      eurHigh: null,
      rate: null,
      usdRate: usdQuote,
    });
  });

  it("converts EUR to USD", () => {
    const result = convertAmount({ amount: 1_000_000, amountHigh: 2_000_000, currency: "EUR" }, "2023-11-29", rates);
    expect(result.status).toBe("converted");
    expect(result.eur).toBe(1_000_000);
    expect(result.usd).toBe(1_098_500);
    expect(result.usdHigh).toBe(2_197_000);
    expect(result.rate).toBeNull();
  });

  it("converts a third currency through EUR: amount ÷ perEur[cur] × perEur[USD]", () => {
    const result = convertAmount({ amount: 100_000_000, amountHigh: null, currency: "CNY" }, "2023-12-02", rates);
    expect(result.status).toBe("converted");
    expect(result.eur).toBe(Math.round((100_000_000 / 7.8347) * 100) / 100);
    expect(result.usd).toBe(Math.round((100_000_000 / 7.8347) * 1.0985 * 100) / 100);
    expect(result.rate).toEqual({ currency: "CNY", date: "2023-11-29", perEur: 7.8347, source });
    expect(result.usdRate?.date).toBe("2023-11-29");
  });

  it("keeps the original when the currency has no rate, and says why", () => {
    const result = convertAmount({ amount: 5e9, amountHigh: null, currency: "UAH" }, "2023-11-29", rates);
    expect(result).toMatchObject({ status: "no-rate-for-currency", usd: null, eur: null, rate: null, usdRate: null });
  });

  it("tells a day outside the rates from a currency without rates", () => {
    expect(convertAmount({ amount: 1, amountHigh: null, currency: "GBP" }, "2024-06-01", rates).status).toBe("no-rate-for-date");
    expect(convertAmount({ amount: 1, amountHigh: null, currency: "USD" }, "1998-12-31", rates)).toMatchObject({
      status: "no-rate-for-date",
      usd: 1,
      eur: null,
    });
  });

  it("keeps the EUR value of a EUR figure whose day has no USD rate", () => {
    expect(convertAmount({ amount: 10, amountHigh: null, currency: "EUR" }, "1998-12-31", rates)).toMatchObject({
      status: "no-rate-for-date",
      eur: 10,
      usd: null,
    });
  });

  it("does nothing without a day", () => {
    expect(convertAmount({ amount: 10, amountHigh: null, currency: "USD" }, null, rates)).toMatchObject({ status: "no-date", usd: null, eur: null });
  });

  it("lists the quotes it needs", () => {
    expect(quotesNeeded("cny", "2023-11-29")).toEqual([
      { currency: "USD", day: "2023-11-29" },
      { currency: "CNY", day: "2023-11-29" },
    ]);
    expect(quotesNeeded("EUR", "2023-11-29")).toEqual([{ currency: "USD", day: "2023-11-29" }]);
    expect(quotesNeeded("USD", null)).toEqual([]);
  });
});
