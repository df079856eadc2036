import { resolveEmbedUrl } from "../urls/embed-url.js";
import { resolveImageUrl } from "../urls/image-url.js";
import { attribute } from "./attribute.js";
import { BlockBuffer } from "./block-buffer.js";
import { BlockContext } from "./block-context.js";
import { CaptionReader } from "./caption-reader.js";
import {
  BLOCK_ELEMENTS,
  BOLD_ELEMENTS,
  DROPPED_ELEMENTS,
  KEPT_INLINE_ELEMENTS,
  captionRole,
  isChrome,
  isDecorativeImage,
  isHidden,
  isPageMetadata,
  pickImageSource,
  resolveLink,
} from "./element-rules.js";
import { type TagHandler, tokenize } from "./shared-tokenizer.js";
import { SOURCE_BREAK, cleanInlineText, collapseNodeText, finishBlockText } from "./text-normalize.js";
import { type BodyWalk, type WalkedBlock, type WalkedLink, type WalkedTime, mediaBlock, textBlock } from "./walked-block.js";

/** Between the cells of a table row, in its block's text. */
const CELL_SEPARATOR = " | ";

export type { BodyWalk, WalkedBlock, WalkedLink, WalkedTime } from "./walked-block.js";

/** What an open element is to the walker, as bit flags on a stack of numbers (no object per tag). */
const DROPPED = 1;
const CAPTION = 2;
const BLOCK = 4;
const KEPT = 8;

/**
 * Site chrome (ad slots, promotion boxes, screen-reader labels) is recorded rather than dropped at
 * once: sources sometimes leave such a box unclosed so that it swallows article paragraphs (RFI's
 * newsletter promo). When the box closes, it is dropped if it holds at most this much text, and
 * replayed as content otherwise.
 */
const CHROME_MAX_CHARS = 100;

type RecordedEvent = { kind: "open"; name: string; attribs: Record<string, string> } | { kind: "text"; data: string } | { kind: "close"; name: string };

/**
 * One pass of htmlparser2's streaming tokenizer over an article body, building blocks as it goes
 * (no DOM): paragraphs split at block elements and at `<br><br>`, single `<br>` kept as "\n", headings,
 * quotes, list items, images with their captions and credits, iframes as embeds, links. Scripts,
 * styles and forms are skipped whole; site chrome too unless it turns out to hold article text.
 */
export function walkBody(html: string, baseUrl: URL): BodyWalk {
  const walker = new BodyWalker(baseUrl);
  const complete = tokenize(html, walker);
  walker.finish();
  return { blocks: walker.blocks, links: walker.links, times: walker.times, truncated: !complete };
}

/**
 * The last item of a stack. Not `stack[stack.length - 1]`: on an empty array that reads property "-1",
 * which V8 looks up the slow way, through the prototype chain — it showed as the walker's top cost.
 */
function last<T>(stack: readonly T[]): T | undefined {
  return stack.length === 0 ? undefined : stack[stack.length - 1];
}

class BodyWalker implements TagHandler {
  readonly blocks: WalkedBlock[] = [];
  readonly links: WalkedLink[] = [];
  readonly times: WalkedTime[] = [];

