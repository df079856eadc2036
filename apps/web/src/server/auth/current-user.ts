import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDatabase } from "../db";
import { sessionCookieName } from "./session-cookie";
import type { SessionUser } from "./session-user";
import { validateSessionToken } from "./sessions";

/**
 * The signed-in user for server components and route handlers, looked up once per request. Pages cannot set
 * cookies, so renewal of the cookie's expiry happens on the next API call instead (see createTRPCContext).
 */
export const getCurrentSession = cache(async (): Promise<{ user: SessionUser; sessionId: string } | null> => {
  const token = (await cookies()).get(sessionCookieName)?.value;
  if (!token) return null;
  const { db } = await getDatabase();
  const session = await validateSessionToken(db, token);
  return session ? { user: session.user, sessionId: session.sessionId } : null;
});
