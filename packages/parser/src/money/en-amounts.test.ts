import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { scanAmounts } from "./mention-scanner.js";

function scan(text: string): [string, number, number | null, string, string][] {
  return scanAmounts(normaliseForMatching(text)).map((a) => [text.slice(a.start, a.end), a.amount, a.amountHigh, a.currency, a.qualifier]);
}

describe("English amounts", () => {
  it.each([
    ["Congress approved $61 billion in aid", "$61 billion", 61e9, null, "USD", "exact"],
    ["The EU pledged €50bn to Kyiv", "€50bn", 50e9, null, "EUR", "exact"],
    ["received USD 2.3 million in aid", "USD 2.3 million", 2.3e6, null, "USD", "exact"],
    ["a fee of 2.3 million USD", "2.3 million USD", 2.3e6, null, "USD", "exact"],
    ["up to £3 billion in support", "up to £3 billion", 3e9, null, "GBP", "up_to"],
    ["more than €28 billion", "more than €28 billion", 28e9, null, "EUR", "over"],
    ["a grant of nearly $1.5 billion", "nearly $1.5 billion", 1.5e9, null, "USD", "approx"],
    ["between $400 million and $500 million in aid", "between $400 million and $500 million", 4e8, 5e8, "USD", "range"],
    ["a $400-500 million package", "$400-500 million", 4e8, 5e8, "USD", "range"],
    ["profits of $6bn-7bn", "$6bn-7bn", 6e9, 7e9, "USD", "range"],
    ["C$500 million in military aid", "C$500 million", 5e8, null, "CAD", "exact"],
    ["roughly 1.2 trillion yen", "roughly 1.2 trillion yen", 1.2e12, null, "JPY", "approx"],
    ["200,000 yuan", "200,000 yuan", 200_000, null, "CNY", "exact"],
    ["two billion euros", "two billion euros", 2e9, null, "EUR", "exact"],
    ["tens of billions of dollars", "tens of billions of dollars", 1e10, null, "USD", "over"],
    ["hundreds of millions of dollars to fix", "hundreds of millions of dollars", 1e8, null, "USD", "over"],
    ["U.S.$51.3 billion", "U.S.$51.3 billion", 51.3e9, null, "USD", "exact"],
    ["RMB 287.2 billion", "RMB 287.2 billion", 287.2e9, null, "CNY", "exact"],
    ["a $5m deal", "$5m", 5e6, null, "USD", "exact"],
    ["at least $1 billion for air defence", "at least $1 billion", 1e9, null, "USD", "at_least"],
    ["£500m ($670m)", "£500m", 5e8, null, "GBP", "exact"],
    ["$10亿", "$10亿", 1e9, null, "USD", "exact"],
    ["5 million pounds", "5 million pounds", 5e6, null, "GBP", "exact"],
    ["the $61-billion aid package", "$61-billion", 61e9, null, "USD", "exact"],
    ["a 61-billion-dollar package", "61-billion-dollar", 61e9, null, "USD", "exact"],
  ])("%s → %s", (text, surface, amount, high, currency, qualifier) => {
    expect(scan(text)[0]).toEqual([surface, amount, high, currency, qualifier]);
  });

  it.each(["500 pounds of explosives", "the won", "petrodollars rose", "100 to the dollar", "Ticket prices start at twenty"])(
    "%s holds no money",
    (text) => {
      expect(scan(text)).toEqual([]);
    },
  );

  it("reads a conversion after an amount as its own amount", () => {
    expect(scan("lose £500m ($670m)").map((a) => a[0])).toEqual(["£500m", "$670m"]);
  });
});
