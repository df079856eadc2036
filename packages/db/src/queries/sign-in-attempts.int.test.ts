import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { createTestDatabase } from "../testing/index.js";
import { clearSignInFailures, pruneSignInAttempts, recentSignInFailures, recordSignInFailure } from "./sign-in-attempts.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("sign-in attempt queries", () => {
  it("counts failures per key inside the window and reports the oldest", async () => {
    const { db } = database;
    const now = Date.now();
    const key = "email-ip:ann@example.org|10.0.0.1";
    await recordSignInFailure(db, { keys: [key, "ip:10.0.0.1"], at: new Date(now - 20 * 60_000) });
    await recordSignInFailure(db, { keys: [key, "ip:10.0.0.1"], at: new Date(now - 5 * 60_000) });
    await recordSignInFailure(db, { keys: [key, "ip:10.0.0.1"], at: new Date(now - 60_000) });
    const recent = await recentSignInFailures(db, { key, since: new Date(now - 15 * 60_000) });
    expect(recent).toEqual({ count: 2, oldestAt: new Date(now - 5 * 60_000) });
    expect((await recentSignInFailures(db, { key: "ip:10.0.0.1", since: new Date(0) })).count).toBe(3);
    expect(await recentSignInFailures(db, { key: "ip:10.9.9.9", since: new Date(0) })).toEqual({ count: 0, oldestAt: null });
  });

  it("clears a key after success and prunes old rows", async () => {
    const { db } = database;
    await clearSignInFailures(db, { key: "email-ip:ann@example.org|10.0.0.1" });
    expect((await recentSignInFailures(db, { key: "email-ip:ann@example.org|10.0.0.1", since: new Date(0) })).count).toBe(0);
    expect(await pruneSignInAttempts(db, { before: new Date(Date.now() - 10 * 60_000) })).toBe(1);
    expect((await recentSignInFailures(db, { key: "ip:10.0.0.1", since: new Date(0) })).count).toBe(2);
  });
});
