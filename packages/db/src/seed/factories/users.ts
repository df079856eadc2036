import { hash } from "@node-rs/argon2";
import type { PrismaClient, UserRole } from "../../generated/prisma/client.js";

/** Password of every seeded user unless given: long enough for the dashboard's password rules. */
export const defaultSeedPassword = "newsdesk-demo-password";

export interface SeedUserInput {
  email?: string;
  name?: string;
  role?: UserRole;
  /** Plain password, hashed with argon2id (the dashboard's scheme). */
  password?: string;
  disabledAt?: Date | null;
}

let counter = 0;

/** Creates a user with sensible defaults (a viewer named "User n" with the default password). */
export async function seedUser(db: PrismaClient, input: SeedUserInput = {}) {
  counter += 1;
  const suffix = `${Date.now().toString(36)}${counter}`;
  return db.user.create({
    data: {
      email: (input.email ?? `user-${suffix}@example.org`).toLowerCase(),
      name: input.name ?? `User ${counter}`,
      role: input.role ?? "viewer",
      passwordHash: await hash(input.password ?? defaultSeedPassword),
      disabledAt: input.disabledAt ?? null,
    },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
}
