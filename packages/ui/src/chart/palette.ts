/** Series colours (Tailwind 600s), chosen to stay apart for colour-blind readers in the first four. */
export const seriesPalette = ["#4f46e5", "#d97706", "#0891b2", "#db2777", "#16a34a", "#7c3aed", "#dc2626", "#475569"] as const;

export function seriesColor(index: number): string {
  return seriesPalette[index % seriesPalette.length] ?? "#475569";
}

/** One plotted series: which field of each datum, its legend label, and optionally a colour. */
export interface ChartSeries {
  key: string;
  label: string;
  color?: string;
}

/** Maps a value in [0, max] to a cell colour from white to indigo-700, for matrices. */
export function heatColor(value: number, max: number): string {
  if (!(max > 0) || !(value > 0)) return "rgb(248 250 252)";
  const t = Math.min(1, Math.sqrt(value / max));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(238, 67)} ${mix(242, 56)} ${mix(255, 202)})`;
}
