/** Latency statistics of a run of requests, in milliseconds. */
export interface LatencySummary {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  mean: number;
  /** Completed requests per second over the run's wall time. */
  throughput: number;
}

/** The q-quantile (0–1) of sorted values, nearest-rank (no interpolation: every reported value was observed). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(durations: readonly number[], errors: number, wallMs: number): LatencySummary {
  const sorted = [...durations].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, errors, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), mean, throughput: (sorted.length / wallMs) * 1000 };
}

/**
 * Runs `total` calls of `request` with `concurrency` in flight at a time and times each one. A call that throws or
 * returns false counts as an error and is not timed.
 */
export async function measure(request: (index: number) => Promise<boolean>, options: { total: number; concurrency: number }): Promise<LatencySummary> {
  const durations: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.total) {
      const index = next++;
      const t0 = performance.now();
      let ok = false;
      try {
        ok = await request(index);
      } catch {
        ok = false;
      }
      if (ok) durations.push(performance.now() - t0);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return summarize(durations, errors, performance.now() - started);
}
