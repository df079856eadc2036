/**
 * A fast path around WHATWG `URL` for absolute http(s) URLs that it would leave exactly as written.
 *
 * Why: the body walker resolves every link and image (about 8 per file), and each `new URL(…)` cost
 * about 4 µs here — 5 % of `parse()` — mostly in building the URL object and reading `href`. About
 * 85 % of the corpus's links and images are already absolute, lower-case-host http(s) URLs of plain
 * characters, which the parser returns unchanged (apart from the "/" it adds to an empty path).
 *
 * The pattern only accepts what the URL standard provably keeps as is; anything else (upper case in
 * scheme or host, ports, user info, IDNA `xn--` labels, hosts that end in a number and so are read as
 * IPv4, dot segments, backslashes, characters it percent-encodes, empty query or fragment) returns
 * null and goes through `URL` as before. `plain-url.test.ts` compares it with `URL` case by case.
 */
const PLAIN_URL =
  /^(https?):\/\/((?:[a-z0-9-]+\.)*([a-z0-9-]+))(\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*)?(\?[A-Za-z0-9\-._~!$&()*+,;=:@/?%]+)?(#[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]+)?$/;
/** A last label read as an IPv4 number (decimal, or hexadecimal with 0x). */
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/;
/** A path segment that may be "." or ".." (also written %2e), which the parser resolves. */
const DOT_SEGMENT = /\/(?:\.|%2e)/i;

export interface PlainUrl {
  href: string;
  /** Lower-case host, as `URL#hostname`. */
  hostname: string;
  /** As `URL#pathname` ("/" for an empty path). */
  pathname: string;
  /** As `URL#search` ("" or "?…"). */
  search: string;
}

/** The parts `URL` would give for `text` when it is such a plain absolute http(s) URL, else null. */
export function plainAbsoluteUrl(text: string): PlainUrl | null {
  const m = PLAIN_URL.exec(text);
  if (m === null) return null;
  const hostname = m[2]!;
  if (NUMERIC_LABEL.test(m[3]!) || hostname.startsWith("xn--") || hostname.includes(".xn--")) return null;
  const path = m[4];
  if (path !== undefined && DOT_SEGMENT.test(path)) return null;
  if (path !== undefined) return { href: text, hostname, pathname: path, search: m[5] ?? "" };
  // An empty path is serialised as "/".
  const search = m[5] ?? "";
  return { href: `${m[1]}://${hostname}/${search}${m[6] ?? ""}`, hostname, pathname: "/", search };
}
