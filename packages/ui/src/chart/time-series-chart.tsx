"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor, type ChartSeries } from "./palette";

export interface TimeSeriesChartProps {
  /** One datum per period; `date` is an ISO day or month ("2023-11" / "2023-11-29"), other fields are series values. */
  data: Array<{ date: string } & Record<string, number | string | null>>;
  series: ChartSeries[];
  height?: number;
  formatValue?: (value: number) => string;
  /** Accessible description of what the chart shows. */
  label: string;
}

/** Lines over time: article counts per day, aid figures per month (the aid-figures issue reuses it). */
export function TimeSeriesChart({ data, series, height = 220, formatValue = defaultFormat, label }: TimeSeriesChartProps) {
  return (
    <figure aria-label={label} className="w-full">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="date" tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} minTickGap={24} />
          <YAxis tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={false} width={44} tickFormatter={formatValue} />
          <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))} />
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {series.map((entry, index) => (
            <Line
              key={entry.key}
              type="monotone"
              dataKey={entry.key}
              name={entry.label}
              stroke={entry.color ?? seriesColor(index)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

function defaultFormat(value: number): string {
  return new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}
