import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@newsdesk/db";
import { countUsers, createUser, recordAuditEvents } from "@newsdesk/db/queries";
import { isUniqueViolation } from "../api/app-error";
import { hashPassword, passwordRules } from "./password";

export interface FirstAdminResult {
  created: boolean;
  email: string | null;
  /** Set only when Newsdesk made the password up: it is shown once, now, and never stored in clear. */
  generatedPassword: string | null;
}

export const defaultAdminEmail = "admin@newsdesk.local";

/**
 * On a database without users, creates the first admin from NEWSDESK_ADMIN_EMAIL / NEWSDESK_ADMIN_PASSWORD, or
 * with a random password when none is given. Does nothing once any user exists, so the variables cannot later
 * reset anyone's password. Two instances starting at once race on the unique email; the loser does nothing.
 */
export async function ensureFirstAdmin(db: PrismaClient, env: { email?: string | undefined; password?: string | undefined }): Promise<FirstAdminResult> {
  if ((await countUsers(db)) > 0) return { created: false, email: null, generatedPassword: null };
  const email = (env.email?.trim() || defaultAdminEmail).toLowerCase();
  const generatedPassword = env.password ? null : randomBytes(18).toString("base64url");
  const password = env.password ?? generatedPassword!;
  if (password.length < passwordRules.min || password.length > passwordRules.max) {
    throw new Error(`NEWSDESK_ADMIN_PASSWORD must be ${passwordRules.min}–${passwordRules.max} characters long`);
  }
  try {
    const user = await createUser(db, { email, name: "Administrator", role: "admin", passwordHash: await hashPassword(password) });
    await recordAuditEvents(db, [{ actorId: null, actorLabel: "system", action: "user.create", targetType: "user", targetId: user.id, after: { email, role: "admin", firstAdmin: true } }]);
    return { created: true, email, generatedPassword };
  } catch (error) {
    if (isUniqueViolation(error)) return { created: false, email: null, generatedPassword: null };
    throw error;
  }
}
