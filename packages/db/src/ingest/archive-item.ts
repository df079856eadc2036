import type { ArticleRecord } from "@newsdesk/parser";

/**
 * One file of an archive as the parser's readArchive yields it: its name inside the archive or folder, its size,
 * the SHA-256 of its bytes (null when they could not be read), and the parsed record or the parse error. Declared
 * structurally so that other producers (the bench's record generator, tests) can feed the importer too.
 */
export type ArchiveItem =
  | { ok: true; file: string; size: number; sha256: string; record: ArticleRecord }
  | { ok: false; file: string; size: number; sha256: string | null; error: { code: string; message: string } };
