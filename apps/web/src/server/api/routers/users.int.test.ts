import type { Database } from "@newsdesk/db";
import { listAuditEvents } from "@newsdesk/db/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../auth/session-user";
import { startSession, validateSessionToken } from "../../auth/sessions";
import { callerAs, createTestUser, openTestDatabase, testPassword } from "../../testing/router-test-kit";

let database: Database;
let admin: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;

beforeAll(async () => {
  database = await openTestDatabase();
  admin = await createTestUser(database.db, "admin", "admin@newsdesk.test");
  editor = await createTestUser(database.db, "editor", "editor@newsdesk.test");
  viewer = await createTestUser(database.db, "viewer", "viewer@newsdesk.test");
});
afterAll(async () => {
  await database?.close();
});

const as = (user: SessionUser | null) => callerAs(database.db, user).caller;

describe("users router", () => {
  it("is for admins only: editors, viewers and strangers are refused every procedure", async () => {
    for (const [user, code] of [[editor, "FORBIDDEN_ROLE"], [viewer, "FORBIDDEN_ROLE"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(as(user).users.list()).rejects.toMatchObject({ appCode: code });
      await expect(as(user).users.create({ email: "x@newsdesk.test", name: "X", role: "viewer", password: testPassword })).rejects.toMatchObject({ appCode: code });
      await expect(as(user).users.update({ id: viewer.id, role: "admin" })).rejects.toMatchObject({ appCode: code });
      await expect(as(user).users.setPassword({ id: viewer.id, password: testPassword })).rejects.toMatchObject({ appCode: code });
    }
  });

  it("list: every account, without password hashes", async () => {
    const users = await as(admin).users.list();
    expect(users.map((user) => user.email)).toEqual(["admin@newsdesk.test", "editor@newsdesk.test", "viewer@newsdesk.test"]);
    expect(users[0]).not.toHaveProperty("passwordHash");
  });

  it("create: a new account that can sign in, audited; a taken email is a conflict", async () => {
    const created = await as(admin).users.create({ email: "New@Newsdesk.test", name: "New Editor", role: "editor", password: "long enough password" });
    expect(created).toMatchObject({ email: "new@newsdesk.test", role: "editor", disabledAt: null });
    const signIn = await callerAs(database.db, null, { ip: "10.9.0.1" }).caller.auth.signIn({ email: "new@newsdesk.test", password: "long enough password" });
    expect(signIn.user.id).toBe(created.id);
    const audit = await listAuditEvents(database.db, { limit: 1, action: "user.create" });
    expect(audit.items[0]).toMatchObject({ actorId: admin.id, targetId: created.id, after: { email: "new@newsdesk.test", role: "editor" } });
    await expect(as(admin).users.create({ email: "new@newsdesk.test", name: "Again", role: "viewer", password: testPassword })).rejects.toMatchObject({
      appCode: "EMAIL_TAKEN",
      code: "CONFLICT",
    });
  });

  it("create: validates email, role and password length", async () => {
    await expect(as(admin).users.create({ email: "nope", name: "X", role: "viewer", password: testPassword })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(admin).users.create({ email: "a@b.test", name: "X", role: "owner" as "admin", password: testPassword })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(admin).users.create({ email: "a@b.test", name: "X", role: "viewer", password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(admin).users.create({ email: "a@b.test", name: " ", role: "viewer", password: testPassword })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("update: changes role and name; disabling ends the user's sessions", async () => {
    const target = await createTestUser(database.db, "viewer");
    const session = await startSession(database.db, { userId: target.id, userAgent: null });
    const promoted = await as(admin).users.update({ id: target.id, role: "editor", name: "Promoted" });
    expect(promoted).toMatchObject({ role: "editor", name: "Promoted" });
    await as(admin).users.update({ id: target.id, disabled: true });
    expect(await validateSessionToken(database.db, session.token)).toBeNull();
    const audit = await listAuditEvents(database.db, { limit: 1, action: "user.update", targetId: target.id });
    expect(audit.items[0]).toMatchObject({ before: { disabled: false }, after: { disabled: true, role: "editor" } });
    await expect(as(admin).users.update({ id: target.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(admin).users.update({ id: "missing", name: "x" })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
  });

  it("update: an admin cannot disable or demote themself, and the last admin stays an admin", async () => {
    await expect(as(admin).users.update({ id: admin.id, disabled: true })).rejects.toMatchObject({ appCode: "CANNOT_CHANGE_SELF" });
    await expect(as(admin).users.update({ id: admin.id, role: "editor" })).rejects.toMatchObject({ appCode: "CANNOT_CHANGE_SELF" });
    const second = await createTestUser(database.db, "admin");
    // The second admin demotes the first: fine, one admin remains. The first may not then demote the second.
    await as(second).users.update({ id: admin.id, role: "editor" });
    await expect(as({ ...admin, role: "admin" }).users.update({ id: second.id, role: "viewer" })).rejects.toMatchObject({ appCode: "LAST_ADMIN" });
    await as(second).users.update({ id: admin.id, role: "admin" });
  });

  it("setPassword: replaces the password and ends that user's sessions", async () => {
    const target = await createTestUser(database.db, "viewer");
    const session = await startSession(database.db, { userId: target.id, userAgent: null });
    expect(await as(admin).users.setPassword({ id: target.id, password: "a brand new password" })).toEqual({ endedSessions: 1 });
    expect(await validateSessionToken(database.db, session.token)).toBeNull();
    await expect(callerAs(database.db, null, { ip: "10.9.0.2" }).caller.auth.signIn({ email: target.email, password: "a brand new password" })).resolves.toBeTruthy();
    await expect(as(admin).users.setPassword({ id: target.id, password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(admin).users.setPassword({ id: "missing", password: testPassword })).rejects.toMatchObject({ appCode: "NOT_FOUND" });
  });
});
