import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { EmbeddedDatabaseLockedError } from "./errors.js";

/**
 * One process owns an embedded data directory: PGlite has no multi-process locking and two processes writing the
 * same directory corrupt it. The owner writes its pid into a lock file created exclusively (O_EXCL); a lock whose
 * process is gone (same host, pid not alive) is stale and taken over.
 */
export interface EmbeddedLock {
  readonly path: string;
  release(): void;
}

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export const lockFileName = "newsdesk.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" && typeof owner.host === "string"
      ? { pid: owner.pid, host: owner.host, startedAt: String(owner.startedAt ?? "") }
      : null;
  } catch {
    return null;
  }
}

/** Reads who holds the lock of `dataDir`, or null when nobody (alive) does. */
export function embeddedLockOwner(dataDir: string): LockOwner | null {
  const owner = readOwner(join(dataDir, lockFileName));
  if (!owner) return null;
  if (owner.host === hostname() && !isAlive(owner.pid)) return null;
  return owner;
}

function isOlderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return true;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function acquireEmbeddedLock(dataDir: string): EmbeddedLock {
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 50; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx", 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(path);
      if (owner === null && !isOlderThan(path, 5_000)) {
        // Another process has just created the lock and is writing its pid: give it a moment.
        sleepSync(100);
        continue;
      }
      const stale = owner === null || (owner.host === hostname() && !isAlive(owner.pid));
      if (!stale) throw new EmbeddedDatabaseLockedError({ pid: owner.pid, host: owner.host, dataDir });
      try {
        unlinkSync(path);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== "ENOENT") throw unlinkError;
      }
      continue;
    }
    const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off("exit", release);
      const current = readOwner(path);
      if (current?.pid === process.pid && current.host === owner.host) {
        try {
          unlinkSync(path);
        } catch {
          // Already gone.
        }
      }
    };
    process.on("exit", release);
    return { path, release };
  }
  throw new Error(`Could not take the lock ${path}: it keeps reappearing`);
}
