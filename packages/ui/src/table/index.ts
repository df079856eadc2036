export { DataTable, type DataTableProps, type DataTableColumnMeta, type DataTableLabels } from "./data-table";
export { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
