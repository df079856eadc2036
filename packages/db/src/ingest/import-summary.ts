import type { FileOutcome, ImportFileStatus } from "./prepared-file.js";

/** What an import did, file by file counted by outcome; printed by the CLI and stored on the ImportBatch. */
export interface ImportSummary {
  batchId: string;
  /** True when this run completed a batch an earlier (interrupted) run had started. */
  resumed: boolean;
  /** Files recorded by this run. */
  files: number;
  /** Files skipped because the resumed batch had already recorded them. */
  skipped: number;
  bytes: number;
  counts: Record<ImportFileStatus, number>;
  /** Failed files by the parser's error code. */
  failuresByCode: Record<string, number>;
  durationMs: number;
  filesPerSecond: number;
}

/** Progress of a running import, reported after every committed chunk and as files are read. */
export interface ImportProgress {
  /** Files read and parsed so far (committed or not). */
  read: number;
  /** Files whose outcome is committed. */
  committed: number;
  skipped: number;
  bytes: number;
  counts: Record<ImportFileStatus, number>;
  elapsedMs: number;
}

export function emptyCounts(): Record<ImportFileStatus, number> {
  return { new: 0, updated: 0, unchanged: 0, older: 0, duplicate: 0, failed: 0 };
}

export function tally(summary: Pick<ImportSummary, "counts" | "failuresByCode" | "files" | "bytes">, outcomes: FileOutcome[]): void {
  for (const outcome of outcomes) {
    summary.counts[outcome.status] += 1;
    summary.files += 1;
    summary.bytes += outcome.size;
    if (outcome.errorCode) summary.failuresByCode[outcome.errorCode] = (summary.failuresByCode[outcome.errorCode] ?? 0) + 1;
  }
}
