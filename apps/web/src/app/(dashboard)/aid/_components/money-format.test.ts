import { describe, expect, it } from "vitest";
import { formatAmountRange, formatMoney, formatRate } from "./money-format";

describe("formatMoney", () => {
  it("is compact by default and in full on request", () => {
    expect(formatMoney(77e9, "USD", "en-US")).toBe("$77B");
    expect(formatMoney(1234.5, "EUR", "en-US", { compact: false })).toBe("€1,234.50");
  });

  it("formats currencies without an ECB rate, and survives a code Intl does not know", () => {
    expect(formatMoney(5e9, "UAH", "en-US")).toContain("5B");
    expect(formatMoney(5, "ZZZ1" as string, "en-US")).toBe("5 ZZZ1");
  });

  it("shows a range from the lower to the upper bound", () => {
    expect(formatAmountRange(1e10, 1.5e10, "USD", "en-US")).toBe("$10B – $15B");
    expect(formatAmountRange(1e10, null, "USD", "en-US")).toBe("$10B");
  });

  it("keeps the ECB's rate precision", () => {
    expect(formatRate(1.0985, "en-US")).toBe("1.0985");
    expect(formatRate(18606.59, "en-US")).toBe("18,606.59");
  });
});
