import { getDatabase } from "../db";
import { runMaintenance } from "../maintenance";
import { currentJobWorker, importUploadJobKind, registerJobWorker } from "./job-kinds";
import { startJobWorker } from "./job-worker";
import { importUploadJob } from "./import-upload-job";

/** Starts the server process's job worker once (instrumentation may be evaluated more than once in dev). */
export function startServerJobWorker(): void {
  if (currentJobWorker()) return;
  const worker = startJobWorker({
    getDb: async () => (await getDatabase()).db,
    handlers: { [importUploadJobKind]: importUploadJob },
    maintenance: runMaintenance,
  });
  registerJobWorker(worker);
  process.once("SIGTERM", () => void worker.stop());
}
