/**
 * The client's address for rate limiting. `next start` fills X-Forwarded-For with the socket's address when the
 * request has none; behind a reverse proxy the first entry is the client the proxy saw. A client talking to Next
 * directly can forge the header, which is why the sign-in limit also counts per email (sign-in-rate-limit.ts).
 */
export function clientIpOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return ip.slice(0, 64);
}
