import { hash, verify } from "@node-rs/argon2";

/**
 * Argon2id (the library's default algorithm) with its default cost: 19 MiB memory, 2 passes, 1 lane — OWASP's
 * minimum recommendation, about 20 ms per hash on this hardware. @node-rs/argon2 ships prebuilt binaries, so no
 * install script runs.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a malformed stored hash (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown, so timing does not reveal accounts. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash(crypto.randomUUID());
  return decoyHash;
}

/** Rules for passwords set by admins or the first-admin variable: long enough, not absurdly long. */
export const passwordRules = { min: 10, max: 200 } as const;
