import sanitizeHtml from "sanitize-html";

/**
 * The one gate between archive HTML (scraped from the internet) and the page. An allowlist, not a blocklist:
 * anything not named here — <script>, <style>, <iframe>, <object>, <svg>, every on* handler, style attributes,
 * javascript:/data: URLs — is dropped (script and style with their content). Links open in a new tab without
 * an opener or referrer endorsement; images load only over HTTPS, lazily and without a referrer.
 * sanitize-html is the well-kept library for exactly this; the Content-Security-Policy (src/proxy.ts) is a
 * second wall should anything slip through.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "figure", "figcaption", "img", "sup", "sub"],
  allowedAttributes: {
    a: ["href", "rel", "target"],
    img: ["src", "alt", "loading", "referrerpolicy"],
  },
  allowedSchemes: ["http", "https"],
  allowedSchemesByTag: { img: ["https"], a: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "title"],
  transformTags: {
    b: "strong",
    i: "em",
    h1: "h2",
    h5: "h4",
    h6: "h4",
    // Relative URLs would point into the dashboard itself: only absolute http(s) links and https images stay.
    a: (_tagName, attribs) => ({
      tagName: "a",
      attribs: { ...withUrl("href", safeHttpUrl(attribs.href)), rel: "noopener nofollow ugc noreferrer", target: "_blank" },
    }),
    img: (_tagName, attribs) => ({
      tagName: "img",
      attribs: {
        ...withUrl("src", safeHttpUrl(attribs.src, ["https:"])),
        alt: attribs.alt ?? "",
        loading: "lazy",
        referrerpolicy: "no-referrer",
      },
    }),
    // Embeds never run: an iframe becomes a plain link to what it would have shown.
    iframe: (_tagName, attribs) => ({
      tagName: "a",
      attribs: { ...(attribs.src ? { href: attribs.src } : {}), rel: "noopener nofollow ugc noreferrer", target: "_blank" },
      text: attribs.title || attribs.src || "embed",
    }),
  },
  exclusiveFilter: (frame) => (frame.tag === "img" && !frame.attribs.src) || (frame.tag === "a" && !frame.attribs.href && !frame.text.trim()),
};

function withUrl(name: string, url: string | null): Record<string, string> {
  return url === null ? {} : { [name]: url };
}

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, options);
}

/** Escapes text for use inside HTML we build ourselves. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** An http(s) URL as written, or null (javascript:, data:, relative and malformed URLs). */
export function safeHttpUrl(value: string | null | undefined, schemes: readonly string[] = ["http:", "https:"]): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
