import type { PrismaClient } from "@newsdesk/db";
import { deleteExpiredSessions } from "@newsdesk/db/queries";
import { pruneSignInFailures } from "./auth/sign-in-rate-limit";

/** Housekeeping the job worker runs every few minutes: expired sessions and stale sign-in failures go. */
export async function runMaintenance(db: PrismaClient): Promise<void> {
  await deleteExpiredSessions(db, { now: new Date() });
  await pruneSignInFailures(db);
}
