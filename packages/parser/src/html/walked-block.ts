import type { ResolvedImageUrl } from "../urls/image-url.js";

/** A block as the walker found it, with the facts the record builder needs to finish it. */
export interface WalkedBlock {
  type: "heading" | "paragraph" | "quote" | "list-item" | "image" | "embed";
  text: string;
  html: string;
  ordered: boolean;
  /** Nearest block element around the text ("p", "div", "li" …). */
  tag: string;
  /** All the text is bold (`<strong>`/`<b>`): a candidate heading. */
  boldOnly: boolean;
  /** All the text is inside `<time>`: a date line, not article text. */
  timeOnly: boolean;
  /** Image/embed: absolute (de-proxied) URL. */
  src: string;
  /** Image: the proxy URL as written, when there was one. */
  proxiedSrc: string | null;
  /** Image: alt or title attribute. */
  alt: string;
  /** Image: text of the caption element(s) that follow it. */
  caption: string;
  /** Image: text of the credit/copyright element(s) that follow it. */
  credit: string;
  /** Video: its poster picture (`<video poster>`), de-proxied; else null. */
  poster: ResolvedImageUrl | null;
}

export interface WalkedLink {
  href: string;
  text: string;
  /** Index of the block the link stands in (the block being built when it closed). */
  block: number;
}

export interface WalkedTime {
  datetime: string;
  text: string;
}

export interface BodyWalk {
  blocks: WalkedBlock[];
  links: WalkedLink[];
  times: WalkedTime[];
  /** The body was read only up to where its elements nested too deep (see MAX_OPEN_ELEMENTS). */
  truncated: boolean;
}

/**
 * A text block. Blocks are built as full literals in one field order (no spreads), so that every
 * block has the same shape: spreading made this the walker's hottest line.
 */
export function textBlock(
  type: WalkedBlock["type"],
  text: string,
  html: string,
  ordered: boolean,
  tag: string,
  boldOnly: boolean,
  timeOnly: boolean,
): WalkedBlock {
  return { type, text, html, ordered, tag, boldOnly, timeOnly, src: "", proxiedSrc: null, alt: "", caption: "", credit: "", poster: null };
}

/** An image or embed block. */
export function mediaBlock(
  type: "image" | "embed",
  src: string,
  proxiedSrc: string | null,
  text: string,
  alt: string,
  poster: ResolvedImageUrl | null = null,
): WalkedBlock {
  const tag = type === "image" ? "img" : "iframe";
  return { type, text, html: "", ordered: false, tag, boldOnly: false, timeOnly: false, src, proxiedSrc, alt, caption: "", credit: "", poster };
}
