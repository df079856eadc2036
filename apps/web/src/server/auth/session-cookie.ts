/** The session cookie: httpOnly (no script reads it), SameSite=Lax, Secure when served over HTTPS. */
export const sessionCookieName = "newsdesk_session";

export interface CookieOptions {
  /** Adds `Secure`. True behind HTTPS; NEWSDESK_SESSION_SECURE=true|false overrides the guess. */
  secure: boolean;
}

/** Whether cookies should be Secure for a request: the env override, else the request's (forwarded) protocol. */
export function shouldUseSecureCookies(requestUrl: string | null, forwardedProto: string | null): boolean {
  const override = process.env.NEWSDESK_SESSION_SECURE;
  if (override === "true" || override === "1") return true;
  if (override === "false" || override === "0") return false;
  const proto = forwardedProto?.split(",")[0]?.trim() ?? (requestUrl ? new URL(requestUrl).protocol.replace(":", "") : "http");
  return proto === "https";
}

export function serializeSessionCookie(token: string, expiresAt: Date, { secure }: CookieOptions): string {
  const parts = [
    `${sessionCookieName}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
    `Max-Age=${Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))}`,
  ];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

export function serializeClearedSessionCookie({ secure }: CookieOptions): string {
  const parts = [`${sessionCookieName}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", "Expires=Thu, 01 Jan 1970 00:00:00 GMT"];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** Reads one cookie from a Cookie header (values are base64url tokens; no decoding needed). */
export function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}
