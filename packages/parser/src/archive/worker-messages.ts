import { ParseError, type SerializedParseError, parseErrorFromJSON } from "../errors.js";
import type { ParseOptions } from "../parse.js";
import { articleText } from "../record/article-text.js";
import type { ArticleRecord } from "../schema/article-record.js";
import type { ArchiveItem, ArchiveJsonItem } from "./archive-entry.js";

/** How a parsed record comes back: the object (readArchive) or its JSON text (readArchiveJson). */
export type RecordOutput = "record" | "json";

/** Main thread → worker: parse these bytes, or the file at `path` (read by the worker). */
export interface ParseTask {
  id: number;
  file: string;
  size: number;
  bytes: ArrayBuffer | null;
  path: string | null;
  options: Omit<ParseOptions, "file">;
  output: RecordOutput;
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
 *
 * Text the receiver can rebuild does not cross: the record's `text` (the blocks' text joined, a fifth
 * of a record's JSON) and each block `html` that equals the block's `text` (two thirds of them) go as
 * the number 0, which keeps the key where it was, so the rebuilt record serialises byte for byte like
 * the original. That is about a third fewer characters for the worker to write and for the calling
 * thread — the one that limits readArchive with workers — to read.
 */
export function encodeReplies(replies: readonly ParseReply[]): string {
  const wire: ParseReply[] = [];
  for (const reply of replies) wire.push(reply.item.ok ? { id: reply.id, item: { ...reply.item, record: toWire(reply.item.record) } } : reply);
  return JSON.stringify(wire);
}

export function decodeReplies(message: string): ParseReply[] {
  const replies = JSON.parse(message) as ParseReply[];
  for (const reply of replies) if (reply.item.ok) fromWire(reply.item.record);
  return replies;
}

/** Stands on the wire for a string the receiver rebuilds. */
const REBUILT = 0;

/** A shallow copy of the record without the text that `fromWire` rebuilds (key order kept). */
function toWire(record: ArticleRecord): ArticleRecord {
  const blocks: unknown[] = [];
  for (const block of record.blocks) {
    blocks.push(block.type !== "image" && block.type !== "embed" && block.html === block.text ? { ...block, html: REBUILT } : block);
  }
  return { ...record, text: REBUILT, blocks } as unknown as ArticleRecord;
}

/** Puts back, in place, what `toWire` left out. */
function fromWire(record: ArticleRecord): void {
  for (const block of record.blocks) {
    if (block.type !== "image" && block.type !== "embed" && (block.html as unknown) === REBUILT) block.html = block.text;
  }
  record.text = articleText(record.blocks);
}

/**
 * Worker → main thread, for `output: "json"`: the record's JSON text. These replies are posted as they
 * are (a structured clone of a few small objects and one string each, copied rather than walked):
 * wrapping JSON text in JSON again would escape every quote in it.
 */
export interface JsonReply {
  id: number;
  item:
    | { ok: true; file: string; size: number; sha256: string; json: string }
    | { ok: false; file: string; size: number; sha256: string | null; error: SerializedParseError };
}

/** A worker's first message: the parser is loaded, tasks may come. */
export interface ReadyMessage {
  ready: true;
}

/** What a worker posts: that it is ready, record replies as one JSON string (see encodeReplies), JSON replies as an array. */
export type WorkerMessage = ReadyMessage | string | JsonReply[];

export function isReadyMessage(message: WorkerMessage): message is ReadyMessage {
  return typeof message === "object" && !Array.isArray(message);
}

/** The items of one worker message, by task id. */
export function itemsOf(message: string | JsonReply[]): Array<{ id: number; item: ArchiveItem | ArchiveJsonItem }> {
  if (typeof message === "string") return decodeReplies(message).map((reply) => ({ id: reply.id, item: fromReply(reply) }));
  return message.map((reply) => ({ id: reply.id, item: fromJsonReply(reply) }));
}

export function toJsonReply(id: number, item: ArchiveJsonItem): JsonReply {
  if (item.ok) return { id, item };
  return { id, item: { ...item, error: item.error.toJSON() } };
}

function fromJsonReply(reply: JsonReply): ArchiveJsonItem {
  const { item } = reply;
  if (item.ok) return item;
  return { ...item, error: parseErrorFromJSON(item.error, item.file) };
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

export function workerFailure(file: string, size: number, reason: string): Extract<ArchiveItem, { ok: false }> {
  return {
    ok: false,
    file,
    size,
    sha256: null,
    error: new ParseError("WORKER_FAILED", `The worker thread parsing ${file} failed: ${reason}`, { file }),
  };
}
