/**
 * CSRF defence for state-changing requests.
 *
 * 1. tRPC sends mutations only as POST (a GET to a mutation is refused with 405), and its JSON body needs
 *    `Content-Type: application/json`, which a cross-site <form> cannot send without a CORS preflight we never grant.
 * 2. Every mutation (and the upload, which is multipart and so *could* come from a form) must also come from our own
 *    origin: modern browsers send `Sec-Fetch-Site`, which must be `same-origin` (or `none` for a typed URL);
 *    otherwise the `Origin` header must match the Host. A request with neither is refused — curl and scripts
 *    can send `Origin` explicitly.
 * 3. The session cookie is SameSite=Lax, so a cross-site POST does not even carry it.
 */
export interface OriginCheckInput {
  method: string;
  secFetchSite: string | null;
  origin: string | null;
  /** Host the request was addressed to (X-Forwarded-Host first when behind a proxy). */
  host: string | null;
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin({ method, secFetchSite, origin, host }: OriginCheckInput): OriginVerdict {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return { ok: true };
  if (secFetchSite) {
    return secFetchSite === "same-origin" || secFetchSite === "none"
      ? { ok: true }
      : { ok: false, reason: `Sec-Fetch-Site: ${secFetchSite}` };
  }
  if (!origin) return { ok: false, reason: "no Origin or Sec-Fetch-Site header" };
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { ok: false, reason: `malformed Origin: ${origin}` };
  }
  return host !== null && originHost === host ? { ok: true } : { ok: false, reason: `Origin ${origin} is not ${host ?? "this host"}` };
}

export function originCheckInputOf(request: Request): OriginCheckInput {
  const headers = request.headers;
  return {
    method: request.method,
    secFetchSite: headers.get("sec-fetch-site"),
    origin: headers.get("origin"),
    host: headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? headers.get("host"),
  };
}
