import { hostname } from "node:os";
import type { Prisma, PrismaClient } from "@newsdesk/db";
import { claimNextJob, completeJob, failJob, requeueStaleJobs, touchJob, type JobRow } from "./job-queue";

export type JobHandler = (db: PrismaClient, job: JobRow) => Promise<Prisma.InputJsonValue | undefined>;

export interface JobWorkerOptions {
  getDb: () => Promise<PrismaClient>;
  handlers: Record<string, JobHandler>;
  /** How often to look for due jobs when idle. */
  pollMs?: number;
  /** Work done every few minutes: pruning, requeueing jobs of dead workers. */
  maintenance?: (db: PrismaClient) => Promise<void>;
  maintenanceEveryMs?: number;
  log?: (message: string) => void;
}

export interface JobWorker {
  readonly id: string;
  /** Looks for work now instead of at the next poll (called right after enqueueing). */
  wake(): void;
  /** Runs until no due job is left (tests and scripts). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

const heartbeatMs = 30_000;
const staleAfterMs = 5 * 60_000;

/** A single-concurrency worker: one job at a time per process, which suits imports (CPU-bound, one DB writer). */
export function startJobWorker(options: JobWorkerOptions): JobWorker {
  const id = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const pollMs = options.pollMs ?? 2000;
  const log = options.log ?? ((message: string) => console.log(`[newsdesk/jobs] ${message}`));
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let lastMaintenance = 0;

  const runOne = async (db: PrismaClient): Promise<boolean> => {
    const job = await claimNextJob(db, { workerId: id, kinds: Object.keys(options.handlers) });
    if (!job) return false;
    const handler = options.handlers[job.kind];
    const heartbeat = setInterval(() => void touchJob(db, { id: job.id, workerId: id }).catch(() => {}), heartbeatMs);
    try {
      const result = await handler!(db, job);
      await completeJob(db, { id: job.id, ...(result !== undefined ? { result } : {}) });
      log(`job ${job.kind} ${job.id} done`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const outcome = await failJob(db, { job, error: message });
      log(`job ${job.kind} ${job.id} failed (${outcome}): ${message}`);
    } finally {
      clearInterval(heartbeat);
    }
    return true;
  };

  const drain = (): Promise<number> => {
    running ??= (async () => {
      const db = await options.getDb();
      if (options.maintenance && Date.now() - lastMaintenance > (options.maintenanceEveryMs ?? 10 * 60_000)) {
        lastMaintenance = Date.now();
        await requeueStaleJobs(db, { staleAfterMs }).catch(() => 0);
        await options.maintenance(db).catch((error: unknown) => log(`maintenance failed: ${String(error)}`));
      }
      let done = 0;
      while (!stopped && (await runOne(db))) done += 1;
      return done;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      drain()
        .catch((error: unknown) => log(`poll failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => schedule(pollMs));
    }, delay);
    timer.unref();
  };
  schedule(0);

  return {
    id,
    wake() {
      if (!running) void drain().catch(() => {});
    },
    drain,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
