import { describe, expect, it } from "vitest";
import { aidChartParamsFromParams, aidFiguresFieldsSchema, appendAidChartParams } from "./aid-query";

describe("aid chart URL parameters", () => {
  it("round-trips through the URL, leaving defaults out", () => {
    const params = appendAidChartParams(new URLSearchParams("q=乌克兰"), { currency: "EUR", groupBy: "recipient", granularity: "month", stage: "delivered" });
    expect(params.toString()).toBe("q=%E4%B9%8C%E5%85%8B%E5%85%B0&cur=EUR&by=recipient&stage=delivered");
    expect(aidChartParamsFromParams(params)).toEqual({ currency: "EUR", groupBy: "recipient", granularity: "month", stage: "delivered" });
  });

  it("drops what does not validate instead of failing the page", () => {
    expect(aidChartParamsFromParams(new URLSearchParams("cur=GBP&by=donor&per=decade"))).toEqual({ currency: "USD", groupBy: "donor", granularity: "month" });
  });
});

describe("correction form fields", () => {
  const base = { amount: 1e8, amountHigh: null, currency: "usd", isAid: true, aidType: "military", donor: " United States ", recipient: "", status: "committed", cumulative: false };

  it("normalises currency case and empty names", () => {
    expect(aidFiguresFieldsSchema.parse(base)).toMatchObject({ currency: "USD", donor: "United States", recipient: null });
  });

  it("refuses a bad currency, a negative amount and an upper bound below the amount", () => {
    expect(aidFiguresFieldsSchema.safeParse({ ...base, currency: "dollar" }).success).toBe(false);
    expect(aidFiguresFieldsSchema.safeParse({ ...base, amount: -1 }).success).toBe(false);
    expect(aidFiguresFieldsSchema.safeParse({ ...base, amountHigh: 1 }).success).toBe(false);
  });
});
