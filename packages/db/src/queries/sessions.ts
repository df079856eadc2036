import type { Prisma } from "../generated/prisma/client.js";
import { userSelect, type UserRecord } from "./users.js";

type Db = Prisma.TransactionClient;

export const sessionSelect = { id: true, userId: true, createdAt: true, expiresAt: true, lastSeenAt: true } satisfies Prisma.SessionSelect;
export type SessionRecord = Prisma.SessionGetPayload<{ select: typeof sessionSelect }>;

/** `id` is the SHA-256 of the cookie token: the token itself is never stored. */
export async function createSession(
  db: Db,
  params: { id: string; userId: string; expiresAt: Date; userAgent?: string | null },
): Promise<SessionRecord> {
  return db.session.create({
    data: { id: params.id, userId: params.userId, expiresAt: params.expiresAt, userAgent: params.userAgent?.slice(0, 400) ?? null },
    select: sessionSelect,
  });
}

/** The session and its user, or null when there is no such session. Expiry is the caller's decision. */
export async function getSessionWithUser(db: Db, params: { id: string }): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  const row = await db.session.findUnique({ where: { id: params.id }, select: { ...sessionSelect, user: { select: userSelect } } });
  if (!row) return null;
  const { user, ...session } = row;
  return { session, user };
}

export async function extendSession(db: Db, params: { id: string; expiresAt: Date }): Promise<void> {
  await db.session.updateMany({ where: { id: params.id }, data: { expiresAt: params.expiresAt, lastSeenAt: new Date() } });
}

export async function deleteSession(db: Db, params: { id: string }): Promise<void> {
  await db.session.deleteMany({ where: { id: params.id } });
}

/** Ends every session of a user (disabled account, password change). Returns how many were ended. */
export async function deleteUserSessions(db: Db, params: { userId: string; exceptId?: string }): Promise<number> {
  const result = await db.session.deleteMany({
    where: { userId: params.userId, ...(params.exceptId ? { id: { not: params.exceptId } } : {}) },
  });
  return result.count;
}

export async function deleteExpiredSessions(db: Db, params: { now: Date }): Promise<number> {
  const result = await db.session.deleteMany({ where: { expiresAt: { lt: params.now } } });
  return result.count;
}
