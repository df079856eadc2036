import { RatesFileError } from "./rates-errors.js";

/**
 * Reader for the European Central Bank's euro reference-rate history, `eurofxref-hist.csv`: a `Date` column, then
 * one column per currency (units of that currency per 1 EUR), `N/A` where the ECB published none, newest day
 * first, and a trailing comma on every line. Hand-written rather than a CSV library: the layout is fixed, has no
 * quoting or embedded commas, and reading it line by line is these few functions; it still accepts what a
 * spreadsheet round-trip adds (BOM, CRLF, quoted fields, blank trailing columns, any day order).
 */
export interface EcbDay {
  /** UTC calendar day, YYYY-MM-DD. */
  date: string;
  /** Units of the currency per 1 EUR, for the currencies that have a value that day. */
  rates: Array<{ currency: string; perEur: number }>;
}

export interface EcbHistorySummary {
  currencies: string[];
  days: number;
  values: number;
  from: string | null;
  to: string | null;
}

const currencyPattern = /^[A-Z]{3}$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const ratePattern = /^\d+(\.\d+)?$/;

/** Splits a stream of text chunks into lines (LF or CRLF), without holding more than one line of carry-over. */
export async function* linesOf(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let carry = "";
  for await (const chunk of chunks) {
    carry += chunk;
    let newline = carry.indexOf("\n");
    while (newline >= 0) {
      yield carry.slice(0, newline).replace(/\r$/, "");
      carry = carry.slice(newline + 1);
      newline = carry.indexOf("\n");
    }
  }
  if (carry.length > 0) yield carry.replace(/\r$/, "");
}

function cellsOf(line: string): string[] {
  return line.split(",").map((cell) => cell.trim().replace(/^"(.*)"$/, "$1").trim());
}

/** True for a real calendar day (2023-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The currency columns of the header line; the trailing empty column the ECB writes is dropped. */
export function readEcbHeader(line: string): string[] {
  const cells = cellsOf(line.replace(/^\uFEFF/, ""));
  if (cells[0]?.toLowerCase() !== "date") {
    throw new RatesFileError("NOT_ECB_LAYOUT", `expected the ECB history layout (first column "Date"), found "${cells[0] ?? ""}"`, 1);
  }
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  const currencies = cells.slice(1);
  if (currencies.length === 0) throw new RatesFileError("NOT_ECB_LAYOUT", "the header names no currency column", 1);
  const seen = new Set<string>();
  for (const currency of currencies) {
    if (!currencyPattern.test(currency)) throw new RatesFileError("BAD_CURRENCY_COLUMN", `"${currency}" is not an ISO 4217 currency code`, 1);
    if (seen.has(currency)) throw new RatesFileError("DUPLICATE_CURRENCY_COLUMN", `currency ${currency} has two columns`, 1);
    seen.add(currency);
  }
  return currencies;
}

/** One data line: its day and the rates it holds (N/A and empty cells hold none). */
export function readEcbLine(line: string, currencies: readonly string[], lineNumber: number): EcbDay {
  const cells = cellsOf(line);
  while (cells.length > currencies.length + 1 && cells[cells.length - 1] === "") cells.pop();
  if (cells.length !== currencies.length + 1) {
    throw new RatesFileError("WRONG_COLUMN_COUNT", `expected ${currencies.length + 1} columns, found ${cells.length}`, lineNumber);
  }
  const date = cells[0]!;
  if (!isCalendarDay(date)) throw new RatesFileError("BAD_DATE", `"${date}" is not a day in YYYY-MM-DD form`, lineNumber);
  const rates: EcbDay["rates"] = [];
  currencies.forEach((currency, index) => {
    const cell = cells[index + 1]!;
    if (cell === "" || cell.toUpperCase() === "N/A") return;
    const perEur = Number(cell);
    if (!ratePattern.test(cell) || !(perEur > 0)) {
      throw new RatesFileError("BAD_RATE", `${currency} on ${date}: "${cell}" is not a positive rate`, lineNumber);
    }
    rates.push({ currency, perEur });
  });
  return { date, rates };
}

/**
 * Reads the history line by line (any iterable of text chunks: a file stream, an upload's text), yielding one day
 * at a time so a caller can store it in batches. Blank lines are skipped; a day given twice is refused.
 */
export async function* readEcbHistory(
  chunks: AsyncIterable<string> | Iterable<string>,
  summary?: EcbHistorySummary,
): AsyncGenerator<EcbDay> {
  let currencies: string[] | null = null;
  const seen = new Set<string>();
  let lineNumber = 0;
  for await (const line of linesOf(chunks)) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    if (currencies === null) {
      currencies = readEcbHeader(line);
      if (summary) summary.currencies = [...currencies];
      continue;
    }
    const day = readEcbLine(line, currencies, lineNumber);
    if (seen.has(day.date)) throw new RatesFileError("DUPLICATE_DATE", `${day.date} is given twice`, lineNumber);
    seen.add(day.date);
    if (summary) {
      summary.days += 1;
      summary.values += day.rates.length;
      if (summary.from === null || day.date < summary.from) summary.from = day.date;
      if (summary.to === null || day.date > summary.to) summary.to = day.date;
    }
    yield day;
  }
  if (currencies === null) throw new RatesFileError("EMPTY_FILE", "the file is empty");
}

export function emptyHistorySummary(): EcbHistorySummary {
  return { currencies: [], days: 0, values: 0, from: null, to: null };
}

/** The whole history in memory (tests, small files): days in file order plus the summary. */
export async function parseEcbHistory(
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<{ days: EcbDay[]; summary: EcbHistorySummary }> {
  const summary = emptyHistorySummary();
  const days: EcbDay[] = [];
  for await (const day of readEcbHistory(chunks, summary)) days.push(day);
  if (summary.values === 0) throw new RatesFileError("NO_RATES", "the file holds no rate");
  return { days, summary };
}
