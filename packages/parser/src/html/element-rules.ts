/**
 * Which elements of an article body matter, and how: what is dropped with everything inside it, what
 * starts a new block, what is inline formatting worth keeping in a block's `html`.
 */

import { plainAbsoluteUrl } from "../urls/plain-url.js";
import { attribute } from "./attribute.js";

/** Elements dropped with their content: code, forms, chrome, vector art. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "button",
  "select",
  "option",
  "textarea",
  "input",
  "form",
  "nav",
  "head",
  "title",
  "object",
  "canvas",
  "map",
  "dialog",
]);

/** Elements that end the block before them and start a new one. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "center",
  "dd",
  "details",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "menu",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** Inline elements kept (without attributes, except `href` on links) in a block's `html`. */
export const KEPT_INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  "a",
  "abbr",
  "b",
  "cite",
  "code",
  "del",
  "em",
  "i",
  "ins",
  "kbd",
  "mark",
  "q",
  "s",
  "small",
  "strong",
  "sub",
  "sup",
  "u",
]);

/** Inline elements whose text counts as bold (a block of only bold text may be a heading). */
export const BOLD_ELEMENTS: ReadonlySet<string> = new Set(["strong", "b"]);

export const HEADING_ELEMENTS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Class or id tokens of site chrome: advertising slots, promotion and subscription boxes, Reuters'
 * trust badge, screen-reader-only labels ("图片版权", "Image caption"). A token matches when one of these
 * words stands between start/end or "-"/"_" separators, so "mpu-ad" and "m-block-ad__label" match but
 * "lead" or "shadow" do not. Also WordPress's card for an embedded post (`wp-embedded-content`: China
 * Digital Times' other stories, whose headline came out as a quote) and BBC's media player
 * (`player-with-placeholder`, with its "你的器材不支持播放多媒体材料").
 */
const CHROME_WORDS =
  /(?:^|[-_])(?:ad|ads|advert|advertisement|adslot|adsbygoogle|dfp|mpu|interstitial|promo|sponsor|sponsored|subscribe|subscription|subscriptioninner|newsletter-signup|trustbadge|trustbadgecontainer|off-screen|offscreen|visually-hidden|sr-only|screen-reader-text|jump-link|sharetools|share-tools|social-share|sharing|bottomarticlebanner|related-posts|jp-relatedposts|bbccom|innity|wp-embedded-content|player-with-placeholder)(?:$|[-_])/;

/** Class attributes repeat across a site's articles: remember the verdict (bounded). */
const chromeByClass = new Map<string, boolean>();
const CACHE_LIMIT = 4096;

/** Whether an element with these `class`/`id` values is site chrome rather than article content. */
export function isChrome(className: string | undefined, id: string | undefined): boolean {
  if (className) {
    let chrome = chromeByClass.get(className);
    if (chrome === undefined) {
      chrome = className.split(/\s+/).some((token) => token !== "" && CHROME_WORDS.test(token.toLowerCase()));
      if (chromeByClass.size >= CACHE_LIMIT) chromeByClass.clear();
      chromeByClass.set(className, chrome);
    }
    if (chrome) return true;
  }
  return id !== undefined && id !== "" && CHROME_WORDS.test(id.toLowerCase());
}

/** Caption and credit containers around images. */
export function captionRole(name: string, className: string | undefined): "caption" | "credit" | null {
  if (name === "figcaption") return "caption";
  if (!className) return null;
  if (/copyright|credit/i.test(className)) return "credit";
  if (/caption|picinfo|pic-info|photo-text|img-desc/i.test(className)) return "caption";
  return null;
}

/** Tracking pixels and decoration that are not article images. */
export function isDecorativeImage(src: string, attribs: Record<string, string>): boolean {
  const w = attribute(attribs, "width");
  const h = attribute(attribs, "height");
  if (w === "1" || h === "1" || w === "0" || h === "0") return true;
  if (/wp-smiley|emoji/i.test(attribute(attribs, "class") ?? "")) return true;
  return /\/_\/stat\?|feedburner|\/pixel[./?]|beacon|doubleclick|google-analytics|\/icon-zoom|\/smilies\/|\/emoji\//i.test(src) || DIVIDER_OR_LOGO.test(src);
}

