import "server-only";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { getCurrentSession } from "@/server/auth/current-user";
import { getDatabase } from "@/server/db";

/** Calls procedures from a server component as the signed-in user, with the same role checks as over HTTP. */
export async function getServerCaller() {
  const [{ db }, session] = await Promise.all([getDatabase(), getCurrentSession()]);
  return createCaller(createContextInner({ db, user: session?.user ?? null, sessionId: session?.sessionId ?? null }));
}
