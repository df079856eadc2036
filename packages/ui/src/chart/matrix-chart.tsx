"use client";

import { heatColor } from "./palette";

export interface MatrixCell {
  row: string;
  column: string;
  value: number;
}

export interface MatrixChartProps {
  /** Row and column order (e.g. donors × recipients); cells not given are empty. */
  rows: string[];
  columns: string[];
  cells: MatrixCell[];
  formatValue?: (value: number) => string;
  label: string;
  /** Called with the cell an editor clicks, e.g. to open the matching articles. */
  onCellClick?: (cell: MatrixCell) => void;
}

/**
 * A heat-map table (donor × recipient). recharts has no matrix chart, and a real <table> keeps the numbers
 * readable by screen readers and copyable, so this one is plain HTML with shaded cells.
 */
export function MatrixChart({ rows, columns, cells, formatValue = String, label, onCellClick }: MatrixChartProps) {
  const values = new Map(cells.map((cell) => [`${cell.row}\u0000${cell.column}`, cell.value]));
  const max = cells.reduce((top, cell) => Math.max(top, cell.value), 0);
  return (
    <table aria-label={label} className="border-separate border-spacing-0.5 text-xs">
      <thead>
        <tr>
          <th />
          {columns.map((column) => (
            <th key={column} scope="col" className="px-1.5 py-1 text-left font-medium text-slate-600">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row" className="pr-2 text-right font-medium whitespace-nowrap text-slate-600">
              {row}
            </th>
            {columns.map((column) => {
              const value = values.get(`${row}\u0000${column}`);
              const dark = value !== undefined && max > 0 && value / max > 0.45;
              return (
                <td
                  key={column}
                  title={value === undefined ? undefined : `${row} → ${column}: ${formatValue(value)}`}
                  onClick={value !== undefined && onCellClick ? () => onCellClick({ row, column, value }) : undefined}
                  style={{ backgroundColor: heatColor(value ?? 0, max) }}
                  className={`min-w-12 rounded px-1.5 py-1 text-right tabular-nums ${dark ? "text-white" : "text-slate-700"} ${
                    onCellClick && value !== undefined ? "cursor-pointer" : ""
                  }`}
                >
                  {value === undefined ? "" : formatValue(value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