/**
 * Separator lines drawn as images (BBC's "_grey_line-nc.png", "_line976.jpg", "_1px_white_line-nc.png")
 * and programme or site logos standing in for a photo (RFI's "_cartouche.jpg", its social-card logo, its
 * press review's "03-revue-de-presse_0.png" and programme banners "WB15400-RFI-CN-20100304.png"), and The
 * Economist's stand-in when a story has no picture ("og-fallback-image.png").
 */
const DIVIDER_OR_LOGO =
  /(?:grey|gray|white)_?line[\w-]*\.(?:png|jpe?g|gif)$|[/_]line\d{2,4}(?:-nc)?\.(?:png|jpe?g|gif)$|_cartouche\.(?:png|jpe?g)$|\/meta_og_twcards\/|-revue-de-presse(?:_\d+)?\.(?:png|jpe?g)$|\/WB\d+-RFI-CN-\d{8}\.(?:png|jpe?g)$|\/og-fallback-image(?:\.[0-9a-f]+)?\.(?:png|jpe?g)$/i;

/** The image URL of an `<img>`: `src`, or the lazy-loading attributes when `src` is a placeholder. */
export function pickImageSource(attribs: Record<string, string>): string {
  const src = attribute(attribs, "src")?.trim() ?? "";
  if (src !== "" && !src.startsWith("data:")) return src;
  const lazy = attribute(attribs, "data-src") || attribute(attribs, "data-original") || attribute(attribs, "data-lazy-src");
  if (lazy) return lazy.trim().split(/\s+/)[0] ?? "";
  return largestCandidate(attribute(attribs, "data-srcset") || attribute(attribs, "srcset") || "");
}

/**
 * The largest picture a `srcset` offers ("x-400.jpg 400w, x-800.jpg 800w" → x-800.jpg; "a.jpg, b.jpg 2x" →
 * b.jpg): the lead image is shown large. Candidates are split at a comma followed by whitespace, so a
 * comma inside a URL stays.
 */
function largestCandidate(srcset: string): string {
  let best = "";
  let bestSize = -1;
  for (const candidate of srcset.trim().split(/,\s+/)) {
    const [url = "", descriptor = "1x"] = candidate.trim().split(/\s+/);
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith("x") ? 1000 : 1);
    if (url !== "" && (Number.isFinite(size) ? size : 0) > bestSize) {
      best = url.replace(/,$/, "");
      bestSize = Number.isFinite(size) ? size : 0;
    }
  }
  return best;
}

/**
 * Page metadata written into the body, not article text: The Economist's dateline
 * (`<p data-test-id="Dateline" itemType="http://schema.org/dateline">HONG KONG</p>`, 11 corpus files).
 */
export function isPageMetadata(attribs: Record<string, string>): boolean {
  return attribs["data-test-id"] === "Dateline" || (attribs.itemtype !== undefined && /\/dateline$/i.test(attribs.itemtype));
}

/** Hidden with `hidden`, `aria-hidden="true"` or an inline `display: none` / `visibility: hidden`. */
export function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined || attribs["aria-hidden"] === "true") return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * A site prefix glued before a full address by the site's own templates: The Economist's
 * "https://www.economist.comhttp://iea.org/…" and "…comhttps://…", "…commailto:letters@…", and BBC's
 * "http://https//www.bbc.com/…". The address after it is the link.
 */
const GLUED_PREFIX = /^https?:\/\/[^/?#]+?\.[a-z]{2,}(?=https?:\/\/|mailto:)/i;
const SCHEME_AS_HOST = /^https?:\/\/(https?)\/\/(?=[\w-]+\.)/i;

function unglued(value: string): string {
  if (value.indexOf("http", 4) < 0 && !value.includes("mailto:")) return value;
  const glued = GLUED_PREFIX.exec(value);
  if (glued !== null) return value.slice(glued[0].length);
  return value.replace(SCHEME_AS_HOST, "$1://");
}

/** An absolute http(s) link target, or null for fragments, scripts, mail and phone links. */
export function resolveLink(href: string | undefined, base: URL): string | null {
  const value = href === undefined ? undefined : unglued(href.trim());
  if (!value || value.startsWith("#") || /^(javascript|mailto|tel|data):/i.test(value)) return null;
  const absolute = value.startsWith("//") ? `https:${value}` : value;
  // Most links are already plain absolute URLs: skip building a URL object for them (see plain-url.ts).
  const plain = plainAbsoluteUrl(absolute);
  if (plain !== null) return plain.href;
  try {
    const url = new URL(absolute, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
