import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { DEFAULT_MAX_BYTES } from "../envelope/decode-input.js";
import { ParseError } from "../errors.js";
import { type ArchiveEntry, type ArchiveItem, type ArchiveJsonItem, toJsonItem } from "./archive-entry.js";
import { fileEntry, folderEntries } from "./folder-entries.js";
import { parseEntry } from "./parse-entry.js";
import { isZip, streamEntries } from "./stream-entries.js";
import { tarEntries } from "./tar-entries.js";
import type { RecordOutput } from "./worker-messages.js";
import { sharedWorkerPool } from "./worker-pool.js";
import { zipEntries } from "./zip-entries.js";

/** A path (file, folder, .zip, .tar, .tar.gz), a file URL, bytes, or a stream of bytes. */
export type ArchiveInput = string | URL | Uint8Array | AsyncIterable<unknown>;

export interface ReadArchiveOptions {
  /**
   * Threads to parse on, the calling thread included: 1 (the default) parses on the calling thread
   * only; more adds `jobs - 1` worker threads, and the calling thread parses whatever they have no
   * room for. The workers are kept (idle ones do not hold the process open) and reused by later
   * calls with the same count.
   */
  jobs?: number;
  /** Per-file size limit in bytes (default 16 MiB); larger files yield TOO_LARGE items. */
  maxBytes?: number;
  /** Name of the single file when a stream or bytes turn out not to be an archive (default "-"). */
  streamName?: string;
  /** Run the aid-figure extractor on each record (default true). */
  moneyMentions?: boolean;
}

/** Files parsed ahead of the consumer per job: keeps the workers busy while memory stays bounded. */
const WINDOW_PER_JOB = 32;

/**
 * Parses every archive file of one or several inputs, yielding one item per file in input order:
 * `{ok: true, file, size, sha256, record}` or `{ok: false, file, size, sha256, error}`. A folder is
 * read recursively (hidden files skipped; .txt/.md/.html and extension-less files only), a .zip or
 * .tar(.gz) entry by entry, a stream is recognised by its first bytes. Only a bounded number of files
 * is held at once. An input that cannot be opened, or an archive that is corrupt, yields an error item
 * (READ_FAILED, ARCHIVE_INVALID) for that input and reading goes on with the next.
 */
export function readArchive(
  input: ArchiveInput | readonly ArchiveInput[],
  options: ReadArchiveOptions = {},
): AsyncGenerator<ArchiveItem> {
  return readItems(input, options, "record") as AsyncGenerator<ArchiveItem>;
}

/**
 * Like `readArchive`, but each record comes as its JSON text (`{ok: true, file, size, sha256, json}`,
 * `json` being `JSON.stringify(record)`), for callers that write JSON anyway. With worker threads this
 * is the faster path: a worker's record reaches the calling thread as the text the worker wrote, where
 * readArchive must rebuild every object on the calling thread (about a fifth of a parse).
 */
export function readArchiveJson(
  input: ArchiveInput | readonly ArchiveInput[],
  options: ReadArchiveOptions = {},
): AsyncGenerator<ArchiveJsonItem> {
  return readItems(input, options, "json") as AsyncGenerator<ArchiveJsonItem>;
}

async function* readItems(
  input: ArchiveInput | readonly ArchiveInput[],
  options: ReadArchiveOptions,
  output: RecordOutput,
): AsyncGenerator<ArchiveItem | ArchiveJsonItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inputs: readonly ArchiveInput[] = Array.isArray(input) ? input : [input as ArchiveInput];
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  // The calling thread parses too: each record it parses is one that does not cross threads (a record
  // from a worker costs this thread about a fifth of a parse to rebuild from its JSON).
  const pool = jobs > 1 ? sharedWorkerPool(jobs - 1) : null;
  const window: Array<Promise<ArchiveItem | ArchiveJsonItem>> = [];
  const parseOptions = { maxBytes, moneyMentions: options.moneyMentions ?? true };
  const parseHere = (entry: ArchiveEntry) => {
    const item = parseEntry(entry, parseOptions);
    return Promise.resolve(output === "json" ? toJsonItem(item) : item);
  };
  for (const one of inputs) {
    // Folder files are read by whoever parses them, synchronously: a worker, or this thread for jobs 1.
    // Reading them here ahead, asynchronously, cost more CPU than the reads themselves (a thread-pool
    // round trip per stat/open/read/close, and promises), which made jobs 1 slower than parse().
    for await (const entry of guardedEntries(one, maxBytes, options.streamName ?? "-")) {
      // Worker replies are events: let those that arrived free their slots before choosing a thread.
      if (pool !== null) await nextTurn();
      const here = pool === null || pool.saturated();
      window.push(here ? parseHere(entry) : pool.parse(entry, parseOptions, output));
      if (window.length >= jobs * WINDOW_PER_JOB) yield await (window.shift() as Promise<ArchiveItem | ArchiveJsonItem>);
    }
  }
  while (window.length > 0) yield await (window.shift() as Promise<ArchiveItem | ArchiveJsonItem>);
}

/** Resolves after the event loop has handled pending events (worker messages among them). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Entries of one input; an input-level failure becomes one error entry instead of an exception. */
async function* guardedEntries(
  input: ArchiveInput,
  maxBytes: number,
  streamName: string,
): AsyncGenerator<ArchiveEntry> {
  const label = describe(input, streamName);
  try {
    yield* entriesOf(input, maxBytes, streamName);
  } catch (cause) {
    const error =
      cause instanceof ParseError
        ? cause
        : new ParseError("READ_FAILED", `Cannot read ${label}: ${(cause as Error).message}`, { file: label, cause });
    yield { file: label, size: 0, bytes: null, error };
  }
}

async function* entriesOf(
  input: ArchiveInput,
  maxBytes: number,
  streamName: string,
): AsyncGenerator<ArchiveEntry> {
  if (input instanceof Uint8Array) {
    yield* streamEntries(Readable.from([input]), streamName, maxBytes);
    return;
  }
  if (typeof input !== "string" && !(input instanceof URL)) {
    yield* streamEntries(input, streamName, maxBytes);
    return;
  }
  const path = input instanceof URL ? fileURLToPath(input) : input;
  const info = await stat(path);
  if (info.isDirectory()) {
    yield* folderEntries(path, maxBytes, true);
    return;
  }
  const kind = await archiveKind(path);
  if (kind === "zip") yield* zipEntries(path, maxBytes);
  else if (kind === "tar" || kind === "tar.gz") yield* tarEntries(createReadStream(path), kind === "tar.gz", maxBytes, path);
  else yield await fileEntry(path, basename(path), maxBytes);
}

/** By extension, then by magic bytes for archives with unusual names. */
async function archiveKind(path: string): Promise<"zip" | "tar" | "tar.gz" | "file"> {
  const lower = path.toLowerCase();
  if (lower.endsWith(".zip")) return "zip";
  if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) return "tar.gz";
  if (lower.endsWith(".tar")) return "tar";
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(262);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead >= 4 && isZip(head)) return "zip";
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "tar.gz";
    if (bytesRead >= 262 && head.subarray(257, 262).toString("latin1") === "ustar") return "tar";
    return "file";
  } finally {
    await handle.close();
  }
}

function describe(input: ArchiveInput, streamName: string): string {
  if (typeof input === "string") return input;
  if (input instanceof URL) return input.href;
  return streamName;
}
