"use client";

import { Select } from "@newsdesk/ui/primitives";
import { useI18n } from "@/i18n/i18n-provider";
import { aidStatuses, chartCurrencies, chartDimensions, chartGranularities, type AidChartParams } from "@/lib/aid-query";

/** Currency, grouping, period and stage of the charts (kept in the URL beside the search filters). */
export function AidChartControls({ params, onChange }: { params: AidChartParams; onChange: (params: AidChartParams) => void }) {
  const { t } = useI18n();
  const c = t.aid.charts;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Select aria-label={c.currency} value={params.currency} onChange={(e) => onChange({ ...params, currency: e.target.value as AidChartParams["currency"] })} className="h-8 w-24">
        {chartCurrencies.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </Select>
      <Select aria-label={c.groupBy} value={params.groupBy} onChange={(e) => onChange({ ...params, groupBy: e.target.value as AidChartParams["groupBy"] })} className="h-8 w-36">
        {chartDimensions.map((dimension) => (
          <option key={dimension} value={dimension}>
            {c.groupByOptions[dimension]}
          </option>
        ))}
      </Select>
      <Select aria-label={c.granularity} value={params.granularity} onChange={(e) => onChange({ ...params, granularity: e.target.value as AidChartParams["granularity"] })} className="h-8 w-28">
        {chartGranularities.map((granularity) => (
          <option key={granularity} value={granularity}>
            {c.granularityOptions[granularity]}
          </option>
        ))}
      </Select>
      <Select
        aria-label={c.stage}
        value={params.stage ?? ""}
        onChange={(e) => onChange({ ...params, stage: (e.target.value || undefined) as AidChartParams["stage"] })}
        className="h-8 w-32"
      >
        <option value="">{c.anyStage}</option>
        {aidStatuses.map((status) => (
          <option key={status} value={status}>
            {t.aid.statuses[status]}
          </option>
        ))}
      </Select>
    </div>
  );
}
