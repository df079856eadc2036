import type { Database } from "@newsdesk/db";
import { listUsers } from "@newsdesk/db/queries";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing/router-test-kit";
import { ensureFirstAdmin } from "./first-admin";
import { verifyPassword } from "./password";

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database?.close();
});

describe("ensureFirstAdmin", () => {
  it("creates the admin from the environment once, and never again", async () => {
    const first = await ensureFirstAdmin(database.db, { email: "Chief@Example.org", password: "a long admin password" });
    expect(first).toEqual({ created: true, email: "chief@example.org", generatedPassword: null });
    const again = await ensureFirstAdmin(database.db, { email: "other@example.org", password: "another long password" });
    expect(again.created).toBe(false);
    const users = await listUsers(database.db);
    expect(users.map((user) => [user.email, user.role])).toEqual([["chief@example.org", "admin"]]);
  });

  it("makes up a password when none is given, and stores only its hash", async () => {
    const result = await ensureFirstAdmin(database.db, {});
    expect(result.email).toBe("admin@newsdesk.local");
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const row = await database.db.user.findUniqueOrThrow({ where: { email: "admin@newsdesk.local" } });
    expect(row.passwordHash).not.toContain(result.generatedPassword);
    expect(await verifyPassword(row.passwordHash, result.generatedPassword!)).toBe(true);
  });

  it("refuses a too-short password with a clear message", async () => {
    await expect(ensureFirstAdmin(database.db, { password: "short" })).rejects.toThrow(/NEWSDESK_ADMIN_PASSWORD must be 10–200 characters/);
  });
});
