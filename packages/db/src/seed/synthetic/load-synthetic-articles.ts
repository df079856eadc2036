import { randomUUID } from "node:crypto";
import type { ArticleRecord } from "@newsdesk/parser";
import type { Database } from "../../client/create-database.js";
import { relinkDuplicatesSql } from "../../ingest/chunk-sql.js";
import { articleRowOf, entityMentionRowsOf, moneyMentionRowsOf, sourceRowOf } from "../../ingest/article-rows.js";
import type { PreparedFile } from "../../ingest/prepared-file.js";
import { bulkInsertFiles } from "./bulk-insert.js";
import { rawSqlOf } from "./raw-sql.js";
import type { RawSql } from "./raw-sql.js";
import { loadTemplates, syntheticItem, syntheticRecord, syntheticTemplate } from "./synthetic-items.js";
import { TemplateSearchColumns } from "./template-search-columns.js";

export interface LoadSyntheticOptions {
  count: number;
  seed?: number;
  /** Records per transaction (default 500). */
  chunkSize?: number;
  corpusDir?: string;
  onProgress?: (progress: { done: number; inserted: number; skipped: number }) => void;
}

/** Files prepared between yields to the event loop, so the chunk in flight keeps talking to the database. */
const prepareSlice = 25;

/**
 * Fills a (migrated) database with `count` synthetic articles by the bulk path, for benchmarks of the dashboard at
 * scale. Resumable: ids depend only on (seed, index), and a chunk whose articles are all stored is skipped, so a
 * stopped load continues where it stopped. Near-duplicates are linked like the importer links them.
 *
 * Pipelined: the next chunk's rows are computed while the previous chunk's transaction runs in the database (one
 * transaction in flight at a time, so chunks commit in order). Rows are the importer's (`articleRowOf` and
 * friends); only the search columns are memoised per corpus template (see TemplateSearchColumns).
 */
export async function loadSyntheticArticles(
  database: Database,
  options: LoadSyntheticOptions,
): Promise<{ inserted: number; skipped: number }> {
  const sql = rawSqlOf(database);
  const seed = options.seed ?? 1;
  const chunkSize = options.chunkSize ?? 500;
  const templates = await loadTemplates(options.corpusDir);
  const searchColumns = new TemplateSearchColumns();
  let inserted = 0;
  let skipped = 0;
  /** The chunk in flight: resolves to its error (or null) so that a failure is never an unhandled rejection. */
  let inFlight: { settled: Promise<unknown>; done: number; newRows: number } | null = null;
  const finishInFlight = async () => {
    if (!inFlight) return;
    const { settled, done, newRows } = inFlight;
    inFlight = null;
    const error = await settled;
    if (error) throw error;
    inserted += newRows;
    options.onProgress?.({ done, inserted, skipped });
  };
  for (let start = 0; start < options.count; start += chunkSize) {
    const end = Math.min(start + chunkSize, options.count);
    const records: Array<{ index: number; record: ArticleRecord }> = [];
    for (let index = start; index < end; index++) records.push({ index, record: syntheticRecord(templates, seed, index) });
    const stored = await sql.query(`SELECT count(*)::int AS n FROM "Article" WHERE id = ANY($1::text[])`, [records.map(({ record }) => record.id)]);
    const storedCount = Number(stored.rows[0]?.n ?? 0);
    if (storedCount === records.length) {
      await finishInFlight();
      skipped += records.length;
      options.onProgress?.({ done: end, inserted, skipped });
      continue;
    }
    const files: PreparedFile[] = [];
    for (const { index, record } of records) {
      if (files.length % prepareSlice === 0) await new Promise((resolve) => setImmediate(resolve));
      const search = searchColumns.of(record, syntheticTemplate(templates, index));
      files.push(preparedFileOf(syntheticItem(record, seed, index), search));
    }
    await finishInFlight();
    const settled = writeChunk(sql, files).then(
      () => null,
      (error: unknown) => error,
    );
    inFlight = { settled, done: end, newRows: records.length - storedCount };
  }
  await finishInFlight();
  return { inserted, skipped };
}

function preparedFileOf(item: ReturnType<typeof syntheticItem>, search: ReturnType<TemplateSearchColumns["of"]>): PreparedFile {
  const { record } = item;
  return {
    importFileId: randomUUID(),
    name: item.file,
    size: item.size,
    sha256: item.sha256,
    error: null,
    article: articleRowOf(record, item.sha256, search),
    source: sourceRowOf(record),
    entities: entityMentionRowsOf(record),
    money: moneyMentionRowsOf(record),
  };
}

function writeChunk(sql: RawSql, files: PreparedFile[]): Promise<void> {
  return sql.transaction(async (tx) => {
    await bulkInsertFiles(tx, files, { batchId: null, onConflict: "skip" });
    const hashes = [...new Set(files.map((file) => file.article!.contentHash))];
    await tx.query(relinkDuplicatesSql, [JSON.stringify(hashes)]);
  });
}
