import type { RunSummary } from "./run-summary.js";

const WIDTH = 28;
const REDRAW_MS = 100;

/**
 * A one-line progress bar on a terminal (stderr): files done of the total when it is known, errors
 * so far, files per second. Redrawn at most every 100 ms.
 */
export class ProgressBar {
  private lastDraw = 0;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly total: number | null,
  ) {}

  update(summary: RunSummary, force = false): void {
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const done = summary.files;
    const total = this.total !== null && this.total >= done ? this.total : null;
    const bar =
      total === null || total === 0
        ? ""
        : `[${"#".repeat(Math.round((done / total) * WIDTH)).padEnd(WIDTH, ".")}] ${Math.floor((done / total) * 100)}% `;
    const count = total === null ? `${done} files` : `${done}/${total} files`;
    const line = `${bar}${count}, ${summary.errors} errors, ${Math.round(summary.filesPerSecond)} files/s`;
    const width = this.out.columns > 0 ? this.out.columns - 1 : 100;
    this.out.write(`\r${line.slice(0, Math.max(20, width))}\u001b[K`);
  }

  clear(): void {
    this.out.write("\r\u001b[K");
  }
}
