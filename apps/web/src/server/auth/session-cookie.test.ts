import { afterEach, describe, expect, it } from "vitest";
import { readCookie, serializeClearedSessionCookie, serializeSessionCookie, shouldUseSecureCookies } from "./session-cookie";
import { renewedExpiry, sessionIdOf, sessionLifetimeMs } from "./session-token";

afterEach(() => {
  delete process.env.NEWSDESK_SESSION_SECURE;
});

describe("session cookie", () => {
  it("is httpOnly and SameSite=Lax, and Secure only when asked", () => {
    const expires = new Date(Date.now() + 3600_000);
    const plain = serializeSessionCookie("tok", expires, { secure: false });
    expect(plain).toMatch(/^newsdesk_session=tok; Path=\/; HttpOnly; SameSite=Lax; Expires=.+; Max-Age=(3599|3600)$/);
    expect(serializeSessionCookie("tok", expires, { secure: true })).toMatch(/; Secure$/);
    expect(serializeClearedSessionCookie({ secure: false })).toContain("Max-Age=0");
  });

  it("is Secure behind HTTPS unless NEWSDESK_SESSION_SECURE says otherwise", () => {
    expect(shouldUseSecureCookies("http://localhost:3000/api", null)).toBe(false);
    expect(shouldUseSecureCookies("http://internal:3000/api", "https")).toBe(true);
    process.env.NEWSDESK_SESSION_SECURE = "false";
    expect(shouldUseSecureCookies("https://newsdesk.example/api", null)).toBe(false);
    process.env.NEWSDESK_SESSION_SECURE = "true";
    expect(shouldUseSecureCookies("http://localhost:3000/api", null)).toBe(true);
  });

  it("reads a cookie among others", () => {
    expect(readCookie("a=1; newsdesk_session=abc_-9; b=2", "newsdesk_session")).toBe("abc_-9");
    expect(readCookie("a=1", "newsdesk_session")).toBeNull();
    expect(readCookie(null, "newsdesk_session")).toBeNull();
  });
});

describe("session token", () => {
  it("stores a SHA-256 of the token, never the token", () => {
    expect(sessionIdOf("token")).toBe("3c469e9d6c5875d37a43f353d4f88e61fcf812c66eee3457465a40b0da4153e0");
  });

  it("renews a session only in the second half of its life", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(renewedExpiry(new Date(now.getTime() + 20 * 86400_000), now)).toBeNull();
    expect(renewedExpiry(new Date(now.getTime() + 5 * 86400_000), now)).toEqual(new Date(now.getTime() + sessionLifetimeMs));
  });
});
