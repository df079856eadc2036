import { ParseError } from "../errors.js";
import { type ParseOptions, parse } from "../parse.js";
import { sha256Hex } from "../record/digests.js";
import type { ArchiveEntry, ArchiveItem } from "./archive-entry.js";

/**
 * Parses one archive entry into an item (never throws). The record's `file` is the entry's name as
 * given inside the folder or archive.
 */
export function parseEntry(entry: ArchiveEntry, options: Omit<ParseOptions, "file">): ArchiveItem {
  const { file, size, bytes } = entry;
  if (bytes === null) {
    const error = entry.error ?? new ParseError("READ_FAILED", `Could not read ${file}.`, { file });
    return { ok: false, file, size, sha256: null, error };
  }
  const sha256 = sha256Hex(bytes);
  try {
    return { ok: true, file, size, sha256, record: parse(bytes, { ...options, file }) };
  } catch (cause) {
    const error =
      cause instanceof ParseError ? cause : new ParseError("UNKNOWN_FORMAT", String(cause), { file, cause });
    return { ok: false, file, size, sha256, error };
  }
}
