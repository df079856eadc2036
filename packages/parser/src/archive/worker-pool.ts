import type { Worker } from "node:worker_threads";
import type { ParseOptions } from "../parse.js";
import { type ArchiveEntry, type ArchiveItem, type ArchiveJsonItem, toJsonItem } from "./archive-entry.js";
import { parseEntry } from "./parse-entry.js";
import { type ParseTask, type RecordOutput, type WorkerMessage, isReadyMessage, itemsOf, workerFailure } from "./worker-messages.js";
import { findWorkerScript, startWorker } from "./worker-start.js";

/**
 * Tasks queued on one worker at a time: enough that it never waits for the main thread (which may not
 * get the CPU at once on a busy machine), few enough to balance the workers.
 */
const TASKS_PER_WORKER = 16;

interface Pending {
  task: ParseTask;
  resolve: (item: ArchiveItem | ArchiveJsonItem) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  /**
   * Whether the worker has loaded the parser (its first message says so). Until then it gets no task:
   * loading takes ~100 ms, and files queued on it meanwhile held up the items after them, which the
   * calling thread had parsed long before.
   */
  ready: boolean;
}

/** A buffer that can be transferred: the bytes' own, or a copy when they view a larger (pooled) one. */
function ownedBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : bytes.slice().buffer;
}

/** One pool per size, kept for the life of the process so that its workers stay warm (JIT-compiled). */
const sharedPools = new Map<number, WorkerPool>();

/** The process's pool of `size` workers, or null when the worker script is not built. */
export function sharedWorkerPool(size: number): WorkerPool | null {
  let pool = sharedPools.get(size);
  if (pool === undefined) {
    const script = findWorkerScript();
    if (script === null) return null;
    pool = new WorkerPool(size, script);
    sharedPools.set(size, pool);
  }
  return pool;
}

/**
 * A fixed set of worker threads that parse archive entries; a worker that dies is replaced. Idle
 * workers are unref'd, so a pool never keeps the process alive once no file is being parsed.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 0;

  constructor(
    size: number,
    private readonly script: URL,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Parses one entry on a worker. Never rejects: failures come back as error items. */
  parse(entry: ArchiveEntry, options: Omit<ParseOptions, "file">, output: "record"): Promise<ArchiveItem>;
  parse(entry: ArchiveEntry, options: Omit<ParseOptions, "file">, output: "json"): Promise<ArchiveJsonItem>;
  parse(entry: ArchiveEntry, options: Omit<ParseOptions, "file">, output: RecordOutput): Promise<ArchiveItem | ArchiveJsonItem>;
  parse(entry: ArchiveEntry, options: Omit<ParseOptions, "file">, output: RecordOutput): Promise<ArchiveItem | ArchiveJsonItem> {
    const deferred = entry.bytes === null && entry.path !== undefined && entry.error === undefined;
    if (entry.bytes === null && !deferred) {
      const item = parseEntry(entry, options);
      return Promise.resolve(output === "json" ? toJsonItem(item) : item);
    }
    const task: ParseTask = {
      id: this.nextId++,
      file: entry.file,
      size: entry.size,
      bytes: entry.bytes === null ? null : ownedBuffer(entry.bytes),
      path: deferred ? (entry.path ?? null) : null,
      options,
      output,
    };
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  /**
   * Whether every worker that is ready has a full queue (or none is ready yet), so a new task would wait:
   * the caller may parse it itself.
   */
  saturated(): boolean {
    if (this.waiting.length > 0) return true;
    for (const slot of this.slots) if (slot.ready && slot.inFlight.size < TASKS_PER_WORKER) return false;
    return true;
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let best: Slot | null = null;
      for (const slot of this.slots) {
        if (!slot.ready || slot.inFlight.size >= TASKS_PER_WORKER) continue;
        if (best === null || slot.inFlight.size < best.inFlight.size) best = slot;
      }
      if (best === null) return;
      const pending = this.waiting.shift() as Pending;
      if (best.inFlight.size === 0) best.worker.ref();
      best.inFlight.set(pending.task.id, pending);
      best.worker.postMessage(pending.task, pending.task.bytes === null ? [] : [pending.task.bytes]);
    }
  }

  private spawn(): Slot {
    const worker = startWorker(this.script);
    const slot: Slot = { worker, inFlight: new Map(), ready: false };
    worker.on("message", (message: WorkerMessage) => {
      if (isReadyMessage(message)) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      for (const { id, item } of itemsOf(message)) {
        const pending = slot.inFlight.get(id);
        if (pending === undefined) continue;
        slot.inFlight.delete(id);
        pending.resolve(item);
      }
      if (slot.inFlight.size === 0) worker.unref();
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
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on("error", (error) => fail(error.message));
    worker.on("exit", (code) => fail(`exit code ${code}`));
    // After the listeners: attaching a "message" listener refs the worker again.
    worker.unref();
    return slot;
  }
}
