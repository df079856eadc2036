// Aid figures: the effective figure of each money mention (review overlay, USD/EUR values, counting role), the
// editors' review with optimistic concurrency and undo, and the chart aggregates. Re-exported by ../queries.
export { aidFigureFieldNames, aidFigureFieldsSchema, aidReviewStates, changedFields, normaliseFields } from "./figure-fields.js";
export type { AidFigureFieldName, AidFigureFields, AidReviewState } from "./figure-fields.js";
export { aidFigureRoles } from "./article-figures.js";
export type { AidFigureRole } from "./article-figures.js";
export { conversionStatuses } from "./convert-figure.js";
export type { ConversionStatus } from "./convert-figure.js";
export type { AidFigureFilters } from "./figure-filters.js";
export { chartGranularities, periodRange } from "./chart-periods.js";
export type { ChartGranularity } from "./chart-periods.js";
export { aidCoverage, aidCumulativeTotals, aidMatrix, aidTimeline, otherSeriesKey } from "./aid-charts.js";
export type { AidChartParams, AidCoverage, AidMatrix, AidTimeline, ChartCurrency, ChartDimension, CumulativeTotal } from "./aid-charts.js";
export { aidFigureAuditTarget, aidFigureTargetId, reviewAidFigure } from "./review-figure.js";
export type { AidFigureRef, AidReviewAction, AidReviewOutcome, ReviewActor, ReviewAidFigureInput } from "./review-figure.js";
export { undoAidFigureReview } from "./undo-review.js";
export { AidFigureError, isAidFigureError } from "./aid-errors.js";
export type { AidFigureErrorCode } from "./aid-errors.js";
export { refreshAidFigures, refreshAllAidFigures } from "./refresh-figures.js";
export type { RefreshAllOptions } from "./refresh-figures.js";
