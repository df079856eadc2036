"use client";

import { Bar, BarChart as RechartsBarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor, type ChartSeries } from "./palette";

export interface BarChartProps {
  data: Array<Record<string, number | string | null>>;
  /** Field naming each bar group (a source, a donor, a month). */
  categoryKey: string;
  series: ChartSeries[];
  /** "vertical" lays categories down the side: better for long names such as 美国之音. */
  layout?: "horizontal" | "vertical";
  stacked?: boolean;
  height?: number;
  formatValue?: (value: number) => string;
  label: string;
}

/** Bars per category, grouped or stacked (articles per source; aid by donor and type). */
export function BarChart({
  data,
  categoryKey,
  series,
  layout = "horizontal",
  stacked = false,
  height = 240,
  formatValue = (value) => new Intl.NumberFormat(undefined, { notation: "compact" }).format(value),
  label,
}: BarChartProps) {
  const vertical = layout === "vertical";
  const tick = { fontSize: 11, fill: "#64748b" };
  return (
    <figure aria-label={label} className="w-full">
      <ResponsiveContainer width="100%" height={height}>
        <RechartsBarChart data={data} layout={vertical ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={!vertical} vertical={vertical} />
          {vertical ? (
            <>
              <XAxis type="number" tick={tick} tickFormatter={formatValue} axisLine={false} tickLine={false} />
              <YAxis type="category" dataKey={categoryKey} tick={tick} width={96} axisLine={false} tickLine={false} />
            </>
          ) : (
            <>
              <XAxis dataKey={categoryKey} tick={tick} axisLine={{ stroke: "#cbd5e1" }} tickLine={false} />
              <YAxis tick={tick} tickFormatter={formatValue} axisLine={false} tickLine={false} width={44} />
            </>
          )}
          <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))} />
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {series.map((entry, index) => (
            <Bar
              key={entry.key}
              dataKey={entry.key}
              name={entry.label}
              fill={entry.color ?? seriesColor(index)}
              stackId={stacked ? "stack" : undefined}
              isAnimationActive={false}
              radius={stacked ? 0 : 2}
            />
          ))}
        </RechartsBarChart>
      </ResponsiveContainer>
    </figure>
  );
}
