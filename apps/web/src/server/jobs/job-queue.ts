import type { Prisma, PrismaClient } from "@newsdesk/db";

/**
 * A job queue in the database's Job table, claimed with `SELECT … FOR UPDATE SKIP LOCKED`.
 *
 * Why not pg-boss: it needs its own connection (pg driver, LISTEN/NOTIFY, advisory locks, its own schema) to a
 * PostgreSQL server, and it cannot run on the embedded PGlite database Newsdesk uses by default; pg-boss 11 also
 * needs Node 22. The Job table works the same on PGlite and on PostgreSQL, through the Prisma client we already
 * have, and SKIP LOCKED lets several web instances on one PostgreSQL share the queue without taking the same job.
 * Our needs are small (an import per upload, retries with back-off, recovery of jobs whose worker died).
 */
export interface JobRow {
  id: string;
  kind: string;
  payload: Prisma.JsonValue;
  attempts: number;
  maxAttempts: number;
}

export async function enqueueJob(
  db: Prisma.TransactionClient,
  params: { kind: string; payload: Prisma.InputJsonValue; runAt?: Date; maxAttempts?: number },
): Promise<string> {
  const job = await db.job.create({
    data: {
      kind: params.kind,
      payload: params.payload,
      ...(params.runAt ? { runAt: params.runAt } : {}),
      ...(params.maxAttempts ? { maxAttempts: params.maxAttempts } : {}),
    },
    select: { id: true },
  });
  return job.id;
}

/**
 * Takes the oldest due job of the given kinds for `workerId`, or null. One statement: the inner SELECT locks a row
 * other workers skip, the UPDATE marks it running, so two workers never claim the same job.
 */
export async function claimNextJob(db: PrismaClient, params: { workerId: string; kinds: string[] }): Promise<JobRow | null> {
  if (params.kinds.length === 0) return null;
  const rows = await db.$queryRaw<JobRow[]>`
    UPDATE "Job" SET "status" = 'running', "lockedAt" = now(), "lockedBy" = ${params.workerId}, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "Job"
      WHERE "status" = 'queued' AND "runAt" <= now() AND "kind" = ANY(${params.kinds}::text[])
      ORDER BY "runAt", "createdAt"
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING "id", "kind", "payload", "attempts", "maxAttempts"`;
  return rows[0] ?? null;
}

export async function completeJob(db: PrismaClient, params: { id: string; result?: Prisma.InputJsonValue }): Promise<void> {
  await db.job.update({
    where: { id: params.id },
    data: { status: "succeeded", finishedAt: new Date(), lockedAt: null, lockedBy: null, ...(params.result !== undefined ? { result: params.result } : {}) },
    select: { id: true },
  });
}

/** Back-off before retry n (1-based): 10 s, 40 s, 90 s … */
export function retryDelayMs(attempt: number): number {
  return 10_000 * attempt * attempt;
}

/** Records a failure: the job runs again later while attempts remain, otherwise it is marked failed for good. */
export async function failJob(db: PrismaClient, params: { job: JobRow; error: string }): Promise<"retry" | "failed"> {
  const finalFailure = params.job.attempts >= params.job.maxAttempts;
  await db.job.update({
    where: { id: params.job.id },
    data: finalFailure
      ? { status: "failed", finishedAt: new Date(), lastError: params.error.slice(0, 4000), lockedAt: null, lockedBy: null }
      : { status: "queued", runAt: new Date(Date.now() + retryDelayMs(params.job.attempts)), lastError: params.error.slice(0, 4000), lockedAt: null, lockedBy: null },
    select: { id: true },
  });
  return finalFailure ? "failed" : "retry";
}

/** Puts back jobs left running by a worker that died (crash, redeploy) longer ago than `staleAfterMs`. */
export async function requeueStaleJobs(db: PrismaClient, params: { staleAfterMs: number }): Promise<number> {
  const result = await db.job.updateMany({
    where: { status: "running", lockedAt: { lt: new Date(Date.now() - params.staleAfterMs) } },
    data: { status: "queued", lockedAt: null, lockedBy: null },
  });
  return result.count;
}

/** Refreshes a running job's lock so that requeueStaleJobs leaves long imports alone. */
export async function touchJob(db: PrismaClient, params: { id: string; workerId: string }): Promise<void> {
  await db.job.updateMany({ where: { id: params.id, lockedBy: params.workerId, status: "running" }, data: { lockedAt: new Date() } });
}
