import type { AidChartParams as DbChartParams, AidFigureFilters } from "@newsdesk/db/queries";
import { periodRange } from "@newsdesk/db/queries";
import type { AidChartParams, AidDrill } from "../../lib/aid-query";
import type { ArticleQuery } from "../../lib/article-query";
import { listParamsOf } from "../articles/list-params";

/** The article part of the aid filters: exactly the article list's (shared URL parameters, same parsing). */
export function articleFiltersOf(query: ArticleQuery): AidFigureFilters["articles"] {
  const { sort: _sort, direction: _direction, cursor: _cursor, ...filters } = listParamsOf(query, {});
  return filters;
}

/** The charts' parameters for the db package. */
export function chartParamsOf(query: ArticleQuery, params: AidChartParams): DbChartParams {
  return {
    articles: articleFiltersOf(query),
    valueCurrency: params.currency,
    ...(params.stage ? { statuses: [params.stage] } : {}),
  };
}

/**
 * The filters of the figures behind a chart point: the chart's own filters, the point's role, period and keys.
 * A "left-out" point lists the tranche and cumulative figures without a value in the chart's currency.
 */
export function drillFiltersOf(query: ArticleQuery, params: AidChartParams, drill: AidDrill): AidFigureFilters {
  const base = chartParamsOf(query, params);
  const range = drill.period ? periodRange(drill.period) : null;
  const filters: AidFigureFilters = {
    ...base,
    roles: drill.role === "left-out" ? ["tranche", "cumulative"] : [drill.role],
    value: { currency: params.currency, present: drill.role !== "left-out" },
    ...(range ? { figureFrom: range.from, figureTo: range.to } : {}),
    ...(drill.donor !== undefined ? { donor: drill.donor } : {}),
    ...(drill.recipient !== undefined ? { recipient: drill.recipient } : {}),
    ...(drill.currency ? { currency: drill.currency } : {}),
  };
  if (drill.dimension && drill.key !== undefined) {
    if (drill.dimension === "aidType") filters.aidTypes = [drill.key as NonNullable<AidFigureFilters["aidTypes"]>[number]];
    else filters[drill.dimension] = drill.key;
  }
  if (drill.dimension && drill.exclude && drill.exclude.length > 0) filters.exclude = { dimension: drill.dimension, keys: drill.exclude };
  return filters;
}
