import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { createTestDatabase } from "../testing/index.js";
import { createSession, deleteExpiredSessions, deleteSession, deleteUserSessions, extendSession, getSessionWithUser } from "./sessions.js";
import { createUser } from "./users.js";

let database: Database;
let userId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  userId = (await createUser(database.db, { email: "ed@example.org", name: "Ed", role: "editor", passwordHash: "h" })).id;
});
afterAll(async () => {
  await database?.close();
});

describe("sessions queries", () => {
  it("stores a session under the given id and reads it back with its user", async () => {
    const { db } = database;
    const expiresAt = new Date(Date.now() + 86_400_000);
    await createSession(db, { id: "sha-a", userId, expiresAt, userAgent: "x".repeat(1000) });
    const found = await getSessionWithUser(db, { id: "sha-a" });
    expect(found?.session).toMatchObject({ id: "sha-a", userId, expiresAt });
    expect(found?.user).toMatchObject({ id: userId, email: "ed@example.org", role: "editor" });
    expect(found?.user).not.toHaveProperty("passwordHash");
    expect(await getSessionWithUser(db, { id: "nope" })).toBeNull();
  });

  it("extends, deletes one, deletes a user's others, and prunes expired sessions", async () => {
    const { db } = database;
    const later = new Date(Date.now() + 30 * 86_400_000);
    await extendSession(db, { id: "sha-a", expiresAt: later });
    expect((await getSessionWithUser(db, { id: "sha-a" }))?.session.expiresAt).toEqual(later);

    await createSession(db, { id: "sha-b", userId, expiresAt: later });
    await createSession(db, { id: "sha-c", userId, expiresAt: later });
    expect(await deleteUserSessions(db, { userId, exceptId: "sha-a" })).toBe(2);
    expect(await getSessionWithUser(db, { id: "sha-a" })).not.toBeNull();

    await createSession(db, { id: "sha-old", userId, expiresAt: new Date(Date.now() - 1000) });
    expect(await deleteExpiredSessions(db, { now: new Date() })).toBe(1);

    await deleteSession(db, { id: "sha-a" });
    await deleteSession(db, { id: "sha-a" });
    expect(await getSessionWithUser(db, { id: "sha-a" })).toBeNull();
  });
});
