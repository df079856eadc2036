import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { DEFAULT_MAX_BYTES, decodeInput } from "./envelope/decode-input.js";
import { readEnvelope } from "./envelope/read-envelope.js";
import { ParseError } from "./errors.js";
import { buildRecord } from "./record/build-record.js";
import type { ArticleRecord } from "./schema/article-record.js";

export interface ParseOptions {
  /** Name of the file the text came from; stored as the record's `file` (default "input"). */
  file?: string;
  /** Refuse inputs larger than this many bytes with TOO_LARGE (default 16 MiB). */
  maxBytes?: number;
  /** Run the aid-figure (money) extractor; false leaves `moneyMentions` empty (default true). */
  moneyMentions?: boolean;
}

export type SafeParseResult = { success: true; data: ArticleRecord } | { success: false; error: ParseError };

/**
 * Parses one archive file (text or raw bytes) into an article record.
 * @throws {ParseError} with a `code` (see `parseErrorCodes`) when the input is not an archive file
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ArticleRecord {
  const file = options.file ?? "input";
  try {
    const text = decodeInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES, file);
    return buildRecord(readEnvelope(text, file), file, { moneyMentions: options.moneyMentions ?? true });
  } catch (error) {
    if (error instanceof ParseError) throw error;
    // Anything else is a bug of the parser; it is still reported as a ParseError so callers only
    // ever handle one error type, with the original as the cause.
    throw new ParseError("UNKNOWN_FORMAT", `Unexpected failure while parsing: ${String(error)}`, { file, cause: error });
  }
}

/** Like `parse`, but returns `{success: false, error}` instead of throwing. Never throws. */
export function safeParse(input: string | Uint8Array, options: ParseOptions = {}): SafeParseResult {
  try {
    return { success: true, data: parse(input, options) };
  } catch (error) {
    const parseError =
      error instanceof ParseError
        ? error
        : new ParseError("UNKNOWN_FORMAT", String(error), { file: options.file, cause: error });
    return { success: false, error: parseError };
  }
}

/**
 * Reads and parses one file; the record's `file` is the file's base name unless `options.file` says otherwise.
 * @throws {ParseError} READ_FAILED when the file cannot be read, or any parse error
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ArticleRecord> {
  const file = options.file ?? basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new ParseError("READ_FAILED", `Cannot read ${path}: ${(cause as Error).message}`, { file, cause });
  }
  return parse(bytes, { ...options, file });
}