  private readonly stack: number[] = [];
  private readonly blockNames: string[] = [];
  private readonly anchors: Array<{ href: string | null; text: string }> = [];
  private readonly context = new BlockContext();
  private readonly buffer = new BlockBuffer();
  private dropDepth = 0;
  private recording: RecordedEvent[] | null = null;
  private recordDepth = 0;
  private recordChars = 0;
  private replaying = 0;
  private boldDepth = 0;
  private timeDepth = 0;
  private readonly caption = new CaptionReader();
  private pendingBreaks = 0;
  /** A table cell opened after text of its row: the next visible text is preceded by CELL_SEPARATOR. */
  private cellBreak = false;
  /** The last image or embed: a caption element right after it is its caption. */
  private lastImage: WalkedBlock | null = null;
  private imageFresh = false;
  constructor(private readonly baseUrl: URL) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.recording !== null) {
      this.recording.push({ kind: "open", name, attribs });
      this.recordDepth++;
      return;
    }
    if (this.dropDepth === 0 && this.replaying === 0 && (isChrome(attribs.class, attribs.id) || isHidden(attribs) || isPageMetadata(attribs))) {
      this.recording = [{ kind: "open", name, attribs }];
      this.recordDepth = 1;
      this.recordChars = 0;
      return;
    }
    if (this.dropDepth > 0 || DROPPED_ELEMENTS.has(name)) {
      this.stack.push(DROPPED);
      this.dropDepth++;
      return;
    }
    if (this.caption.reading) {
      this.stack.push(CAPTION);
      this.caption.open(name, attribs.class);
      return;
    }
    const fresh = this.lastImage !== null && this.imageFresh;
    // A caption of nothing kept (BBC's video player, its YouTube ad notice) is read, then dropped. The
    // archiver writes captions as <img><div><small>…</small></div>; a <small> inside a <p> is not one.
    if (fresh || name === "figcaption" || attribs.class?.includes("media-with-caption__caption")) {
      const role = captionRole(name, attribs.class);
      const smallCaption = fresh && name === "small" && last(this.blockNames) === "div";
      if (role !== null || smallCaption) {
        this.stack.push(CAPTION);
        this.caption.start(role ?? "caption", fresh);
        return;
      }
    }
    if ((name === "td" || name === "th") && last(this.blockNames) === "tr") {
      // A table row is one block, "韩国 | 0 | 2" (a block per cell read BBC's tables as columns of lone
      // numbers); the separator waits for the cell's text, so empty cells add nothing.
      this.stack.push(0);
      this.cellBreak = !this.buffer.isEmpty;
      return;
    }
    if (BLOCK_ELEMENTS.has(name)) {
      this.stack.push(BLOCK);
      this.flush();
      this.blockNames.push(name);
      this.enterBlock(name, 1);
      return;
    }
    const kept = KEPT_INLINE_ELEMENTS.has(name);
    this.stack.push(kept ? KEPT : 0);
    switch (name) {
      case "br":
        this.pendingBreaks++;
        return;
      case "img":
        this.addImage(attribs);
        return;
      case "iframe":
        this.addEmbed(attribs);
        // Its content, read as raw text, is a fallback for browsers without frames: never shown.
        this.stack[this.stack.length - 1] = DROPPED;
        this.dropDepth++;
        return;
      case "video":
      case "audio":
      case "embed":
        this.addEmbed(attribs);
        return;
      case "time":
        this.timeDepth++;
        this.times.push({ datetime: attribute(attribs, "datetime") ?? "", text: "" });
        break;
      case "a":
        this.anchors.push({ href: resolveLink(attribs.href, this.baseUrl), text: "" });
        break;
    }
    if (BOLD_ELEMENTS.has(name)) this.boldDepth++;
    if (kept) this.buffer.openInline(name, name === "a" ? (last(this.anchors)?.href ?? null) : null);
  }

  onclosetag(name: string): void {
    if (this.recording !== null) {
      this.recording.push({ kind: "close", name });
      if (--this.recordDepth === 0) this.endRecording();
      return;
    }
    const frame = this.stack.pop();
    if (frame === undefined) return;
    if (frame & DROPPED) {
      this.dropDepth--;
      return;
    }
    if (frame & CAPTION) {
      this.caption.close(this.lastImage);
      return;
    }
    if (frame & BLOCK) {
      this.flush();
      this.blockNames.pop();
      this.enterBlock(name, -1);
      return;
    }
    if (name === "time") this.timeDepth--;
    if (BOLD_ELEMENTS.has(name)) this.boldDepth--;
    if (frame & KEPT) this.buffer.closeInline();
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
    if (this.caption.reading) {
      this.caption.append(data);
      return;
    }
    const text = collapseNodeText(data);
    if (text === "") return;
    const visible = text !== " " && text !== SOURCE_BREAK;
    if (visible) {
      if (this.pendingBreaks >= 2) this.flush();
      else if (this.pendingBreaks === 1 && !this.buffer.isEmpty) this.buffer.lineBreak();
      this.pendingBreaks = 0;
      this.imageFresh = false;
      if (this.cellBreak) {
        this.cellBreak = false;
        if (!this.buffer.isEmpty) this.buffer.append(CELL_SEPARATOR, true, false, false);
      }
    }
    this.buffer.append(text, visible, this.boldDepth > 0, this.timeDepth > 0);
    for (const anchor of this.anchors) anchor.text += text;
    if (this.timeDepth > 0) {
      const time = last(this.times);
      if (time) time.text += text;
    }
  }

  /** Flushes the last block. */
  finish(): void {
    if (this.recording !== null) this.endRecording();
    this.flush();
  }

  /** Counts the block context an element opens (+1) or closes (-1). */
  private enterBlock(name: string, step: 1 | -1): void {
    if (name === "hr" && step === 1) this.imageFresh = false;
    this.context.enter(name, step);
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
    this.cellBreak = false;
    if (this.buffer.isEmpty) return;
    const taken = this.buffer.take();
    if (taken === null) return;
    const { text, html, boldOnly, timeOnly } = taken;
    this.blocks.push(
      textBlock(this.context.type(), text, html, this.context.ordered(), last(this.blockNames) ?? "", boldOnly, timeOnly),
    );
  }

  private addImage(attribs: Record<string, string>): void {
    const src = pickImageSource(attribs);
    if (src === "" || isDecorativeImage(src, attribs)) return;
    const resolved = resolveImageUrl(src, this.baseUrl);
    if (resolved === null) return;
    this.flush();
    const alt = cleanInlineText(attribute(attribs, "alt") || attribute(attribs, "title") || attribute(attribs, "aria-label") || "");
    // One-character alts ("z", "、") are editing leftovers, not descriptions.
    const block = mediaBlock("image", resolved.url, resolved.proxiedUrl, "", alt.length > 1 ? alt : "");
    this.blocks.push(block);
    this.lastImage = block;
    this.imageFresh = true;
  }

  private addEmbed(attribs: Record<string, string>): void {
    const url = resolveEmbedUrl(attribute(attribs, "src") || attribute(attribs, "data-src") || "", this.baseUrl);
    if (url === null) return;
    this.flush();
    const title = cleanInlineText(attribute(attribs, "title") || attribute(attribs, "aria-label") || "");
    const block = mediaBlock("embed", url, null, title, "", attribs.poster ? resolveImageUrl(attribs.poster, this.baseUrl) : null);
    this.blocks.push(block);
    // A caption right after a video is its caption, as an image's (VOA's <video></video><div><small>…).
    this.lastImage = block;
    this.imageFresh = true;
  }
}
