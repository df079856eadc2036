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
  // plain-url.ts), except for the weserv proxy, whose query is read as parameters.
  const plain = plainAbsoluteUrl(text);
  let absolute: UrlParts;
  if (plain !== null && !WESERV_HOSTS.has(plain.hostname)) {
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
    const target = url instanceof URL ? url.searchParams.get("url") : null;
    return target ? withScheme(target) : null;
  }
  if (/^i[0-3]\.wp\.com$/.test(host)) {
    const rest = url.pathname.slice(1);
    return /^[\w-]+(\.[\w-]+)+\//.test(rest) ? `https://${rest}` : null;
  }
  const thumbor = /\/unsafe\/(?:[^/]+\/)*?(https?:\/\/.+)$/.exec(url.pathname + url.search);
  if (thumbor?.[1]) return thumbor[1];
  return null;
}

function withScheme(target: string): string | null {
  const t = target.trim();
  if (/^https?:\/\//i.test(t)) return URL.canParse(t) ? new URL(t).href : null;
  const bare = t.replace(/^ssl:/i, "").replace(/^\/\//, "");
  const candidate = `https://${bare}`;
  return URL.canParse(candidate) ? new URL(candidate).href : null;
}
