export { TimeSeriesChart, type TimeSeriesChartProps } from "./time-series-chart";
export { BarChart, type BarChartProps } from "./bar-chart";
export { MatrixChart, type MatrixChartProps, type MatrixCell } from "./matrix-chart";
export { seriesPalette, seriesColor, heatColor, type ChartSeries } from "./palette";
export { DrillBarChart, type DrillBarChartProps, type DrillPoint } from "./drill-bar-chart";
