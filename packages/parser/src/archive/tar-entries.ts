import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import tar from "tar-stream";
import { ParseError } from "../errors.js";
import { type ArchiveEntry, isArticleFileName } from "./archive-entry.js";
import { readAllBytes } from "./read-bytes.js";

/**
 * The article files of a .tar stream (gunzipped first when `gzipped`), one entry at a time: tar-stream
 * only reads on when the current entry has been consumed, so memory stays bounded by one entry.
 */
export async function* tarEntries(source: Readable, gzipped: boolean, maxBytes: number, label: string): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract();
  const input = gzipped ? source.pipe(createGunzip()) : source;
  input.on("error", (cause: Error) => extract.destroy(cause));
  source.on("error", (cause: Error) => extract.destroy(cause));
  input.pipe(extract);
  try {
    for await (const entry of extract) {
      const file = entry.header.name;
      const type = entry.header.type ?? "file";
      if ((type !== "file" && type !== "contiguous-file") || !isArticleFileName(file)) {
        entry.resume();
        continue;
      }
      const size = entry.header.size ?? 0;
      const read = await readAllBytes(entry, maxBytes, file);
      yield { file, size: read.bytes ? read.size : size, bytes: read.bytes, ...(read.error ? { error: read.error } : {}) };
    }
  } catch (cause) {
    if (cause instanceof ParseError) throw cause;
    throw new ParseError("ARCHIVE_INVALID", `${label} is not a readable tar archive: ${(cause as Error).message}`, {
      file: label,
      cause,
    });
  } finally {
    source.destroy();
  }
}
