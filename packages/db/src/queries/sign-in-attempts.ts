import type { Prisma } from "../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

/**
 * Failed sign-ins, kept in the database so that a limit holds across every web instance sharing it.
 * A key names what is limited: "email-ip:<email>|<ip>" (guessing one account) or "ip:<ip>" (spraying many).
 */
export async function recordSignInFailure(db: Db, params: { keys: string[]; at?: Date }): Promise<void> {
  const at = params.at ?? new Date();
  await db.signInAttempt.createMany({ data: params.keys.map((key) => ({ key, at })) });
}

export interface RecentFailures {
  count: number;
  /** The oldest failure still in the window: the limit lifts when it leaves the window. */
  oldestAt: Date | null;
}

export async function recentSignInFailures(db: Db, params: { key: string; since: Date }): Promise<RecentFailures> {
  const result = await db.signInAttempt.aggregate({
    where: { key: params.key, at: { gte: params.since } },
    _count: { _all: true },
    _min: { at: true },
  });
  return { count: result._count._all, oldestAt: result._min.at };
}

/** Forgets a key's failures (after a successful sign-in). */
export async function clearSignInFailures(db: Db, params: { key: string }): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { key: params.key } });
}

/** Deletes failures older than any window, so the table stays small. */
export async function pruneSignInAttempts(db: Db, params: { before: Date }): Promise<number> {
  const result = await db.signInAttempt.deleteMany({ where: { at: { lt: params.before } } });
  return result.count;
}
