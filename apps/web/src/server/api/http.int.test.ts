import type { Database } from "@newsdesk/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionIdOf } from "../auth/session-token";
import { createTestUser, openTestDatabase, testPassword } from "../testing/router-test-kit";
import { appRouter } from "./root";
import { createRequestContext } from "./trpc";

/** The API over real HTTP requests (the route handler's code path): cookies, CSRF checks, methods. */
let database: Database;
let email: string;

beforeAll(async () => {
  database = await openTestDatabase();
  email = (await createTestUser(database.db, "viewer", "http@newsdesk.test")).email;
});
afterAll(async () => {
  await database?.close();
});

function call(path: string, init: RequestInit & { input?: unknown } = {}) {
  const { input, ...rest } = init;
  const method = rest.method ?? "GET";
  const url = new URL(`http://newsdesk.test/api/trpc/${path}`);
  if (method === "GET" && input !== undefined) url.searchParams.set("input", JSON.stringify(superjson.serialize(input)));
  const req = new Request(url, {
    ...rest,
    headers: { host: "newsdesk.test", ...(rest.headers as Record<string, string>) },
    ...(method !== "GET" && input !== undefined ? { body: JSON.stringify(superjson.serialize(input)) } : {}),
  });
  return fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: ({ req: request, resHeaders }) => createRequestContext({ req: request, resHeaders, db: database.db }) });
}

const json = { "content-type": "application/json" };

describe("tRPC over HTTP", () => {
  it("signs in from the same origin, sets the cookie, and the cookie authenticates later requests", async () => {
    const signIn = await call("auth.signIn", { method: "POST", headers: { ...json, "sec-fetch-site": "same-origin" }, input: { email, password: testPassword } });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^newsdesk_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax/);
    const me = await call("auth.me", { headers: { cookie: cookie.split(";")[0]! } });
    const body = (await me.json()) as { result: { data: { json: { email: string } } } };
    expect(body.result.data.json.email).toBe(email);
  });

  it("refuses a cross-site mutation (CSRF) by Sec-Fetch-Site or by Origin", async () => {
    const bySite = await call("auth.signIn", { method: "POST", headers: { ...json, "sec-fetch-site": "cross-site", origin: "https://evil.example" }, input: { email, password: testPassword } });
    expect(bySite.status).toBe(403);
    expect(((await bySite.json()) as { error: { json: { data: { appCode: string } } } }).error.json.data.appCode).toBe("CROSS_SITE_REQUEST");
    const byOrigin = await call("auth.signIn", { method: "POST", headers: { ...json, origin: "https://evil.example" }, input: { email, password: testPassword } });
    expect(byOrigin.status).toBe(403);
    const noOrigin = await call("auth.signIn", { method: "POST", headers: json, input: { email, password: testPassword } });
    expect(noOrigin.status).toBe(403);
    const sameHost = await call("auth.signIn", { method: "POST", headers: { ...json, origin: "http://newsdesk.test" }, input: { email, password: testPassword } });
    expect(sameHost.status).toBe(200);
  });

  it("refuses a mutation sent as GET, and a form-encoded body", async () => {
    const get = await call("auth.signOut");
    expect(get.status).toBe(405);
    const form = await call("auth.signIn", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
      body: `email=${encodeURIComponent(email)}&password=${encodeURIComponent(testPassword)}`,
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.headers.get("set-cookie")).toBeNull();
  });

  it("answers validation errors with 400 and the failing fields", async () => {
    const response = await call("auth.signIn", { method: "POST", headers: { ...json, "sec-fetch-site": "same-origin" }, input: { email: "nope", password: "" } });
    expect(response.status).toBe(400);
    const issues = ((await response.json()) as { error: { json: { data: { issues: Array<{ path: string }> } } } }).error.json.data.issues;
    expect(issues.map((issue) => issue.path).sort()).toEqual(["email", "password"]);
  });

  it("renews a session in the second half of its life and clears an unknown cookie", async () => {
    const user = await database.db.user.findUniqueOrThrow({ where: { email } });
    const token = "A".repeat(43);
    await database.db.session.create({ data: { id: sessionIdOf(token), userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    const renewed = await call("auth.me", { headers: { cookie: `newsdesk_session=${token}` } });
    expect(renewed.headers.get("set-cookie")).toMatch(new RegExp(`^newsdesk_session=${token};`));
    const session = await database.db.session.findUniqueOrThrow({ where: { id: sessionIdOf(token) } });
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const unknown = await call("auth.me", { headers: { cookie: `newsdesk_session=${"B".repeat(43)}` } });
    expect(unknown.headers.get("set-cookie")).toMatch(/^newsdesk_session=; .*Max-Age=0/);
  });
});
