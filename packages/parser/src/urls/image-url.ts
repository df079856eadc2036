import { type PlainUrl, plainAbsoluteUrl } from "./plain-url.js";

/** An image URL resolved against the article and stripped of a known image proxy. */
export interface ResolvedImageUrl {
  /** Absolute URL of the image itself. */
  url: string;
  /** The absolute URL as written when it went through a proxy, otherwise null. */
  proxiedUrl: string | null;
}

const WESERV_HOSTS = new Set(["images.weserv.nl", "wsrv.nl", "images.weserv.com"]);

/**
 * Resolves an `<img src>` (relative, protocol-relative or absolute) and undoes image proxies:
 * - images.weserv.nl / wsrv.nl: `?url=host/path` and `/?url=…` (no scheme means https here; "ssl:" too),
 * - Photon (i0–i3.wp.com/host/path),
 * - thumbor "unsafe" URLs that wrap another absolute URL (thumbor.ftacademy.cn/unsafe/1340x754/https://…).
 */
export function resolveImageUrl(src: string, base: URL | string): ResolvedImageUrl | null {
  const written = src.trim();
  if (written === "" || written.startsWith("data:") || written.startsWith("javascript:")) return null;
  const text = written.startsWith("//") ? `https:${written}` : written;
  // Most image URLs are already plain absolute URLs: skip building a URL object for them (see
  // plain-url.ts). A weserv query is read as parameters: only without escapes ("%", "+") are they as written.
  const plain = plainAbsoluteUrl(text);
  let absolute: UrlParts;
  if (plain !== null && !(WESERV_HOSTS.has(plain.hostname) && /[%+]/.test(plain.search))) {
    absolute = plain;
  } else {
    let url: URL;
    try {
      url = new URL(text, base);
    } catch {
      return null;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    absolute = url;
  }
  const inner = unwrapProxy(absolute);
  if (inner === null) return { url: absolute.href, proxiedUrl: null };
  // Keep the proxy URL as written when it was absolute ("https://images.weserv.nl?url=…").
  return { url: inner, proxiedUrl: /^https?:\/\//i.test(written) ? written : absolute.href };
}

/** What `unwrapProxy` reads of a URL: a `URL`, or the parts of a plain one. */
type UrlParts = PlainUrl | URL;

function unwrapProxy(url: UrlParts): string | null {
  const host = url.hostname.toLowerCase();
  if (WESERV_HOSTS.has(host)) {
    const target = url instanceof URL ? url.searchParams.get("url") : plainQueryParam(url.search, "url");
    return target ? withScheme(target) : null;
  }
  if (/^i[0-3]\.wp\.com$/.test(host)) {
    const rest = url.pathname.slice(1);
    return /^[\w-]+(\.[\w-]+)+\//.test(rest) ? `https://${rest}` : null;
  }
  // The includes() first: the lazy pattern below was a measurable cost run on every image.
  const pathAndQuery = url.pathname + url.search;
  if (!pathAndQuery.includes("/unsafe/")) return null;
  const thumbor = /\/unsafe\/(?:[^/]+\/)*?(https?:\/\/.+)$/.exec(pathAndQuery);
  if (thumbor?.[1]) return thumbor[1];
  return null;
}

function withScheme(target: string): string | null {
  const t = target.trim();
  if (/^https?:\/\//i.test(t)) return absoluteHref(t);
  const bare = t.replace(/^ssl:/i, "").replace(/^\/\//, "");
  return absoluteHref(`https://${bare}`);
}

/** `new URL(text).href`, or null when `text` is not a URL; plain URLs skip the URL object. */
function absoluteHref(text: string): string | null {
  const plain = plainAbsoluteUrl(text);
  if (plain !== null) return plain.href;
  return URL.canParse(text) ? new URL(text).href : null;
}

/**
 * `new URLSearchParams(search).get(name)` for a query without "%" or "+" (nothing to decode): the
 * value of the first pair with that name, or null.
 */
function plainQueryParam(search: string, name: string): string | null {
  for (const pair of search.slice(1).split("&")) {
    const equals = pair.indexOf("=");
    if ((equals < 0 ? pair : pair.slice(0, equals)) === name) return equals < 0 ? "" : pair.slice(equals + 1);
  }
  return null;
}
