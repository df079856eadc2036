import type { AidCharts } from "../_components/aid-figure-type";

export const otherSeriesKey = "__other__";

export interface TimelineSeries {
  /** Field of each row ("s0", "s1" …): dimension values may hold dots or spaces, which chart libraries read as paths. */
  field: string;
  /** The dimension value ("United States", "" for not stated, "__other__" for the merged rest). */
  key: string;
  /** For the "other" series: the values it merges. */
  keys: string[];
  total: number;
}

/**
 * The timeline as chart rows: one row per period (every period in the range, empty ones at 0 so gaps show), one
 * numeric field per series.
 */
export function timelineRows(timeline: AidCharts["timeline"]): { rows: Array<Record<string, string | number>>; series: TimelineSeries[] } {
  const series = timeline.series.map((entry, index) => ({ field: `s${index}`, key: entry.key, keys: entry.keys ?? [], total: entry.total }));
  const fieldOf = new Map(series.map((entry) => [entry.key, entry.field]));
  const rows = new Map<string, Record<string, string | number>>(
    timeline.periods.map((period) => [period, Object.fromEntries([["period", period], ...series.map((entry) => [entry.field, 0])])]),
  );
  for (const point of timeline.points) {
    const row = rows.get(point.period);
    const field = fieldOf.get(point.key);
    if (row && field) row[field] = Number(row[field] ?? 0) + point.value;
  }
  return { rows: [...rows.values()], series };
}
