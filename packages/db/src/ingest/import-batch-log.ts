import { hostname } from "node:os";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { ImportSummary } from "./import-summary.js";

/**
 * The ImportBatch row of an import: created at the start, kept alive by a heartbeat (written with every chunk),
 * closed with a summary. A batch left `running` by a process that died is resumed by the next import of the same
 * inputs: its recorded files are skipped and the batch is completed.
 */
export interface OpenBatch {
  id: string;
  resumed: boolean;
  /** `name \0 sha256` of files the batch already recorded (resumed batches only). */
  recorded: Set<string>;
}

export interface BatchIdentity {
  actor: string;
  actorId: string | null;
  inputName: string;
  inputKey: string;
}

/** A batch whose heartbeat is older than this is considered abandoned even if its owner is on another host. */
const staleAfterMs = 2 * 60_000;

export const recordedKey = (name: string, sha256: string) => `${name}\u0000${sha256}`;

function ownerIsGone(batch: { ownerHost: string | null; ownerPid: number | null; heartbeatAt: Date }): boolean {
  if (Date.now() - batch.heartbeatAt.getTime() > staleAfterMs) return true;
  if (batch.ownerHost !== hostname() || batch.ownerPid === null) return false;
  if (batch.ownerPid === process.pid) return false;
  try {
    process.kill(batch.ownerPid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export async function openImportBatch(db: PrismaClient, identity: BatchIdentity): Promise<OpenBatch> {
  const candidates = await db.importBatch.findMany({
    where: { inputKey: identity.inputKey, status: "running" },
    select: { id: true, ownerHost: true, ownerPid: true, heartbeatAt: true },
    orderBy: { startedAt: "desc" },
    take: 5,
  });
  for (const candidate of candidates) {
    if (!ownerIsGone(candidate)) continue;
    // Claim it unless another process claimed it first (its heartbeat would have moved).
    const claimed = await db.importBatch.updateMany({
      where: { id: candidate.id, status: "running", heartbeatAt: candidate.heartbeatAt },
      data: { ownerHost: hostname(), ownerPid: process.pid, heartbeatAt: new Date() },
    });
    if (claimed.count !== 1) continue;
    const files = await db.importFile.findMany({ where: { batchId: candidate.id }, select: { name: true, sha256: true } });
    return { id: candidate.id, resumed: true, recorded: new Set(files.map((file) => recordedKey(file.name, file.sha256))) };
  }
  const batch = await db.importBatch.create({
    data: { ...identity, ownerHost: hostname(), ownerPid: process.pid, heartbeatAt: new Date() },
    select: { id: true },
  });
  return { id: batch.id, resumed: false, recorded: new Set() };
}

export async function finishImportBatch(
  db: PrismaClient,
  batchId: string,
  outcome: { summary: ImportSummary } | { error: string },
): Promise<void> {
  await db.importBatch.update({
    where: { id: batchId },
    data:
      "summary" in outcome
        ? { status: "completed", finishedAt: new Date(), summary: JSON.parse(JSON.stringify(outcome.summary)) }
        : { status: "failed", finishedAt: new Date(), error: outcome.error.slice(0, 2000) },
  });
}
