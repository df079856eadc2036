import { ParseError, type SerializedParseError, parseErrorFromJSON } from "../errors.js";
import type { ParseOptions } from "../parse.js";
import type { ArticleRecord } from "../schema/article-record.js";
import type { ArchiveItem } from "./archive-entry.js";

/** Main thread → worker: parse these bytes, or the file at `path` (read by the worker). */
export interface ParseTask {
  id: number;
  file: string;
  size: number;
  bytes: ArrayBuffer | null;
  path: string | null;
  options: Omit<ParseOptions, "file">;
}

/** Worker → main thread: the item, with its error as plain data (class identity does not survive cloning). */
export interface ParseReply {
  id: number;
  item:
    | { ok: true; file: string; size: number; sha256: string; record: ArticleRecord }
    | { ok: false; file: string; size: number; sha256: string | null; error: SerializedParseError };
}

/**
 * Replies cross threads as one JSON string. Records are plain JSON data (strings, finite numbers,
 * booleans, null, arrays, objects; no undefined fields), so JSON gives the same objects as a
 * structured clone — checked on every corpus record — and parsing JSON on the receiving thread costs
 * about 30 % less than deserialising the clone (the string itself is copied, not walked).
 */
export function encodeReplies(replies: readonly ParseReply[]): string {
  return JSON.stringify(replies);
}

export function decodeReplies(message: string): ParseReply[] {
  return JSON.parse(message) as ParseReply[];
}

export function toReply(id: number, item: ArchiveItem): ParseReply {
  if (item.ok) return { id, item };
  return { id, item: { ...item, error: item.error.toJSON() } };
}

export function fromReply(reply: ParseReply): ArchiveItem {
  const { item } = reply;
  if (item.ok) return item;
  return { ...item, error: parseErrorFromJSON(item.error, item.file) };
}

export function workerFailure(file: string, size: number, reason: string): ArchiveItem {
  return {
    ok: false,
    file,
    size,
    sha256: null,
    error: new ParseError("WORKER_FAILED", `The worker thread parsing ${file} failed: ${reason}`, { file }),
  };
}
