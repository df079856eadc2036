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
  let absolute: URL;
  try {
    absolute = new URL(written.startsWith("//") ? `https:${written}` : written, base);
  } catch {
    return null;
  }
  if (absolute.protocol !== "http:" && absolute.protocol !== "https:") return null;
  const inner = unwrapProxy(absolute);
  if (inner === null) return { url: absolute.href, proxiedUrl: null };
  // Keep the proxy URL as written when it was absolute ("https://images.weserv.nl?url=…").
  return { url: inner, proxiedUrl: /^https?:\/\//i.test(written) ? written : absolute.href };
}

function unwrapProxy(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  if (WESERV_HOSTS.has(host)) {
    const target = url.searchParams.get("url");
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
