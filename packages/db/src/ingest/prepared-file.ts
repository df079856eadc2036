import { randomUUID } from "node:crypto";
import type { ArchiveItem } from "./archive-item.js";
import { articleRowOf, entityMentionRowsOf, moneyMentionRowsOf, sourceRowOf } from "./article-rows.js";
import type { ArticleRow, EntityMentionRow, MoneyMentionRow, SourceRow } from "./article-rows.js";

/** The outcome stored for every file (ImportFile.status). */
export type ImportFileStatus = "new" | "updated" | "unchanged" | "older" | "duplicate" | "failed";

/** A file ready to be written: its rows computed outside the transaction (folding and digests cost CPU). */
export interface PreparedFile {
  importFileId: string;
  name: string;
  size: number;
  sha256: string;
  error: { code: string; message: string } | null;
  article: ArticleRow | null;
  source: SourceRow | null;
  entities: EntityMentionRow[];
  money: MoneyMentionRow[];
}

export function prepareFile(item: ArchiveItem): PreparedFile {
  const base = { importFileId: randomUUID(), name: item.file, size: item.size, sha256: item.sha256 ?? "" };
  if (!item.ok) {
    const error = { code: item.error.code, message: item.error.message };
    return { ...base, error, article: null, source: null, entities: [], money: [] };
  }
  try {
    return {
      ...base,
      error: null,
      article: articleRowOf(item.record, item.sha256),
      source: sourceRowOf(item.record),
      entities: entityMentionRowsOf(item.record),
      money: moneyMentionRowsOf(item.record),
    };
  } catch (error) {
    // A record the parser produced but that cannot be stored (a bug, or a record from another parser version):
    // the file is recorded as failed rather than aborting the import.
    return {
      ...base,
      error: { code: "STORE_FAILED", message: `Cannot store the record: ${(error as Error).message}` },
      article: null,
      source: null,
      entities: [],
      money: [],
    };
  }
}

export interface FileOutcome {
  name: string;
  size: number;
  sha256: string;
  status: ImportFileStatus;
  articleId: string | null;
  errorCode: string | null;
  errorMessage: string | null;
}
