import { describe, expect, it } from "vitest";
import { aidChartParamsSchema } from "../../lib/aid-query";
import { articleQuerySchema } from "../../lib/article-query";
import { chartParamsOf, drillFiltersOf } from "./aid-filters";

const query = articleQuerySchema.parse({ q: "乌克兰", sources: ["src_1"], from: "2023-01-01", to: "2023-12-31" });
const params = aidChartParamsSchema.parse({ currency: "EUR", stage: "delivered" });

describe("aid filters", () => {
  it("passes the article list's filters through unchanged (same parsing as search)", () => {
    expect(chartParamsOf(query, params)).toMatchObject({
      valueCurrency: "EUR",
      statuses: ["delivered"],
      articles: { q: "乌克兰", sourceIds: ["src_1"], from: new Date("2023-01-01T00:00:00Z"), to: new Date("2024-01-01T00:00:00Z") },
    });
  });

  it("drills into a period and a series, or into everything but the named series", () => {
    expect(drillFiltersOf(query, params, { role: "tranche", period: "2023-Q4", dimension: "donor", key: "Germany" })).toMatchObject({
      roles: ["tranche"],
      figureFrom: "2023-10-01",
      figureTo: "2024-01-01",
      donor: "Germany",
      value: { currency: "EUR", present: true },
    });
    expect(drillFiltersOf(query, params, { role: "tranche", dimension: "aidType", exclude: ["military", ""] })).toMatchObject({
      exclude: { dimension: "aidType", keys: ["military", ""] },
    });
  });

  it("lists left-out figures as those without a value in the chart currency", () => {
    expect(drillFiltersOf(query, params, { role: "left-out", currency: "UAH" })).toMatchObject({
      roles: ["tranche", "cumulative"],
      currency: "UAH",
      value: { currency: "EUR", present: false },
    });
  });
});
