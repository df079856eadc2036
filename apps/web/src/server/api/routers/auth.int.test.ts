import type { Database } from "@newsdesk/db";
import { listAuditEvents } from "@newsdesk/db/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSessionToken } from "../../auth/sessions";
import { callerAs, createTestUser, openTestDatabase, testPassword } from "../../testing/router-test-kit";

let database: Database;
let editorEmail: string;

beforeAll(async () => {
  database = await openTestDatabase();
  editorEmail = (await createTestUser(database.db, "editor", "ed@newsdesk.test")).email;
});
afterAll(async () => {
  await database?.close();
});

function tokenFrom(headers: Headers): string {
  const cookie = headers.getSetCookie().find((value) => value.startsWith("newsdesk_session="));
  return cookie?.split(";")[0]?.split("=")[1] ?? "";
}

describe("auth router", () => {
  it("me: null when signed out, the user when signed in", async () => {
    expect(await callerAs(database.db, null).caller.auth.me()).toBeNull();
    const user = await createTestUser(database.db, "viewer");
    expect(await callerAs(database.db, user).caller.auth.me()).toEqual(user);
  });

  it("signIn: starts a session in an httpOnly SameSite=Lax cookie and records the sign-in", async () => {
    const { caller, resHeaders } = callerAs(database.db, null, { ip: "10.1.1.1" });
    const result = await caller.auth.signIn({ email: " ED@newsdesk.test ", password: testPassword });
    expect(result.user).toMatchObject({ email: editorEmail, role: "editor" });
    const cookie = resHeaders.getSetCookie()[0]!;
    expect(cookie).toMatch(/^newsdesk_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    expect(cookie).not.toContain("Secure");
    const session = await validateSessionToken(database.db, tokenFrom(resHeaders));
    expect(session?.user.email).toBe(editorEmail);
    const events = await listAuditEvents(database.db, { limit: 5, action: "session.sign-in" });
    expect(events.items[0]).toMatchObject({ actorLabel: editorEmail, after: { ip: "10.1.1.1" } });
  });

  it("signIn: marks the cookie Secure behind HTTPS", async () => {
    const { caller, resHeaders } = callerAs(database.db, null, { secureCookies: true, ip: "10.1.1.9" });
    await caller.auth.signIn({ email: editorEmail, password: testPassword });
    expect(resHeaders.getSetCookie()[0]).toMatch(/; Secure$/);
  });

  it("signIn: the same error for a wrong password and an unknown email", async () => {
    const { caller } = callerAs(database.db, null, { ip: "10.2.2.2" });
    await expect(caller.auth.signIn({ email: editorEmail, password: "wrong password" })).rejects.toMatchObject({ appCode: "INVALID_CREDENTIALS", code: "UNAUTHORIZED" });
    await expect(caller.auth.signIn({ email: "nobody@newsdesk.test", password: "wrong password" })).rejects.toMatchObject({ appCode: "INVALID_CREDENTIALS" });
  });

  it("signIn: rejects malformed input with a validation error", async () => {
    const { caller } = callerAs(database.db, null);
    await expect(caller.auth.signIn({ email: "not an email", password: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.auth.signIn({ email: editorEmail, password: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.auth.signIn({ email: editorEmail, password: "x".repeat(201) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("signIn: locks an email+IP after 5 failures, even for the right password, while another IP may still sign in", async () => {
    const victim = await createTestUser(database.db, "editor", "victim@newsdesk.test");
    const attacker = callerAs(database.db, null, { ip: "203.0.113.7" }).caller;
    for (let i = 0; i < 5; i += 1) {
      await expect(attacker.auth.signIn({ email: victim.email, password: `guess ${i}` })).rejects.toMatchObject({ appCode: "INVALID_CREDENTIALS" });
    }
    const limited = attacker.auth.signIn({ email: victim.email, password: testPassword });
    await expect(limited).rejects.toMatchObject({ appCode: "RATE_LIMITED", code: "TOO_MANY_REQUESTS" });
    const error = (await limited.catch((caught: unknown) => caught)) as { details: { retryAfterSeconds: number } };
    expect(error.details.retryAfterSeconds).toBeGreaterThan(800);
    expect(error.details.retryAfterSeconds).toBeLessThanOrEqual(900);
    const office = callerAs(database.db, null, { ip: "198.51.100.1" }).caller;
    await expect(office.auth.signIn({ email: victim.email, password: testPassword })).resolves.toMatchObject({ user: { email: victim.email } });
  });

  it("signIn: refuses a disabled account", async () => {
    const gone = await createTestUser(database.db, "viewer", "gone@newsdesk.test");
    await database.db.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    await expect(callerAs(database.db, null, { ip: "10.3.3.3" }).caller.auth.signIn({ email: gone.email, password: testPassword })).rejects.toMatchObject({
      appCode: "ACCOUNT_DISABLED",
    });
  });

  it("refuses mutations from another origin (CSRF) but still answers queries", async () => {
    const { caller } = callerAs(database.db, null, { originCheck: { ok: false, reason: "Sec-Fetch-Site: cross-site" } });
    await expect(caller.auth.signIn({ email: editorEmail, password: testPassword })).rejects.toMatchObject({ appCode: "CROSS_SITE_REQUEST", code: "FORBIDDEN" });
    await expect(caller.auth.me()).resolves.toBeNull();
  });

  it("signOut: ends exactly this session and clears the cookie", async () => {
    const signIn = callerAs(database.db, null, { ip: "10.4.4.4" });
    await signIn.caller.auth.signIn({ email: editorEmail, password: testPassword });
    const token = tokenFrom(signIn.resHeaders);
    const session = (await validateSessionToken(database.db, token))!;
    const { caller, resHeaders } = callerAs(database.db, session.user, { sessionId: session.sessionId });
    expect(await caller.auth.signOut()).toEqual({ signedOut: true });
    expect(resHeaders.getSetCookie()[0]).toMatch(/^newsdesk_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/);
    expect(await validateSessionToken(database.db, token)).toBeNull();
    expect(await callerAs(database.db, null).caller.auth.signOut()).toEqual({ signedOut: false });
  });
});
