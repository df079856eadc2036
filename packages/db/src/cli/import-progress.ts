import { readdir, stat } from "node:fs/promises";
import type { ImportProgress, ImportSummary } from "../ingest/import-summary.js";

const width = 28;

/**
 * The import's progress line on stderr (TTY only): a bar when the number of files is known (folders), otherwise
 * counts; files per second either way. Redrawn at most ten times a second.
 */
export class ImportProgressLine {
  private lastDraw = 0;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly total: number | null,
  ) {}

  update(progress: ImportProgress, force = false): void {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const done = progress.committed + progress.skipped;
    const total = this.total !== null && this.total >= done ? this.total : null;
    const bar = total ? `[${"#".repeat(Math.round((done / total) * width)).padEnd(width, ".")}] ${Math.floor((done / total) * 100)}% ` : "";
    const rate = progress.committed / Math.max(progress.elapsedMs / 1000, 0.001);
    const line =
      `${bar}${done}${total ? `/${total}` : ""} files (read ${progress.read}) · ` +
      `${progress.counts.new} new, ${progress.counts.updated} updated, ${progress.counts.failed} failed · ${rate.toFixed(0)} files/s`;
    this.out.write(`\r${line.slice(0, Math.max(20, (this.out.columns ?? 100) - 1))}\u001b[K`);
  }

  clear(): void {
    if (this.out.isTTY) this.out.write("\r\u001b[K");
  }
}

/** Files under the folders among `paths` (archives count as unknown): the progress bar's total, or null. */
export async function countInputFiles(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    const info = await stat(path);
    if (!info.isDirectory()) {
      if (/\.(zip|tar|tgz|gz)$/i.test(path)) return null;
      total += 1;
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    total += entries.filter((entry) => entry.isFile() && !entry.name.startsWith(".")).length;
  }
  return total;
}

export function formatSummary(summary: ImportSummary, where: string): string {
  const seconds = summary.durationMs / 1000;
  const lines = [
    `Imported ${summary.files} file(s) in ${seconds.toFixed(1)} s (${summary.filesPerSecond.toFixed(0)} files/s) into the ${where}`,
    `  new        ${summary.counts.new}`,
    `  updated    ${summary.counts.updated}   (a newer version of an article already stored; its tags kept)`,
    `  unchanged  ${summary.counts.unchanged}`,
    `  older      ${summary.counts.older}   (an older version than the one stored: recorded, skipped)`,
    `  duplicate  ${summary.counts.duplicate}   (same text as another article under another URL: stored, linked, flagged)`,
    `  failed     ${summary.counts.failed}`,
  ];
  for (const [code, count] of Object.entries(summary.failuresByCode).sort((a, b) => b[1] - a[1])) {
    lines.push(`    ${code.padEnd(22)} ${count}`);
  }
  if (summary.resumed) lines.push(`Resumed an interrupted import: ${summary.skipped} file(s) it had already recorded were skipped.`);
  lines.push(`Import batch ${summary.batchId}`);
  return lines.join("\n");
}
