/**
 * The one error class of the parser. Every failure of `parse()` (and every per-file failure that
 * `readArchive()` reports) carries a stable, UPPER_SNAKE `code`; the README lists them all.
 */
export const parseErrorCodes = {
  EMPTY_INPUT: "The input is empty or holds only whitespace.",
  BINARY_INPUT: "The input is not text: it holds NUL bytes or is not valid UTF-8/UTF-16.",
  TOO_LARGE: "The input is larger than the `maxBytes` limit (default 16 MiB).",
  UNKNOWN_FORMAT: "The input starts like none of the archive variants (F1, F2, F3, F6).",
  FRONT_MATTER_INVALID: "A `---` front matter block is not closed by `---`.",
  INVALID_TIMESTAMP: "The `<!--…-->` archive comment does not hold an epoch in milliseconds.",
  MISSING_TITLE_LINE: "No `[title](url)` line where the variant expects one.",
  MISSING_SEPARATOR: "The `------` line after the title line is missing.",
  INVALID_URL: "The URL of the title line is not an absolute http(s) URL.",
  READ_FAILED: "The file could not be read (I/O error, unreadable archive entry).",
  ARCHIVE_INVALID: "A .zip/.tar/.tar.gz archive is corrupt or truncated.",
  WORKER_FAILED: "A worker thread died while parsing the file.",
} as const;

export type ParseErrorCode = keyof typeof parseErrorCodes;

export interface ParseErrorOptions {
  /** The file the error belongs to, when known. */
  file?: string | undefined;
  /** 1-based line of the input where the problem was seen, when it is about one line. */
  line?: number | undefined;
  cause?: unknown;
}

export class ParseError extends Error {
  override readonly name = "ParseError";
  readonly code: ParseErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: ParseErrorCode, message: string, options: ParseErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
    this.line = options.line;
  }

  /** A plain object for NDJSON output and for crossing worker-thread boundaries. */
  toJSON(): SerializedParseError {
    return { code: this.code, message: this.message, ...(this.line === undefined ? {} : { line: this.line }) };
  }
}

export interface SerializedParseError {
  code: ParseErrorCode;
  message: string;
  line?: number;
}

export function isParseError(value: unknown): value is ParseError {
  return value instanceof ParseError;
}

/** Rebuilds a ParseError from its JSON form (used when a worker thread reports a failure). */
export function parseErrorFromJSON(data: SerializedParseError, file?: string): ParseError {
  return new ParseError(data.code, data.message, { file, line: data.line });
}
