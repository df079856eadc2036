/**
 * Runs once when the Next server starts (Node runtime only): starts this instance's background job worker
 * (archive imports, housekeeping). Every instance runs one; the Job table hands each job to exactly one of them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEWSDESK_JOB_WORKER === "off") return;
  const { startServerJobWorker } = await import("./server/jobs/server-job-worker");
  startServerJobWorker();
}
