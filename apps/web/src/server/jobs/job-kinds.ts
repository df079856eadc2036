import type { JobWorker } from "./job-worker";

/** Job kinds the dashboard enqueues. */
export const importUploadJobKind = "import-upload";

/** The process's worker (started by src/instrumentation.ts), kept on globalThis so route modules can wake it. */
const holder = globalThis as typeof globalThis & { __newsdeskJobWorker?: JobWorker };

export function registerJobWorker(worker: JobWorker | undefined): void {
  holder.__newsdeskJobWorker = worker;
}

export function currentJobWorker(): JobWorker | undefined {
  return holder.__newsdeskJobWorker;
}

/** Starts work on a just-enqueued job now rather than at the next poll (no-op without a worker, e.g. in tests). */
export function wakeJobWorker(): void {
  holder.__newsdeskJobWorker?.wake();
}
