/** Why a rates file was refused. The import is all-or-nothing: a refused file changes no stored rate. */
export type RatesFileErrorCode =
  | "FILE_NOT_FOUND"
  | "EMPTY_FILE"
  | "NOT_ECB_LAYOUT"
  | "BAD_CURRENCY_COLUMN"
  | "DUPLICATE_CURRENCY_COLUMN"
  | "BAD_DATE"
  | "DUPLICATE_DATE"
  | "BAD_RATE"
  | "WRONG_COLUMN_COUNT"
  | "NO_RATES";

/** A rates file that is not in the ECB's history layout, or holds a value that is not a rate; says where. */
export class RatesFileError extends Error {
  readonly code: RatesFileErrorCode;
  /** 1-based line of the file, when the problem is on one line. */
  readonly line: number | null;

  constructor(code: RatesFileErrorCode, message: string, line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = "RatesFileError";
    this.code = code;
    this.line = line;
  }
}

export function isRatesFileError(error: unknown): error is RatesFileError {
  return error instanceof RatesFileError;
}
