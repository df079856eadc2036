import type { PrismaClient } from "@newsdesk/db";
import { createSession, deleteSession, extendSession, getSessionWithUser } from "@newsdesk/db/queries";
import type { SessionUser } from "./session-user";
import { generateSessionToken, renewedExpiry, sessionIdOf, sessionLifetimeMs } from "./session-token";

export interface ValidatedSession {
  user: SessionUser;
  sessionId: string;
  expiresAt: Date;
  /** Set when this request extended the session: the cookie must be re-sent with the new expiry. */
  renewed: boolean;
}

/** Starts a session for a user; returns the token for the cookie (only its hash is stored). */
export async function startSession(
  db: PrismaClient,
  params: { userId: string; userAgent: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const expiresAt = new Date((params.now ?? new Date()).getTime() + sessionLifetimeMs);
  await createSession(db, { id: sessionIdOf(token), userId: params.userId, expiresAt, userAgent: params.userAgent });
  return { token, expiresAt };
}

/**
 * The user behind a cookie token, or null when the session is unknown, expired (it is then deleted) or its
 * account is disabled. Extends the session when it is in the second half of its life.
 */
export async function validateSessionToken(db: PrismaClient, token: string, now = new Date()): Promise<ValidatedSession | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const sessionId = sessionIdOf(token);
  const found = await getSessionWithUser(db, { id: sessionId });
  if (!found) return null;
  if (found.session.expiresAt.getTime() <= now.getTime() || found.user.disabledAt !== null) {
    await deleteSession(db, { id: sessionId });
    return null;
  }
  const renewal = renewedExpiry(found.session.expiresAt, now);
  if (renewal) await extendSession(db, { id: sessionId, expiresAt: renewal });
  const { id, email, name, role } = found.user;
  return { user: { id, email, name, role }, sessionId, expiresAt: renewal ?? found.session.expiresAt, renewed: renewal !== null };
}

export async function endSession(db: PrismaClient, sessionId: string): Promise<void> {
  await deleteSession(db, { id: sessionId });
}
