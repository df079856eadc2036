import type { PrismaClient } from "@newsdesk/db";
import { clearSignInFailures, pruneSignInAttempts, recentSignInFailures, recordSignInFailure } from "@newsdesk/db/queries";

/**
 * Sign-in limits, counted in the database so they hold across web instances. Three keys per attempt:
 * - email+IP: 5 failures per 15 minutes — someone mistyping or guessing one account from one place;
 * - email:   20 failures per 15 minutes — one account guessed from many addresses (X-Forwarded-For can be forged
 *            when no proxy strips it, so the per-IP keys alone are not enough);
 * - IP:      50 failures per 15 minutes — one address spraying many accounts.
 * A successful sign-in clears its email+IP key. Only failures are stored.
 */
export const signInWindowMs = 15 * 60 * 1000;
const limits = [
  { prefix: "email-ip", max: 5 },
  { prefix: "email", max: 20 },
  { prefix: "ip", max: 50 },
] as const;

function keysOf(email: string, ip: string): Record<(typeof limits)[number]["prefix"], string> {
  return { "email-ip": `email-ip:${email}|${ip}`, email: `email:${email}`, ip: `ip:${ip}` };
}

export interface RateLimitVerdict {
  limited: boolean;
  /** Seconds until the tightest exceeded limit lifts. */
  retryAfterSeconds: number;
}

export async function checkSignInRateLimit(db: PrismaClient, params: { email: string; ip: string; now?: Date }): Promise<RateLimitVerdict> {
  const now = params.now ?? new Date();
  const since = new Date(now.getTime() - signInWindowMs);
  const keys = keysOf(params.email, params.ip);
  let retryAt = 0;
  for (const limit of limits) {
    const recent = await recentSignInFailures(db, { key: keys[limit.prefix], since });
    if (recent.count >= limit.max && recent.oldestAt) retryAt = Math.max(retryAt, recent.oldestAt.getTime() + signInWindowMs);
  }
  return retryAt > 0 ? { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)) } : { limited: false, retryAfterSeconds: 0 };
}

export async function recordFailedSignIn(db: PrismaClient, params: { email: string; ip: string; now?: Date }): Promise<void> {
  const keys = keysOf(params.email, params.ip);
  await recordSignInFailure(db, { keys: Object.values(keys), ...(params.now ? { at: params.now } : {}) });
}

/** Deletes failures that no window counts any more (the background worker calls it now and then). */
export async function pruneSignInFailures(db: PrismaClient, now = new Date()): Promise<number> {
  return pruneSignInAttempts(db, { before: new Date(now.getTime() - signInWindowMs) });
}

export async function recordSuccessfulSignIn(db: PrismaClient, params: { email: string; ip: string }): Promise<void> {
  await clearSignInFailures(db, { key: keysOf(params.email, params.ip)["email-ip"] });
}
