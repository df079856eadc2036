"use client";

import { Bar, BarChart as RechartsBarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor, type ChartSeries } from "./palette";

/** The bar segment an editor clicked: its category (a period, a donor pair), its series and its value. */
export interface DrillPoint {
  category: string;
  seriesKey: string;
  value: number;
}

export interface DrillBarChartProps {
  data: Array<Record<string, number | string | null>>;
  /** Field naming each category (a period such as "2023-11", or a "donor → recipient" pair). */
  categoryKey: string;
  series: ChartSeries[];
  layout?: "horizontal" | "vertical";
  stacked?: boolean;
  height?: number;
  formatValue?: (value: number) => string;
  label: string;
  /** Called with the segment clicked, to open what is behind it (the aid figures' sentences and articles). */
  onSelect?: (point: DrillPoint) => void;
  /** Width of the category axis in vertical layout (long names). */
  categoryWidth?: number;
  /** A fixed width in pixels instead of the container's (tests, print). */
  width?: number;
}

/**
 * Bars whose every segment drills down: aid tranches per period stacked by donor, cumulative totals per pair.
 * The plain BarChart stays presentational; this one adds the click target and a pointer cursor.
 */
export function DrillBarChart({
  data,
  categoryKey,
  series,
  layout = "horizontal",
  stacked = true,
  height = 280,
  formatValue = (value) => new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 }).format(value),
  label,
  onSelect,
  categoryWidth = 140,
  width,
}: DrillBarChartProps) {
  const vertical = layout === "vertical";
  const tick = { fontSize: 11, fill: "#64748b" };
  return (
    <figure aria-label={label} className="w-full">
      <ResponsiveContainer width={width ?? "100%"} height={height} {...(width ? { initialDimension: { width, height } } : {})}>
        <RechartsBarChart data={data} layout={vertical ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={!vertical} vertical={vertical} />
          {vertical ? (
            <>
              <XAxis type="number" tick={tick} tickFormatter={formatValue} axisLine={false} tickLine={false} />
              <YAxis type="category" dataKey={categoryKey} tick={tick} width={categoryWidth} axisLine={false} tickLine={false} />
            </>
          ) : (
            <>
              <XAxis dataKey={categoryKey} tick={tick} axisLine={{ stroke: "#cbd5e1" }} tickLine={false} minTickGap={16} />
              <YAxis tick={tick} tickFormatter={formatValue} axisLine={false} tickLine={false} width={52} />
            </>
          )}
          <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))} cursor={{ fill: "#f1f5f9" }} />
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {series.map((entry, index) => (
            <Bar
              key={entry.key}
              dataKey={entry.key}
              name={entry.label}
              fill={entry.color ?? seriesColor(index)}
              stackId={stacked ? "stack" : undefined}
              isAnimationActive={false}
              cursor={onSelect ? "pointer" : undefined}
              onClick={
                onSelect
                  ? (bar: { payload?: Record<string, unknown> }) => {
                      const datum = bar.payload ?? {};
                      const value = datum[entry.key];
                      if (typeof value === "number" && value !== 0) onSelect({ category: String(datum[categoryKey]), seriesKey: entry.key, value });
                    }
                  : undefined
              }
            />
          ))}
        </RechartsBarChart>
      </ResponsiveContainer>
    </figure>
  );
}
