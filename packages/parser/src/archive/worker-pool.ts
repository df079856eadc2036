import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ParseOptions } from "../parse.js";
import type { ArchiveEntry, ArchiveItem } from "./archive-entry.js";
import { parseEntry } from "./parse-entry.js";
import { type ParseReply, type ParseTask, fromReply, workerFailure } from "./worker-messages.js";

/** Tasks queued on one worker at a time: enough to hide the message round trip, few enough to balance. */
const TASKS_PER_WORKER = 2;

interface Pending {
  task: ParseTask;
  resolve: (item: ArchiveItem) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

/**
 * The built worker script: beside this module in dist/, or in dist/ when this module runs from src/
 * (tests). Null when neither exists (then parsing stays on the calling thread).
 */
export function findWorkerScript(): URL | null {
  for (const candidate of ["./parse-worker.js", "../../dist/parse-worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/**
 * The main thread's Node flags minus those that only make sense for a main script (`--input-type`,
 * `--eval`, `--print`, `--test`, `--watch`): a worker started with them fails at once.
 */
function workerExecArgv(): string[] {
  const args: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (/^--(?:input-type|test|watch)/.test(arg)) continue;
    if (arg === "-e" || arg === "--eval" || arg === "-p" || arg === "--print") {
      i++;
      continue;
    }
    args.push(arg);
  }
  return args;
}

/** A worker with the main thread's flags, or with none when Node refuses some of them for workers (--expose-gc …). */
function startWorker(script: URL): Worker {
  try {
    return new Worker(script, { execArgv: workerExecArgv() });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw error;
    return new Worker(script, { execArgv: [] });
  }
}

/** A fixed set of worker threads that parse archive entries; a worker that dies is replaced. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly script: URL,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Parses one entry on a worker. Never rejects: failures come back as error items. */
  parse(entry: ArchiveEntry, options: Omit<ParseOptions, "file">): Promise<ArchiveItem> {
    if (entry.bytes === null || this.closed) return Promise.resolve(parseEntry(entry, options));
    const bytes = entry.bytes;
    // Transfer the bytes; copy first when they are a view into a larger (possibly pooled) buffer.
    const owned =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
        ? bytes.buffer
        : bytes.slice().buffer;
    const task: ParseTask = { id: this.nextId++, file: entry.file, size: entry.size, bytes: owned, options };
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let best: Slot | null = null;
      for (const slot of this.slots) {
        if (slot.inFlight.size < TASKS_PER_WORKER && (best === null || slot.inFlight.size < best.inFlight.size)) best = slot;
      }
      if (best === null) return;
      const pending = this.waiting.shift() as Pending;
      best.inFlight.set(pending.task.id, pending);
      best.worker.postMessage(pending.task, [pending.task.bytes]);
    }
  }

  private spawn(): Slot {
    const worker = startWorker(this.script);
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on("message", (reply: ParseReply) => {
      const pending = slot.inFlight.get(reply.id);
      if (pending === undefined) return;
      slot.inFlight.delete(reply.id);
      pending.resolve(fromReply(reply));
      this.dispatch();
    });
    let dead = false;
    const fail = (reason: string) => {
      if (dead) return;
      dead = true;
      for (const pending of slot.inFlight.values()) {
        pending.resolve(workerFailure(pending.task.file, pending.task.size, reason));
      }
      slot.inFlight.clear();
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on("error", (error) => fail(error.message));
    worker.on("exit", (code) => {
      if (!this.closed && code !== 0) fail(`exit code ${code}`);
    });
    return slot;
  }
}
