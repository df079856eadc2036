import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ArchiveEntry } from "./archive-entry.js";
import { readAllBytes } from "./read-bytes.js";
import { tarEntries } from "./tar-entries.js";
import { zipEntries } from "./zip-entries.js";

/** Enough of the head of a stream to recognise gzip, zip and tar (the "ustar" magic sits at 257). */
const SNIFF_BYTES = 512;

/**
 * Entries from a stream of bytes (stdin, an HTTP body): a .tar.gz or .tar is read as it streams; a
 * .zip is spooled to a temporary file first (its directory is at the end); anything else is one file
 * named `name`.
 */
export async function* streamEntries(
  stream: AsyncIterable<unknown>,
  name: string,
  maxBytes: number,
): AsyncGenerator<ArchiveEntry> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    if (!(next.value instanceof Uint8Array)) throw new TypeError(`${name}: the stream yielded ${typeof next.value}, not bytes.`);
    head.push(next.value);
    headLength += next.value.byteLength;
  }
  const first = Buffer.concat(head);
  const replay = Readable.from(
    (async function* () {
      if (first.byteLength > 0) yield first;
      if (!ended) for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value as Uint8Array;
    })(),
  );

  if (first[0] === 0x1f && first[1] === 0x8b) {
    yield* tarEntries(replay, true, maxBytes, name);
  } else if (isZip(first)) {
    const dir = await mkdtemp(join(tmpdir(), "newsdesk-parse-"));
    const path = join(dir, "input.zip");
    try {
      await pipeline(replay, createWriteStream(path));
      yield* zipEntries(path, maxBytes);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } else if (first.subarray(257, 262).toString("latin1") === "ustar") {
    yield* tarEntries(replay, false, maxBytes, name);
  } else {
    const read = await readAllBytes(replay, maxBytes, name);
    yield { file: name, size: read.size, bytes: read.bytes, ...(read.error ? { error: read.error } : {}) };
  }
}

export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && (head[3] === 0x04 || head[3] === 0x06);
}
