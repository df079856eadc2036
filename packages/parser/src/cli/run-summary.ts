import type { ArchiveItem, ArchiveJsonItem } from "../archive/archive-entry.js";

/** Counts for the progress line and the final summary. */
export class RunSummary {
  files = 0;
  records = 0;
  bytes = 0;
  readonly errorsByCode = new Map<string, number>();
  private readonly started = performance.now();

  add(item: ArchiveItem | ArchiveJsonItem): void {
    this.files++;
    this.bytes += item.size;
    if (item.ok) this.records++;
    else this.errorsByCode.set(item.error.code, (this.errorsByCode.get(item.error.code) ?? 0) + 1);
  }

  get errors(): number {
    return this.files - this.records;
  }

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  get filesPerSecond(): number {
    const s = this.seconds;
    return s > 0 ? this.files / s : 0;
  }

  /** The final summary, one fact per line. */
  render(): string {
    const lines = [
      `files:    ${this.files}`,
      `records:  ${this.records}`,
      `errors:   ${this.errors}`,
      ...[...this.errorsByCode.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `  ${code}: ${n}`),
      `time:     ${this.seconds.toFixed(2)} s`,
      `speed:    ${Math.round(this.filesPerSecond)} files/s, ${(this.bytes / 1e6 / Math.max(this.seconds, 1e-9)).toFixed(1)} MB/s`,
    ];
    return `${lines.join("\n")}\n`;
  }
}
