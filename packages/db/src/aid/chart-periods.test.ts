import { describe, expect, it } from "vitest";
import { isoWeekLabel, periodLabelSql, periodRange, periodsBetween } from "./chart-periods.js";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("chart periods", () => {
  it("labels days with their ISO week, whose year may differ from the calendar year", () => {
    expect(isoWeekLabel(day("2023-11-29"))).toBe("2023-W48");
    expect(isoWeekLabel(day("2021-01-03"))).toBe("2020-W53"); // a Sunday: still the last week of 2020
    expect(isoWeekLabel(day("2019-12-30"))).toBe("2020-W01"); // a Monday: the first week of 2020
    expect(isoWeekLabel(day("2024-12-31"))).toBe("2025-W01");
  });

  it("gives the Monday-to-Monday range of a week, and refuses weeks a year does not have", () => {
    expect(periodRange("2023-W48")).toEqual({ from: "2023-11-27", to: "2023-12-04" });
    expect(periodRange("2020-W53")).toEqual({ from: "2020-12-28", to: "2021-01-04" });
    expect(periodRange("2021-W53")).toBeNull();
    expect(periodRange("2023-W00")).toBeNull();
    expect(periodRange("2023-11")).toEqual({ from: "2023-11-01", to: "2023-12-01" });
  });

  it("lists every week between two weeks, across a year end", () => {
    expect(periodsBetween("2020-W52", "2021-W02", "week")).toEqual(["2020-W52", "2020-W53", "2021-W01", "2021-W02"]);
    expect(periodsBetween("2023-W48", "2023-W48", "week")).toEqual(["2023-W48"]);
    expect(periodsBetween("2023-11", "2024-02", "month")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
  });

  it("writes the SQL label with the ISO week-numbering year", () => {
    expect(periodLabelSql("week", "d")).toBe(`to_char(d, 'IYYY-"W"IW')`);
    expect(periodLabelSql("month", "d")).toBe(`to_char(d, 'YYYY-MM')`);
  });
});
