// Exchange rates: the ECB history reader, the rate choice (nearest earlier business day) and the rate import.
export { emptyHistorySummary, linesOf, parseEcbHistory, readEcbHistory } from "./ecb-history.js";
export type { EcbDay, EcbHistorySummary } from "./ecb-history.js";
export { chooseRate, eurCode, maxRateAgeDays } from "./rate-choice.js";
export type { RateChoice, RateLookup, RateMiss, RateQuote } from "./rate-choice.js";
export { RateTable } from "./rate-table.js";
export { ecbSourceName, importExchangeRates } from "./import-rates.js";
export type { ImportRatesOptions, RateImportSummary, RatesInput } from "./import-rates.js";
export { RatesFileError, isRatesFileError } from "./rates-errors.js";
export type { RatesFileErrorCode } from "./rates-errors.js";
export { sharedEcbHistoryPath } from "./shared-history-path.js";
