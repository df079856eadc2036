import type { Database } from "../../client/create-database.js";
import { relinkDuplicatesSql } from "../../ingest/chunk-sql.js";
import { prepareFile } from "../../ingest/prepared-file.js";
import type { PreparedFile } from "../../ingest/prepared-file.js";
import { bulkInsertFiles } from "./bulk-insert.js";
import { rawSqlOf } from "./raw-sql.js";
import { loadTemplates, syntheticArchiveItems, syntheticRecord } from "./synthetic-items.js";

export interface LoadSyntheticOptions {
  count: number;
  seed?: number;
  /** Records per transaction (default 500). */
  chunkSize?: number;
  corpusDir?: string;
  onProgress?: (progress: { done: number; inserted: number; skipped: number }) => void;
}

/**
 * Fills a (migrated) database with `count` synthetic articles by the bulk path, for benchmarks of the dashboard at
 * scale. Resumable: ids depend only on (seed, index), and a chunk whose articles are all stored is skipped, so a
 * stopped load continues where it stopped. Near-duplicates are linked like the importer links them.
 */
export async function loadSyntheticArticles(
  database: Database,
  options: LoadSyntheticOptions,
): Promise<{ inserted: number; skipped: number }> {
  const sql = rawSqlOf(database);
  const seed = options.seed ?? 1;
  const chunkSize = options.chunkSize ?? 500;
  const templates = await loadTemplates(options.corpusDir);
  let inserted = 0;
  let skipped = 0;
  for (let start = 0; start < options.count; start += chunkSize) {
    const end = Math.min(start + chunkSize, options.count);
    const ids: string[] = [];
    for (let index = start; index < end; index++) ids.push(syntheticRecord(templates, seed, index).id);
    const stored = await sql.query(`SELECT count(*)::int AS n FROM "Article" WHERE id = ANY($1::text[])`, [ids]);
    if (Number(stored.rows[0]?.n) === ids.length) {
      skipped += ids.length;
    } else {
      const files: PreparedFile[] = [];
      for await (const item of syntheticArchiveItems({ count: end, start, seed, ...(options.corpusDir ? { corpusDir: options.corpusDir } : {}) })) {
        files.push(prepareFile(item));
      }
      await sql.transaction(async (tx) => {
        await bulkInsertFiles(tx, files, { batchId: null, onConflict: "skip" });
        const hashes = [...new Set(files.map((file) => file.article!.contentHash))];
        await tx.query(relinkDuplicatesSql, [JSON.stringify(hashes)]);
      });
      inserted += ids.length - Number(stored.rows[0]?.n ?? 0);
    }
    options.onProgress?.({ done: end, inserted, skipped });
  }
  return { inserted, skipped };
}
