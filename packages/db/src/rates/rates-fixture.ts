/**
 * A small file in the ECB history layout for tests (the real one is ../shared/data/ecb-eurofxref-hist.csv):
 * newest day first, a trailing comma, N/A where a currency has no rate. Rates are the ECB's of those days.
 */
export const sampleEcbCsv = [
  "Date,USD,JPY,RUB,GBP,CNY,AUD,",
  "2023-12-01,1.0886,160.45,N/A,0.86145,7.7748,1.6394,",
  "2023-11-30,1.0931,161.26,N/A,0.86518,7.7824,1.6459,",
  "2023-11-29,1.0985,161.85,N/A,0.86623,7.8347,1.6473,",
  "2023-11-28,1.0967,161.73,N/A,0.86730,7.8233,1.6505,",
  "2022-03-01,1.1163,128.75,117.2937,0.83560,7.0506,1.5370,",
  "2022-02-28,1.1240,129.22,N/A,0.83795,7.0957,1.5486,",
  "",
].join("\n");

/** The same days with the rates moved, to check that a re-import replaces them. */
export const revisedEcbCsv = sampleEcbCsv.replace("2023-11-29,1.0985,", "2023-11-29,1.2000,");
