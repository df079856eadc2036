/**
 * URL normalisation for article identity: the same article linked as http or https, with a doubled
 * "//" in its path, with lower- or upper-case percent escapes, double-encoded, raw Unicode, with a
 * fragment or with tracking parameters, gets one canonical URL (and so one `id`).
 *
 * Hand-written on top of WHATWG `URL` (which handles host case, default ports, IDNA and dot segments)
 * because no small library does the percent-escape and tracking-parameter rules the archives need.
 */

/** Query keys that only track where a reader came from. Compared lower-case; a trailing "*" is a prefix. */
const TRACKING_KEYS = [
  "utm_*",
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "yclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "ns_*",
  "cmpid",
  "ocid",
  "smid",
  "smtyp",
  "s_cid",
  "xtor",
  "spm",
  "share",
  "ref",
  "ref_src",
  "ref_url",
  "from",
  "source",
  "feature",
  "__twitter_impression",
  "wt.mc_id",
  "at_*",
  "sr_share",
  // DW's feed analytics (?maca=chi-rss-chi-all-1127-rdf), WeChat's share marks, mail tools' click ids
  "maca",
  "isappinstalled",
  "mkt_tok",
  "_hsenc",
  "_hsmi",
  "oly_*",
  "vero_*",
];
const exactTracking = new Set(TRACKING_KEYS.filter((k) => !k.endsWith("*")));
const prefixTracking = TRACKING_KEYS.filter((k) => k.endsWith("*")).map((k) => k.slice(0, -1));

const UNRESERVED = /[A-Za-z0-9\-._~]/;
/**
 * An escape that normalising changes: one with a lower-case hex digit, or one that stands for an
 * unreserved character (%2D %2E %30–%39 %41–%5A %5F %61–%7A %7E). Most URLs have none (%E6%9D%8E…).
 */
const ESCAPE_TO_CHANGE = /%(?:[0-9a-fA-F][a-f]|[a-f][0-9A-F]|2[DE]|3[0-9]|[4-6][0-9A-F]|7[0-9A-E]|5F)/;

/**
 * Reads the URL of a title line: trims it, accepts protocol-relative ("//host/…") and scheme-less
 * ("www.host/…") forms, and returns it only when it is an absolute http(s) URL.
 */
export function readArticleUrl(written: string): URL | null {
  let text = written.trim();
  if (text.startsWith("//")) text = `https:${text}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text) && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(text)) text = `https://${text}`;
  // One parse: URL.canParse before new URL parsed every title line's URL twice.
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.hostname === "") return null;
  return url;
}

/**
 * The canonical form of an article URL: https, lower-case host without a trailing dot, single slashes,
 * upper-case percent escapes (unreserved characters decoded, double encoding undone), no fragment,
 * no tracking parameters, remaining parameters sorted by key.
 *
 * @param dropKeys further query keys to drop for this site (from the known-sources table)
 */
export function canonicalizeUrl(url: URL, dropKeys: readonly string[] = []): string {
  const host = url.hostname.replace(/\.$/, "");
  const port = url.port === "" || url.port === "443" || url.port === "80" ? "" : `:${url.port}`;
  const path = normalizeEscapes(undoDoubleEncoding(url.pathname.replace(/\/{2,}/g, "/"))) || "/";
  const query = canonicalQuery(url.search, dropKeys);
  return `https://${host}${port}${path}${query}`;
}

function canonicalQuery(search: string, dropKeys: readonly string[]): string {
  if (search.length <= 1) return "";
  const kept: Array<[string, string]> = [];
  for (const part of search.slice(1).split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = normalizeEscapes(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? null : normalizeEscapes(part.slice(eq + 1));
    if (isTrackingKey(key, value, dropKeys)) continue;
    kept.push([key, value === null ? key : `${key}=${value}`]);
  }
  if (kept.length === 0) return "";
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // A loop rather than map with a destructuring callback: that one was deoptimised ("wrong map")
  // in the second run over the corpus.
  let query = "?";
  for (let i = 0; i < kept.length; i++) query += i === 0 ? kept[i]![1] : `&${kept[i]![1]}`;
  return query;
}

function isTrackingKey(rawKey: string, value: string | null, dropKeys: readonly string[]): boolean {
  const key = safeDecode(rawKey).toLowerCase();
  if (dropKeys.includes(key)) return true;
  // "source" and "from" are tracking only with feed-ish values (medium's "?source=rss-…", WeChat's "?from=timeline").
  if (key === "source" || key === "from") return value !== null && /^(rss|feed|twitter|facebook|share|email|timeline|singlemessage|groupmessage)/i.test(value);
  return exactTracking.has(key) || prefixTracking.some((prefix) => key.startsWith(prefix));
}

/** "%25E5%25A4" → "%E5%A4" when every escape of the string is a doubled one (a known archive bug). */
function undoDoubleEncoding(path: string): string {
  if (!path.includes("%25")) return path;
  const escapes = path.match(/%[0-9A-Fa-f]{2}/g) ?? [];
  const doubled = path.match(/%25[0-9A-Fa-f]{2}/g) ?? [];
  return escapes.length === doubled.length ? path.replace(/%25([0-9A-Fa-f]{2})/g, "%$1") : path;
}

/** Upper-cases percent escapes and decodes those that stand for unreserved ASCII characters. */
function normalizeEscapes(text: string): string {
  if (!text.includes("%") || !ESCAPE_TO_CHANGE.test(text)) return text;
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => {
    const ch = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
