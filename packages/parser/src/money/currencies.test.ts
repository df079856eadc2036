import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { lookupCurrency } from "./currencies.js";
import { currencyTokens } from "./currency-tokens.js";

/** The ISO code of each token found in `text` (folded first, as the scanner does). */
function codesIn(text: string): string[] {
  const folded = normaliseForMatching(text);
  return currencyTokens(folded).map((t) => lookupCurrency(folded.slice(t.start, t.end))!.iso);
}

describe("currency words, symbols and codes", () => {
  it.each([
    ["美元", "USD"], ["美金", "USD"], ["欧元", "EUR"], ["歐元", "EUR"], ["英镑", "GBP"], ["英鎊", "GBP"],
    ["澳币", "AUD"], ["澳幣", "AUD"], ["澳元", "AUD"], ["人民币", "CNY"], ["人民幣", "CNY"], ["越南盾", "VND"],
    ["日元", "JPY"], ["日圓", "JPY"], ["卢布", "RUB"], ["盧布", "RUB"], ["格里夫纳", "UAH"], ["新台币", "TWD"],
    ["新臺幣", "TWD"], ["港幣", "HKD"], ["挪威克朗", "NOK"], ["瑞士法郎", "CHF"], ["加元", "CAD"], ["印尼盾", "IDR"],
    ["元人民币", "CNY"], ["新台币元", "TWD"],
  ])("%s → %s", (word, iso) => {
    expect(codesIn(word)).toEqual([iso]);
  });

  it.each([
    ["$", "USD"], ["US$", "USD"], ["U.S.$", "USD"], ["HK$", "HKD"], ["NT$", "TWD"], ["C$", "CAD"], ["A$", "AUD"],
    ["€", "EUR"], ["£", "GBP"], ["＄", "USD"], ["USD", "USD"], ["RMB", "CNY"], ["dollars", "USD"], ["Euros", "EUR"],
    ["pounds sterling", "GBP"], ["yuan", "CNY"], ["renminbi", "CNY"], ["hryvnias", "UAH"], ["Swiss francs", "CHF"],
    ["Hong Kong dollars", "HKD"], ["cents", "USD"],
  ])("%s → %s", (token, iso) => {
    expect(codesIn(token)).toEqual([iso]);
  });

  it("scales cents to whole units", () => {
    expect(lookupCurrency("美分")).toMatchObject({ iso: "USD", factor: 0.01 });
    expect(lookupCurrency("便士")).toMatchObject({ iso: "GBP", factor: 0.01 });
  });

  it.each([["元", true], ["¥", true], ["克朗", true], ["pounds", true], ["美元", false], ["€", false]])(
    "%s is ambiguous: %s",
    (token, ambiguous) => {
      expect(lookupCurrency(token)?.ambiguous).toBe(ambiguous);
    },
  );

  it.each(["petrodollars", "FRAUD", "try to", "usd", "cadence", "Eurostat"])("%s holds no currency token", (text) => {
    expect(codesIn(text)).toEqual([]);
  });

  it("matches the longest word at each position", () => {
    expect(codesIn("750亿挪威克朗和30亿元人民币")).toEqual(["NOK", "CNY"]);
  });
});
