"use client";

import { Select } from "@newsdesk/ui/primitives";
import type { ReactNode } from "react";
import { useI18n } from "@/i18n/i18n-provider";
import { aidStatuses, chartCurrencies, chartDimensions, chartGranularities, type AidChartParams } from "@/lib/aid-query";

/** A fixed-width slot: the Select primitive is w-full, so its width comes from here. */
function Slot({ width, children }: { width: string; children: ReactNode }) {
  return <div className={width}>{children}</div>;
}

/** Currency, grouping, period and stage of the charts (kept in the URL beside the search filters). */
export function AidChartControls({ params, onChange }: { params: AidChartParams; onChange: (params: AidChartParams) => void }) {
  const { t } = useI18n();
  const c = t.aid.charts;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Slot width="w-24">
        <Select aria-label={c.currency} value={params.currency} onChange={(e) => onChange({ ...params, currency: e.target.value as AidChartParams["currency"] })} className="h-8">
          {chartCurrencies.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </Select>
      </Slot>
      <Slot width="w-36">
        <Select aria-label={c.groupBy} value={params.groupBy} onChange={(e) => onChange({ ...params, groupBy: e.target.value as AidChartParams["groupBy"] })} className="h-8">
          {chartDimensions.map((dimension) => (
            <option key={dimension} value={dimension}>
              {c.groupByOptions[dimension]}
            </option>
          ))}
        </Select>
      </Slot>
      <Slot width="w-28">
        <Select aria-label={c.granularity} value={params.granularity} onChange={(e) => onChange({ ...params, granularity: e.target.value as AidChartParams["granularity"] })} className="h-8">
          {chartGranularities.map((granularity) => (
            <option key={granularity} value={granularity}>
              {c.granularityOptions[granularity]}
            </option>
          ))}
        </Select>
      </Slot>
      <Slot width="w-32">
        <Select aria-label={c.stage} value={params.stage ?? ""} onChange={(e) => onChange({ ...params, stage: (e.target.value || undefined) as AidChartParams["stage"] })} className="h-8">
          <option value="">{c.anyStage}</option>
          {aidStatuses.map((status) => (
            <option key={status} value={status}>
              {t.aid.statuses[status]}
            </option>
          ))}
        </Select>
      </Slot>
    </div>
  );
}
