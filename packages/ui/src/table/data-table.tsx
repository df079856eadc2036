"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { useEffect, useRef, type ReactNode } from "react";
import { cn } from "../lib/cn";
import { SkeletonRows } from "../primitives/states";

/** Per-column styling, set as `meta` on a column definition. */
export interface DataTableColumnMeta {
  /** Classes for the header and the cells (widths, alignment). */
  className?: string;
}

export interface DataTableLabels {
  selectAll: string;
  selectRow: (rowId: string) => string;
}

export interface DataTableProps<Row> {
  data: Row[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tanstack's column value type differs per column
  columns: ColumnDef<Row, any>[];
  getRowId: (row: Row) => string;
  /** Row selection (ids); when set a checkbox column is shown. */
  selectedIds?: ReadonlySet<string>;
  onToggleRow?: (rowId: string) => void;
  onToggleAll?: (rowIds: string[], select: boolean) => void;
  /** The keyboard cursor's row (j/k); it is highlighted and kept in view. */
  activeId?: string | null;
  onRowClick?: (rowId: string) => void;
  loading?: boolean;
  /** Shown when not loading and there are no rows. */
  empty?: ReactNode;
  labels?: Partial<DataTableLabels>;
  /** Accessible name of the table. */
  caption: string;
}

const defaultLabels: DataTableLabels = {
  selectAll: "Select all rows",
  selectRow: (rowId) => `Select row ${rowId}`,
};

/** A dense, selectable table (@tanstack/react-table, headless) with a keyboard cursor row. */
export function DataTable<Row>({
  data,
  columns,
  getRowId,
  selectedIds,
  onToggleRow,
  onToggleAll,
  activeId,
  onRowClick,
  loading = false,
  empty,
  labels,
  caption,
}: DataTableProps<Row>) {
  const text = { ...defaultLabels, ...labels };
  const table = useReactTable({ data, columns, getRowId: (row) => getRowId(row), getCoreRowModel: getCoreRowModel() });
  const rows = table.getRowModel().rows;
  const selectable = selectedIds !== undefined;
  const allSelected = selectable && rows.length > 0 && rows.every((row) => selectedIds.has(row.id));
  const activeRef = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    activeRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [activeId]);

  return (
    <div className="overflow-hidden rounded-lg bg-white ring-1 ring-slate-200">
      <table className="w-full table-fixed border-collapse text-sm" aria-label={caption}>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium text-slate-500">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {selectable ? (
                <th className="w-9 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={text.selectAll}
                    checked={allSelected}
                    onChange={() => onToggleAll?.(rows.map((row) => row.id), !allSelected)}
                  />
                </th>
              ) : null}
              {group.headers.map((header) => (
                <th key={header.id} className={cn("px-3 py-2", metaClass(header.column.columnDef.meta))}>
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        {loading ? null : (
          <tbody>
            {rows.map((row) => {
              const isActive = row.id === activeId;
              const isSelected = selectedIds?.has(row.id) ?? false;
              return (
                <tr
                  key={row.id}
                  ref={isActive ? activeRef : undefined}
                  data-row-id={row.id}
                  data-active={isActive || undefined}
                  aria-selected={selectable ? isSelected : undefined}
                  onClick={() => onRowClick?.(row.id)}
                  className={cn(
                    "border-b border-slate-100 last:border-0",
                    isSelected && "bg-indigo-50/60",
                    isActive && "bg-amber-50 shadow-[inset_3px_0_0_rgb(79_70_229)]",
                    onRowClick && "cursor-pointer hover:bg-slate-50",
                  )}
                >
                  {selectable ? (
                    <td className="px-3 py-2" onClick={(event) => event.stopPropagation()}>
                      <input type="checkbox" aria-label={text.selectRow(row.id)} checked={isSelected} onChange={() => onToggleRow?.(row.id)} />
                    </td>
                  ) : null}
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cn("px-3 py-2 align-top", metaClass(cell.column.columnDef.meta))}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        )}
      </table>
      {loading ? <SkeletonRows className="p-3" /> : null}
      {!loading && rows.length === 0 ? empty : null}
    </div>
  );
}

function metaClass(meta: unknown): string | undefined {
  return (meta as DataTableColumnMeta | undefined)?.className;
}
