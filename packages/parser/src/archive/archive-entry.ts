import type { ParseError } from "../errors.js";
import type { ArticleRecord } from "../schema/article-record.js";

/** One file read from a folder, a .zip, a .tar(.gz) or a stream, before parsing. */
export interface ArchiveEntry {
  /** Path relative to the folder, or the name inside the archive, as given there ("dev/0001_x.txt"). */
  file: string;
  /** Size in bytes (from the archive's directory when the bytes were not read). */
  size: number;
  /** The file's bytes, or null when it could not be read (then `error` says why) or is not read yet. */
  bytes: Uint8Array | null;
  /** A file not read yet: whoever parses it reads it from here (worker threads read their own files). */
  path?: string;
  error?: ParseError;
}

/**
 * What `readArchive` yields for each file, in input order. `sha256` is the hex SHA-256 of the file's
 * raw bytes (null only when they could not be read); importers store it to skip unchanged files.
 */
export type ArchiveItem =
  | { ok: true; file: string; size: number; sha256: string; record: ArticleRecord }
  | { ok: false; file: string; size: number; sha256: string | null; error: ParseError };

/**
 * What `readArchiveJson` yields for each file: the record as its JSON text (`JSON.stringify(record)`)
 * instead of the object. Worker threads then send text that the calling thread passes on as it is,
 * rather than records it must rebuild — for output that is JSON anyway (the CLI's NDJSON and JSON).
 */
export type ArchiveJsonItem =
  | { ok: true; file: string; size: number; sha256: string; json: string }
  | { ok: false; file: string; size: number; sha256: string | null; error: ParseError };

/** The item with its record as JSON text. */
export function toJsonItem(item: ArchiveItem): ArchiveJsonItem {
  if (!item.ok) return item;
  return { ok: true, file: item.file, size: item.size, sha256: item.sha256, json: JSON.stringify(item.record) };
}

/** File names that are read as archive files by default: no hidden files, text-like extensions. */
const ARTICLE_EXTENSIONS = new Set(["", ".txt", ".md", ".markdown", ".html", ".htm"]);

/** Whether a name inside a folder or archive is an article file (not a hidden file, a manifest, an image). */
export function isArticleFileName(name: string): boolean {
  const parts = name.split(/[\\/]/);
  if (parts.some((part) => part.startsWith(".") && part !== "." && part !== "..") || parts[0] === "__MACOSX") {
    return false;
  }
  const base = parts[parts.length - 1] ?? "";
  if (base === "") return false;
  const dot = base.lastIndexOf(".");
  const extension = dot <= 0 ? "" : base.slice(dot).toLowerCase();
  return ARTICLE_EXTENSIONS.has(extension);
}
