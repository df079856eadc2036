import type { Database } from "@newsdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds } from "@newsdesk/db/testing";
import { claimNextJob, completeJob, enqueueJob, failJob, requeueStaleJobs, retryDelayMs } from "./job-queue";
import { startJobWorker } from "./job-worker";

// On PostgreSQL too when NEWSDESK_TEST_DATABASE_URL (or DATABASE_URL) is set: there the concurrent claims really run
// on separate connections, which is what SKIP LOCKED is for. PGlite serialises them on its one connection.
describe.each(testDatabaseKinds())("job queue on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("hands each job to exactly one of several concurrent claimers, oldest first", async () => {
    const { db } = database;
    const ids = [];
    for (let i = 0; i < 5; i += 1) ids.push(await enqueueJob(db, { kind: "demo", payload: { i } }));
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => claimNextJob(db, { workerId: `w${i}`, kinds: ["demo"] })));
    const claimed = claims.filter((job) => job !== null);
    expect(claimed.map((job) => job.id).sort()).toEqual([...ids].sort());
    expect(claimed.every((job) => job.attempts === 1)).toBe(true);
    expect(await claimNextJob(db, { workerId: "late", kinds: ["demo"] })).toBeNull();
    for (const job of claimed) await completeJob(db, { id: job.id, result: { ok: true } });
    expect(await db.job.count({ where: { status: "succeeded" } })).toBe(5);
  });

  it("ignores other kinds and jobs not yet due", async () => {
    const { db } = database;
    await enqueueJob(db, { kind: "later", payload: {}, runAt: new Date(Date.now() + 60_000) });
    await enqueueJob(db, { kind: "other", payload: {} });
    expect(await claimNextJob(db, { workerId: "w", kinds: ["later"] })).toBeNull();
    expect(await claimNextJob(db, { workerId: "w", kinds: [] })).toBeNull();
  });

  it("retries a failed job with back-off, then gives up after maxAttempts", async () => {
    const { db } = database;
    const id = await enqueueJob(db, { kind: "flaky", payload: {}, maxAttempts: 2 });
    const first = (await claimNextJob(db, { workerId: "w", kinds: ["flaky"] }))!;
    expect(await failJob(db, { job: first, error: "boom 1" })).toBe("retry");
    const queued = await db.job.findUniqueOrThrow({ where: { id } });
    expect(queued).toMatchObject({ status: "queued", lastError: "boom 1", lockedBy: null });
    expect(queued.runAt.getTime()).toBeGreaterThan(Date.now() + retryDelayMs(1) - 2000);
    await db.job.update({ where: { id }, data: { runAt: new Date() } });
    const second = (await claimNextJob(db, { workerId: "w", kinds: ["flaky"] }))!;
    expect(second.attempts).toBe(2);
    expect(await failJob(db, { job: second, error: "boom 2" })).toBe("failed");
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", lastError: "boom 2" });
  });

  it("puts back jobs whose worker died", async () => {
    const { db } = database;
    const id = await enqueueJob(db, { kind: "orphan", payload: {} });
    await claimNextJob(db, { workerId: "dead", kinds: ["orphan"] });
    await db.job.update({ where: { id }, data: { lockedAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await requeueStaleJobs(db, { staleAfterMs: 5 * 60_000 })).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "queued", lockedBy: null });
  });

  it("the worker runs handlers, records results and failures", async () => {
    const { db } = database;
    await db.job.deleteMany({ where: { status: "queued" } });
    const good = await enqueueJob(db, { kind: "echo", payload: { say: "hi" } });
    const bad = await enqueueJob(db, { kind: "explode", payload: {}, maxAttempts: 1 });
    const worker = startJobWorker({
      getDb: async () => db,
      handlers: {
        echo: async (_db, job) => ({ echoed: (job.payload as { say: string }).say }),
        explode: async () => {
          throw new Error("handler failed");
        },
      },
      pollMs: 60_000,
      log: () => {},
    });
    expect(await worker.drain()).toBe(2);
    await worker.stop();
    expect(await db.job.findUniqueOrThrow({ where: { id: good } })).toMatchObject({ status: "succeeded", result: { echoed: "hi" } });
    expect(await db.job.findUniqueOrThrow({ where: { id: bad } })).toMatchObject({ status: "failed", lastError: "handler failed" });
  });
});
