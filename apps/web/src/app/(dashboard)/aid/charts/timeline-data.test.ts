import { describe, expect, it } from "vitest";
import { timelineRows } from "./timeline-data";

describe("timelineRows", () => {
  it("makes one row per period with a field per series, empty periods at 0", () => {
    const { rows, series } = timelineRows({
      periods: ["2023-10", "2023-11", "2023-12"],
      series: [
        { key: "U.S.", total: 3, count: 2 },
        { key: "__other__", total: 1, count: 1, keys: ["Germany"] },
      ],
      points: [
        { period: "2023-10", key: "U.S.", value: 1, count: 1 },
        { period: "2023-12", key: "U.S.", value: 2, count: 1 },
        { period: "2023-12", key: "__other__", value: 1, count: 1 },
      ],
    });
    expect(series.map((entry) => [entry.field, entry.key, entry.keys])).toEqual([
      ["s0", "U.S.", []],
      ["s1", "__other__", ["Germany"]],
    ]);
    expect(rows).toEqual([
      { period: "2023-10", s0: 1, s1: 0 },
      { period: "2023-11", s0: 0, s1: 0 },
      { period: "2023-12", s0: 2, s1: 1 },
    ]);
  });
});
