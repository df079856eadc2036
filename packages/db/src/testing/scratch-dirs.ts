import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Temporary folders a test file creates (corpus slices, data directories), removed together when it ends. */
export class ScratchDirs {
  private readonly dirs: string[] = [];

  async make(prefix: string): Promise<string> {
    return this.keep(await mkdtemp(join(tmpdir(), `newsdesk-${prefix}-`)));
  }

  keep(dir: string): string {
    this.dirs.push(dir);
    return dir;
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
