import { Parser } from "htmlparser2";
import { resolveImageUrl } from "../urls/image-url.js";
import {
  BLOCK_ELEMENTS,
  BOLD_ELEMENTS,
  DROPPED_ELEMENTS,
  HEADING_ELEMENTS,
  KEPT_INLINE_ELEMENTS,
  captionRole,
  isChrome,
  isDecorativeImage,
} from "./element-rules.js";
import { SOURCE_BREAK, cleanInlineText, collapseNodeText, escapeHtml, finishBlockText } from "./text-normalize.js";

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
}

interface Frame {
  name: string;
  dropped: boolean;
  caption: boolean;
  block: boolean;
  kept: boolean;
}

interface OpenInline {
  open: string;
  close: string;
  /** Serial of the block whose html holds the opening tag, or -1 while not yet written. */
  writtenIn: number;
}

const NO_ATTRIBS: Record<string, string> = {};

/**
 * Site chrome (ad slots, promotion boxes, screen-reader labels) is recorded rather than dropped at
 * once: sources sometimes leave such a box unclosed so that it swallows article paragraphs (RFI's
 * newsletter promo). When the box closes, it is dropped if it holds at most this much text, and
 * replayed as content otherwise.
 */
const CHROME_MAX_CHARS = 100;

type RecordedEvent =
  | { kind: "open"; name: string; attribs: Record<string, string> }
  | { kind: "text"; data: string }
  | { kind: "close"; name: string };

/**
 * One pass of htmlparser2's streaming tokenizer over an article body, building blocks as it goes
 * (no DOM): paragraphs split at block elements and at `<br><br>`, single `<br>` kept as "\n", headings,
 * quotes, list items, images with their captions and credits, iframes as embeds, links. Scripts,
 * styles, forms and site chrome (ad slots, promotion boxes, screen-reader labels) are skipped whole.
 */
export function walkBody(html: string, baseUrl: URL): BodyWalk {
  const walker = new BodyWalker(baseUrl);
  const parser = new Parser(walker, { decodeEntities: true, recognizeSelfClosing: true });
  parser.end(html);
  walker.finish();
  return { blocks: walker.blocks, links: walker.links, times: walker.times };
}

class BodyWalker {
  readonly blocks: WalkedBlock[] = [];
  readonly links: WalkedLink[] = [];
  readonly times: WalkedTime[] = [];

  private readonly stack: Frame[] = [];
  private readonly blockNames: string[] = [];
  private readonly inline: OpenInline[] = [];
  private readonly anchors: Array<{ href: string | null; text: string }> = [];
  private readonly lists: boolean[] = [];
  private dropDepth = 0;
  private recording: RecordedEvent[] | null = null;
  private recordDepth = 0;
  private recordChars = 0;
  private replaying = 0;
  private headingDepth = 0;
  private quoteDepth = 0;
  private itemDepth = 0;
  private boldDepth = 0;
  private timeDepth = 0;
  private captionDepth = 0;
  private captionRoleNow: "caption" | "credit" = "caption";
  private captionText = "";

  private text = "";
  private html = "";
  private serial = 0;
  private hasPlain = false;
  private hasBold = false;
  private hasUntimed = false;
  private pendingBreaks = 0;
  private lastImage: WalkedBlock | null = null;
  private imageFresh = false;

