"use client";

import { cn } from "@newsdesk/ui/primitives";
import type { ReactNode } from "react";
import { useI18n } from "@/i18n/i18n-provider";
import type { AidCharts } from "../_components/aid-figure-type";
import { formatMoney } from "../_components/money-format";

/** A titled card around one chart. */
export function ChartSection({ title, hint, className, children }: { title: string; hint?: string; className?: string; children: ReactNode }) {
  return (
    <section aria-label={title} className={cn("rounded-lg bg-white p-4 ring-1 ring-slate-200", className)}>
      <h2 className="text-sm font-semibold text-slate-800">{title}</h2>
      {hint ? <p className="mt-0.5 mb-2 text-xs text-slate-500">{hint}</p> : <div className="mb-2" />}
      {children}
    </section>
  );
}

type LeftOutRow = AidCharts["coverage"]["leftOut"][number];

/** The figures the sums leave out: per currency and reason, how many and their total as written. */
export function LeftOutTable({ rows, onSelect }: { rows: LeftOutRow[]; onSelect: (row: LeftOutRow) => void }) {
  const { t, intlLocale } = useI18n();
  const c = t.aid.charts;
  if (rows.length === 0) return <p className="text-sm text-slate-500">{c.leftOutNone}</p>;
  return (
    <table className="w-full text-sm" data-testid="left-out">
      <thead>
        <tr className="text-left text-xs text-slate-500">
          <th className="py-1 font-medium">{t.aid.fields.currency}</th>
          <th className="py-1 font-medium">{c.reason}</th>
          <th className="py-1 font-medium">{t.aid.fields.cumulative}</th>
          <th className="py-1 text-right font-medium">{c.figures}</th>
          <th className="py-1 text-right font-medium">{c.originalTotal}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.currency}-${row.reason}-${row.role}`} className="cursor-pointer border-t border-slate-100 hover:bg-slate-50" onClick={() => onSelect(row)}>
            <td className="py-1 font-medium">{row.currency}</td>
            <td className="py-1 text-slate-600">{t.aid.conversions[row.reason] ?? row.reason}</td>
            <td className="py-1 text-slate-600">{row.role === "cumulative" ? "✓" : ""}</td>
            <td className="py-1 text-right tabular-nums">{row.count}</td>
            <td className="py-1 text-right tabular-nums">{formatMoney(row.amount, row.currency, intlLocale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The counting rules, on the page itself (also in packages/db/README.md). */
export function CountingRules() {
  const { t } = useI18n();
  return (
    <details className="rounded-lg bg-white p-4 text-sm ring-1 ring-slate-200 xl:col-span-2">
      <summary className="cursor-pointer font-semibold text-slate-800">{t.aid.charts.rulesTitle}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-600">
        {t.aid.charts.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </details>
  );
}
