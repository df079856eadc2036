import { createHash, randomBytes } from "node:crypto";

/**
 * Sessions are written by hand, following the pattern the Lucia project recommends since it deprecated its
 * library (lucia-auth.com, "sessions"): a random token in the cookie, only its SHA-256 in the database (so a
 * leaked table holds no usable session), a sliding expiry. It is ~100 lines, and an auth framework would bring
 * its own tables and adapters for less control.
 */

/** 32 random bytes, base64url: 256 bits of entropy, cookie-safe. */
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The session id stored in the database for a token. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Sessions last 30 days and are extended when used in their second half. */
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
export const sessionRenewWindowMs = 15 * 24 * 60 * 60 * 1000;

/** When a session used at `now` should be renewed, its new expiry; otherwise null. */
export function renewedExpiry(expiresAt: Date, now: Date): Date | null {
  if (expiresAt.getTime() - now.getTime() >= sessionRenewWindowMs) return null;
  return new Date(now.getTime() + sessionLifetimeMs);
}