  constructor(private readonly baseUrl: URL) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.recording !== null) {
      this.recording.push({ kind: "open", name, attribs });
      this.recordDepth++;
      return;
    }
    if (this.dropDepth === 0 && this.replaying === 0 && (isChrome(attribs.class, attribs.id) || isHidden(attribs))) {
      this.recording = [{ kind: "open", name, attribs }];
      this.recordDepth = 1;
      this.recordChars = 0;
      return;
    }
    const frame: Frame = { name, dropped: false, caption: false, block: false, kept: false };
    this.stack.push(frame);
    if (this.dropDepth > 0) {
      frame.dropped = true;
      this.dropDepth++;
      return;
    }
    if (DROPPED_ELEMENTS.has(name)) {
      frame.dropped = true;
      this.dropDepth = 1;
      return;
    }
    if (this.captionDepth > 0) {
      frame.caption = true;
      this.captionDepth++;
      if (name === "br") this.captionText += " ";
      return;
    }
    const role = captionRole(name, attribs.class);
    // The archiver writes captions as <img><div><small>…</small></div>; a <small> inside a <p> is not one.
    const smallCaption = name === "small" && this.blockNames[this.blockNames.length - 1] === "div";
    if (this.lastImage !== null && this.imageFresh && (role !== null || smallCaption)) {
      frame.caption = true;
      this.captionDepth = 1;
      this.captionRoleNow = role ?? "caption";
      this.captionText = "";
      return;
    }
    if (BLOCK_ELEMENTS.has(name)) {
      frame.block = true;
      this.flush();
      this.blockNames.push(name);
      if (name === "hr") this.imageFresh = false;
      if (HEADING_ELEMENTS.has(name)) this.headingDepth++;
      else if (name === "blockquote") this.quoteDepth++;
      else if (name === "li") this.itemDepth++;
      else if (name === "ul" || name === "ol" || name === "menu" || name === "dir") this.lists.push(name === "ol");
      return;
    }
    switch (name) {
      case "br":
        this.pendingBreaks++;
        return;
      case "img":
        this.addImage(attribs);
        return;
      case "iframe":
      case "video":
      case "audio":
      case "embed":
        this.addEmbed(attribs);
        return;
      case "time":
        this.timeDepth++;
        this.times.push({ datetime: attribs.datetime ?? "", text: "" });
        break;
      case "a":
        this.anchors.push({ href: this.resolveHref(attribs.href), text: "" });
        break;
    }
    if (BOLD_ELEMENTS.has(name)) this.boldDepth++;
    if (KEPT_INLINE_ELEMENTS.has(name)) {
      frame.kept = true;
      const href = name === "a" ? this.anchors[this.anchors.length - 1]?.href : null;
      const open = href ? `<a href="${escapeHtml(href)}">` : `<${name}>`;
      this.inline.push({ open, close: `</${name}>`, writtenIn: -1 });
    }
  }

  onclosetag(name: string): void {
    if (this.recording !== null) {
      this.recording.push({ kind: "close", name });
      if (--this.recordDepth === 0) this.endRecording();
      return;
    }
    const frame = this.stack.pop();
    if (frame === undefined) return;
    if (frame.dropped) {
      this.dropDepth--;
      return;
    }
    if (frame.caption) {
      if (--this.captionDepth === 0) this.endCaption();
      return;
    }
    if (frame.block) {
      this.flush();
      this.blockNames.pop();
      if (HEADING_ELEMENTS.has(name)) this.headingDepth--;
      else if (name === "blockquote") this.quoteDepth--;
      else if (name === "li") this.itemDepth--;
      else if (name === "ul" || name === "ol" || name === "menu" || name === "dir") this.lists.pop();
      return;
    }
    if (name === "time") this.timeDepth--;
    if (BOLD_ELEMENTS.has(name)) this.boldDepth--;
    if (frame.kept) {
      const open = this.inline.pop();
      if (open !== undefined && open.writtenIn === this.serial) this.html += open.close;
    }
    if (name === "a") {
      const anchor = this.anchors.pop();
      if (anchor?.href) this.links.push({ href: anchor.href, text: finishBlockText(anchor.text), block: this.blocks.length });
    }
  }

  ontext(data: string): void {
    if (this.recording !== null) {
      this.recording.push({ kind: "text", data });
      this.recordChars += data.replace(/\s+/g, "").length;
      return;
    }
    if (this.dropDepth > 0) return;
    if (this.captionDepth > 0) {
      this.captionText += data;
      return;
    }
    const text = collapseNodeText(data);
    if (text === "") return;
    const blank = text === " " || text === SOURCE_BREAK;
    if (!blank) {
      if (this.pendingBreaks >= 2) this.flush();
      else if (this.pendingBreaks === 1 && this.text !== "") {
        this.text += "\n";
        this.html += "<br>";
      }
      this.pendingBreaks = 0;
      this.imageFresh = false;
      this.writeOpenInline();
      if (this.boldDepth > 0) this.hasBold = true;
      else this.hasPlain = true;
      if (this.timeDepth === 0) this.hasUntimed = true;
    }
    this.text += text;
    this.html += /[&<>"]/.test(text) ? escapeHtml(text) : text;
    for (const anchor of this.anchors) anchor.text += text;
    if (this.timeDepth > 0) {
      const time = this.times[this.times.length - 1];
      if (time) time.text += text;
    }
  }

  /** Flushes the last block. */
  finish(): void {
    if (this.recording !== null) this.endRecording();
    this.flush();
  }

  /** A chrome box closed: drop it, or replay it as content when it swallowed article text. */
  private endRecording(): void {
    const events = this.recording ?? [];
    this.recording = null;
    this.recordDepth = 0;
    if (this.recordChars <= CHROME_MAX_CHARS) return;
    this.replaying++;
    for (const event of events) {
      if (event.kind === "open") this.onopentag(event.name, event.attribs);
      else if (event.kind === "text") this.ontext(event.data);
      else this.onclosetag(event.name);
    }
    this.replaying--;
  }

  private flush(): void {
    this.pendingBreaks = 0;
    const text = finishBlockText(this.text);
    if (text !== "") {
      for (let i = this.inline.length - 1; i >= 0; i--) {
        const open = this.inline[i];
        if (open && open.writtenIn === this.serial) this.html += open.close;
      }
      this.blocks.push({
        type: this.contextType(),
        text,
        html: this.html.trim(),
        ordered: this.lists[this.lists.length - 1] ?? false,
        tag: this.blockNames[this.blockNames.length - 1] ?? "",
        boldOnly: this.hasBold && !this.hasPlain,
        timeOnly: !this.hasUntimed,
        src: "",
        proxiedSrc: null,
        alt: "",
        caption: "",
        credit: "",
      });
    }
    this.serial++;
    this.text = "";
    this.html = "";
    this.hasPlain = false;
    this.hasBold = false;
    this.hasUntimed = false;
  }

  private contextType(): WalkedBlock["type"] {
    if (this.headingDepth > 0) return "heading";
    if (this.itemDepth > 0) return "list-item";
    if (this.quoteDepth > 0) return "quote";
    return "paragraph";
  }

  private writeOpenInline(): void {
    for (const open of this.inline) {
      if (open.writtenIn !== this.serial) {
        this.html += open.open;
        open.writtenIn = this.serial;
      }
    }
  }

  private addImage(attribs: Record<string, string>): void {
    const src = pickImageSource(attribs);
    if (src === "" || isDecorativeImage(src, attribs)) return;
    const resolved = resolveImageUrl(src, this.baseUrl);
    if (resolved === null) return;
    this.flush();
    const block = this.emptyBlock("image");
    block.src = resolved.url;
    block.proxiedSrc = resolved.proxiedUrl;
    const alt = cleanInlineText(attribs.alt || attribs.title || attribs["aria-label"] || "");
    // One-character alts ("z", "、") are editing leftovers, not descriptions.
    block.alt = alt.length > 1 ? alt : "";
    this.blocks.push(block);
    this.lastImage = block;
    this.imageFresh = true;
  }

  private addEmbed(attribs: Record<string, string>): void {
    const src = (attribs.src || attribs["data-src"] || "").trim();
    if (src === "" || src === "about:blank") return;
    let url: string;
    try {
      url = new URL(src.startsWith("//") ? `https:${src}` : src, this.baseUrl).href;
    } catch {
      return;
    }
    this.flush();
    const block = this.emptyBlock("embed");
    block.src = url;
    block.text = cleanInlineText(attribs.title || attribs["aria-label"] || "");
    this.blocks.push(block);
  }

  private endCaption(): void {
    const image = this.lastImage;
    const text = finishBlockText(collapseNodeText(this.captionText)).replace(/\n/g, " ");
    this.captionText = "";
    if (image === null || text === "") return;
    if (this.captionRoleNow === "credit") image.credit = image.credit ? `${image.credit} ${text}` : text;
    else image.caption = image.caption ? `${image.caption} ${text}` : text;
  }

  private emptyBlock(type: "image" | "embed"): WalkedBlock {
    return {
      type,
      text: "",
      html: "",
      ordered: false,
      tag: type === "image" ? "img" : "iframe",
      boldOnly: false,
      timeOnly: false,
      src: "",
      proxiedSrc: null,
      alt: "",
      caption: "",
      credit: "",
    };
  }

  private resolveHref(href: string | undefined): string | null {
    const value = href?.trim();
    if (!value || value.startsWith("#") || /^(javascript|mailto|tel|data):/i.test(value)) return null;
    try {
      const url = new URL(value.startsWith("//") ? `https:${value}` : value, this.baseUrl);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }
}

function pickImageSource(attribs: Record<string, string>): string {
  const src = attribs.src?.trim() ?? "";
  if (src !== "" && !src.startsWith("data:")) return src;
  const lazy = attribs["data-src"] || attribs["data-original"] || attribs["data-lazy-src"] || attribs["data-srcset"];
  if (lazy) return lazy.trim().split(/\s+/)[0] ?? "";
  return (attribs.srcset ?? "").trim().split(/\s+/)[0] ?? "";
}

function isHidden(attribs: Record<string, string>): boolean {
  if (attribs === NO_ATTRIBS) return false;
  if (attribs.hidden !== undefined || attribs["aria-hidden"] === "true") return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
