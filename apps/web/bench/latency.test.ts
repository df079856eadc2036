import { describe, expect, it } from "vitest";
import { measure, quantile, summarize } from "./latency";

describe("bench latency statistics", () => {
  it("takes nearest-rank quantiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("summarises durations, errors and throughput", () => {
    expect(summarize([30, 10, 20], 1, 1000)).toEqual({ count: 3, errors: 1, p50: 20, p95: 30, mean: 20, throughput: 3 });
  });

  it("runs requests with the asked concurrency and counts failures", async () => {
    let inFlight = 0;
    let peak = 0;
    const result = await measure(
      async (index) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        if (index === 3) throw new Error("boom");
        return index !== 4;
      },
      { total: 40, concurrency: 8 },
    );
    expect(peak).toBe(8);
    expect(result.count).toBe(38);
    expect(result.errors).toBe(2);
  });
});
