import type { PrismaClient } from "../generated/prisma/client.js";
import type { ArchiveItem } from "./archive-item.js";
import { relinkBatchDuplicatesSql } from "./chunk-sql.js";
import { finishImportBatch, openImportBatch, recordedKey } from "./import-batch-log.js";
import type { BatchIdentity } from "./import-batch-log.js";
import { emptyCounts, tally } from "./import-summary.js";
import type { ImportProgress, ImportSummary } from "./import-summary.js";
import { prepareFile } from "./prepared-file.js";
import type { FileOutcome, PreparedFile } from "./prepared-file.js";
import { writeChunk } from "./write-chunk.js";

export interface ImportRecordsOptions {
  /** Who imports, as text ("cli:ann", "web:ann@example.org", "seed"). */
  actor: string;
  actorId?: string | null;
  /** Shown in the import history (paths, an upload's name). */
  inputName: string;
  /** Identifies the inputs, so that a re-run resumes an interrupted batch of the same inputs. */
  inputKey: string;
  /** Files per transaction (default 200). */
  batchSize?: number;
  /** A chunk is also cut when its files' text passes this many bytes (default 32 MiB), to bound memory. */
  maxChunkBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
}

const retryableCodes = ["40P01", "40001", "55P03"];

function isRetryable(error: unknown): boolean {
  const text = `${(error as { code?: unknown })?.code ?? ""} ${(error as Error)?.message ?? ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? "")}`;
  return retryableCodes.some((code) => text.includes(code)) || /deadlock|could not serialize|P2034/i.test(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stores a stream of parsed archive files: chunks of `batchSize` files, each in one transaction with its ImportFile
 * rows, one chunk writing while the next is read and prepared. Deadlocks with a concurrent import are retried.
 * Memory stays bounded by two chunks whatever the archive's size.
 */
export async function importRecords(
  db: PrismaClient,
  items: AsyncIterable<ArchiveItem>,
  options: ImportRecordsOptions,
): Promise<ImportSummary> {
  const started = Date.now();
  const identity: BatchIdentity = {
    actor: options.actor,
    actorId: options.actorId ?? null,
    inputName: options.inputName,
    inputKey: options.inputKey,
  };
  const batch = await openImportBatch(db, identity);
  const summary: ImportSummary = {
    batchId: batch.id,
    resumed: batch.resumed,
    files: 0,
    skipped: 0,
    bytes: 0,
    counts: emptyCounts(),
    failuresByCode: {},
    durationMs: 0,
    filesPerSecond: 0,
  };
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const maxChunkBytes = options.maxChunkBytes ?? 32 * 1024 * 1024;
  const sources = new Map<string, string>();
  let read = 0;

  const progress = (): ImportProgress => ({
    read,
    committed: summary.files,
    skipped: summary.skipped,
    bytes: summary.bytes,
    counts: { ...summary.counts },
    elapsedMs: Date.now() - started,
  });

  const commit = async (files: PreparedFile[]): Promise<FileOutcome[]> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const { outcomes, learnedSources } = await db.$transaction(
          (tx) => writeChunk(tx, batch.id, files, sources),
          { maxWait: 120_000, timeout: 600_000 },
        );
        for (const [domain, id] of learnedSources) sources.set(domain, id);
        return outcomes;
      } catch (error) {
        if (attempt >= 6 || !isRetryable(error)) throw error;
        await sleep(50 * 2 ** attempt + Math.random() * 100);
      }
    }
  };

  // One chunk writes while the next is read; a write error is kept and rethrown at the next hand-over.
  let inFlight: Promise<void> | null = null;
  let writeFailure: { error: unknown } | null = null;
  const settle = async () => {
    if (inFlight) await inFlight;
    inFlight = null;
    if (writeFailure) throw writeFailure.error;
  };
  const flush = async (files: PreparedFile[]) => {
    await settle();
    inFlight = commit(files).then(
      (outcomes) => {
        tally(summary, outcomes);
        options.onProgress?.(progress());
      },
      (error: unknown) => {
        writeFailure = { error };
      },
    );
  };

  try {
    let chunk: PreparedFile[] = [];
    let chunkBytes = 0;
    for await (const item of items) {
      read += 1;
      if (batch.resumed && batch.recorded.has(recordedKey(item.file, item.sha256 ?? ""))) {
        summary.skipped += 1;
        continue;
      }
      const prepared = prepareFile(item);
      chunk.push(prepared);
      chunkBytes += (prepared.article?.text.length ?? 0) * 3 + 1024;
      if (chunk.length >= batchSize || chunkBytes >= maxChunkBytes) {
        await flush(chunk);
        chunk = [];
        chunkBytes = 0;
      }
    }
    if (chunk.length > 0) await flush(chunk);
    await settle();
    await db.$executeRawUnsafe(relinkBatchDuplicatesSql, batch.id);
  } catch (error) {
    // Let a chunk that is still writing settle before the batch is marked failed.
    await settle().catch(() => undefined);
    await finishImportBatch(db, batch.id, { error: (error as Error)?.message ?? String(error) }).catch(() => undefined);
    throw error;
  }
  summary.durationMs = Date.now() - started;
  summary.filesPerSecond = summary.files / Math.max(summary.durationMs / 1000, 0.001);
  await finishImportBatch(db, batch.id, { summary });
  options.onProgress?.(progress());
  return summary;
}
