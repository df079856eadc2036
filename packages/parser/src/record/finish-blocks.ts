import { readDate } from "../dates/date-styles.js";
import {
  dropBoilerplateLines,
  dropBoilerplatePrefix,
  isBoilerplateBlock,
  isReadOnLink,
  mayHoldBoilerplate,
  readPostTags,
  readPoster,
} from "../html/boilerplate.js";
import type { BodyWalk, WalkedBlock } from "../html/body-walker.js";
import type { ArticleBlock } from "../schema/article-block.js";
import type { ArticleLink } from "../schema/article-record.js";
import { escapeHtml } from "../html/text-normalize.js";
import { bylineListName, englishBylineName } from "./byline-list.js";
import { relatedReadingBlocks } from "./related-reading.js";

export interface DateDiv {
  /** The date as written. */
  raw: string;
  /** The byline written above the date ("纪思道", "任琛（摘编）"), or "". */
  byline: string;
}

export interface FinishedBody {
  blocks: ArticleBlock[];
  links: ArticleLink[];
  dateDiv: DateDiv | null;
  /** The site's own topic tags found in the body (China Digital Times' "Post tags"). */
  keywords: string[];
  /** Who posted the article, from a site footer ("© 一朵后浪 for 中国数字时代"), or null. */
  poster: string | null;
  /** The body ended in a "...more" link or "[…]": the file holds a feed excerpt. */
  excerpt: boolean;
  /** A byline written as a list at the top of the body (see `bylineListName`), or null. */
  byline: string | null;
}

/** Longest bold-only paragraph still read as a subheading. */
const MAX_HEADING_LENGTH = 60;
const SENTENCE_END = /[。！!；;，,：:]$|[^.]\.$/;
const LINK_BOILERPLATE =
  /^https?:\/\/(?:[\w-]+\.)?feedx\.[a-z]+(?:\/|$)|planetozh\.com|del\.icio\.us\/post|^https?:\/\/chinadigitaltimes\.net\/chinese\/?$/i;

/**
 * Turns walked blocks into the record's blocks: takes off the date div the archiver puts first
 * ("AUTHOR<br>2020-07-20 19:22:17"), drops boilerplate blocks and lines (and the links inside them),
 * makes short bold-only paragraphs headings, drops a first heading that repeats the title, and
 * gives images their caption.
 */
export function finishBlocks(walk: BodyWalk, title: string, siteZone: string, articleUrl: string): FinishedBody {
  const kept: WalkedBlock[] = [];
  const droppedBlocks = new Set<number>();
  /** Text left in blocks that lost boilerplate, by walked index: their links must still stand in it. */
  const trimmedText = new Map<number, string>();
  const keywords: string[] = [];
  let dateDiv: DateDiv | null = null;
  let excerpt = false;
  let poster: string | null = null;
  let byline: string | null = null;

  const related = relatedReadingBlocks(walk, articleUrl);
  walk.blocks.forEach((block, index) => {
    // Dropped already: a related-reading block, or the role line under a byline name.
    if (droppedBlocks.has(index)) return;
    if (related.has(index)) {
      droppedBlocks.add(index);
      return;
    }
    if (byline === null && kept.length <= 3 && block.type === "list-item") {
      byline = bylineListName(walk.blocks, index);
      if (byline !== null) {
        droppedBlocks.add(index);
        droppedBlocks.add(index + 1);
        return;
      }
    }
    if (byline === null && kept.length <= 3 && block.type === "paragraph") {
      byline = englishBylineName(block);
      if (byline !== null) {
        droppedBlocks.add(index);
        return;
      }
    }
    if (block.type === "image" || block.type === "embed") {
      kept.push(block);
      return;
    }
    if (dateDiv === null && kept.length <= 1 && kept.every((b) => b.type === "image")) {
      const found = readDateDiv(block, siteZone);
      if (found !== null) {
        dateDiv = found;
        droppedBlocks.add(index);
        return;
      }
    }
    if (block.timeOnly) {
      droppedBlocks.add(index);
      return;
    }
    const hinted = mayHoldBoilerplate(block.text);
    if (hinted) {
      // The China Digital Times footer always holds "Permalink", one of the hint words.
      keywords.push(...readPostTags(block.text));
      poster ??= readPoster(block.text);
    }
    if (hinted && isBoilerplateBlock(block.text)) {
      droppedBlocks.add(index);
      return;
    }
    const cleaned = hinted ? cleanLines(block) : block;
    let { text } = cleaned;
    let { html } = cleaned;
    if (text.endsWith("more") && /\.{3}more$/i.test(text)) {
      excerpt = true;
      text = text.replace(/\s*\.{3}more$/i, "");
      html = escapeHtml(text).replace(/\n/g, "<br>");
    }
    if (text.endsWith("]") && /\[(?:…|\.\.\.)\]$/.test(text)) excerpt = true;
    // The Economist's end-of-article ornament ("…and outside the law.■").
    if (text.endsWith("■")) {
      text = text.replace(/\s*■$/, "");
      html = html.replace(/\s*■$/, "");
    }
    if (isReadOnLink(text)) {
      excerpt = true;
      droppedBlocks.add(index);
      return;
    }
    if (text === "") {
      droppedBlocks.add(index);
      return;
    }
    if (text !== block.text) trimmedText.set(index, text);
    kept.push(text === block.text ? block : { ...block, text, html });
  });

  const blocks: ArticleBlock[] = [];
  const speakers = interviewSpeakers(kept);
  for (const block of kept) {
    const finished = toArticleBlock(block, speakers);
    if (blocks.length === 0 && finished.type === "heading" && sameText(finished.text, title)) continue;
    blocks.push(finished);
  }
  // A body whose only text repeats the title (BBC's video pages: <div>香港疫症的威力</div>) holds no article text.
  const textBlocks = blocks.filter((b) => b.type !== "image" && b.type !== "embed");
  if (textBlocks.length === 1 && sameText(textBlocks[0]!.text, title)) blocks.splice(blocks.indexOf(textBlocks[0]!), 1);

  const links: ArticleLink[] = [];
  const seen = new Set<string>();
  for (const link of walk.links) {
    if (droppedBlocks.has(link.block) || link.text === "" || sameDocument(link.href, articleUrl)) continue;
    const trimmed = trimmedText.get(link.block);
    if (trimmed !== undefined && !trimmed.includes(link.text)) continue;
    if (LINK_BOILERPLATE.test(link.href)) continue;
    const key = `${link.href}\u0000${link.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ href: link.href, text: link.text });
  }
  return { blocks, links, dateDiv, keywords: [...new Set(keywords)], poster, excerpt, byline };
}

/**
 * The block without boilerplate lines and prefixes. The walker writes one "<br>" per "\n", so a line
 * left as it was keeps its html; a changed line gets its escaped text; if the two do not line up,
 * the escaped text stands in for all of it.
 */
function cleanLines(block: WalkedBlock): { text: string; html: string } {
  const lines = block.text.split("\n");
  const htmlLines = block.html.split("<br>");
  const aligned = lines.length === htmlLines.length;
  const text: string[] = [];
  const html: string[] = [];
  lines.forEach((line, i) => {
    const cleaned = dropBoilerplateLines(dropBoilerplatePrefix(line));
    if (cleaned === "") return;
    text.push(cleaned);
    html.push(aligned && cleaned === line ? (htmlLines[i] ?? "") : escapeHtml(cleaned));
  });
  const joined = text.join("\n");
  if (joined === block.text) return { text: joined, html: block.html };
  return { text: joined, html: aligned ? html.join("<br>").trim() : escapeHtml(joined).replace(/\n/g, "<br>") };
}

function toArticleBlock(block: WalkedBlock, speakers: ReadonlySet<string>): ArticleBlock {
  switch (block.type) {
    case "image":
      return {
        type: "image",
        text: block.caption || block.alt,
        src: block.src,
        proxiedSrc: block.proxiedSrc,
        credit: block.credit,
      };
    case "embed":
      return { type: "embed", text: block.text || block.caption, src: block.src };
    case "list-item":
      return { type: "list-item", text: block.text, html: block.html, ordered: block.ordered };
    case "paragraph": {
      const unstarred = withoutMarkdownBold(block);
      if (unstarred !== null) return { type: isShortTitle(unstarred.text) ? "heading" : "paragraph", ...unstarred };
      if (isSubheading(block) && !isInterviewTurn(block.text, speakers)) return { type: "heading", text: block.text, html: block.html };
      return { type: "paragraph", text: block.text, html: block.html };
    }
    default:
      return { type: block.type, text: block.text, html: block.html };
  }
}

/** A paragraph of bold text only, short, on at most three lines, not ending like a sentence. */
function isSubheading(block: WalkedBlock): boolean {
  return block.boldOnly && isShortTitle(block.text);
}

function isShortTitle(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LENGTH &&
    text.split("\n").length <= 3 &&
    !SENTENCE_END.test(text) &&
    !INTERVIEW_QUESTION.test(text) &&
    !SIGN_OFF.test(text)
  );
}

/**
 * Bold lines that close a text rather than head a section: a signature with its date ("许艳 2020.11.6",
 * "…统计、撰写与发布 2020年7月31日"), a contact ("冤民唐云淑 电话：15683637229", "…via e-mail to
 * letters@economist.com"), an address alone. A date alone stays a heading (a diary's days).
 */
const SIGN_OFF = /\S\s+\d{4}(?:年\d{1,2}月\d{1,2}日|[.\-/]\d{1,2}[.\-/]\d{1,2})$|电话[：:]|電話[：:]|\S@\S|^https?:\/\/\S+$/;

/** Markdown bold that a feed left as text: Reuters' subheads "**美国疫情愈演愈烈和中美关系紧张**" (also with a stray third star). */
const MARKDOWN_BOLD = /^\*\*\s*([^*\s](?:[^*]*[^*\s])?)\s*\*{2,3}$/;

/** The paragraph's text and html without the stars, when the whole paragraph is markdown bold; else null. */
function withoutMarkdownBold(block: WalkedBlock): { text: string; html: string } | null {
  const text = MARKDOWN_BOLD.exec(block.text)?.[1];
  const html = MARKDOWN_BOLD.exec(block.html)?.[1];
  return text === undefined || html === undefined ? null : { text, html };
}

/** "人物周刊：…" → "人物周刊": the label before a colon that opens an interview's turn ("" when none). */
function speakerOf(text: string): string {
  return SPEAKER_LABEL.exec(text)?.[1] ?? "";
}
const SPEAKER_LABEL = /^([^\s：:，,。！？!?]{1,8})\s*[：:]/;

/**
 * A question, or a turn trailing off, by a speaker who opens other paragraphs too: "德国之声：样本是直接来自
 * 武汉的吗？", "島民：這個能量能維持多久……". A panel's bold "林晓旭：三文鱼不会引起呼吸道疾病" stays a heading.
 */
function isInterviewTurn(text: string, speakers: ReadonlySet<string>): boolean {
  return /(?:[？?]|…)$/.test(text) && speakers.has(speakerOf(text));
}

/** Labels that open two or more paragraphs: the speakers of an interview written as turns ("人物周刊：…？"). */
function interviewSpeakers(blocks: readonly WalkedBlock[]): Set<string> {
  const seen = new Set<string>();
  const speakers = new Set<string>();
  for (const block of blocks) {
    if (block.type !== "paragraph") continue;
    const speaker = speakerOf(block.text);
    if (speaker === "") continue;
    if (seen.has(speaker)) speakers.add(speaker);
    seen.add(speaker);
  }
  return speakers;
}

/** An interviewer's question set in bold ("记者：您当初为什么希望翻译方方日记？"): a turn of the interview, not a heading. */
const INTERVIEW_QUESTION = /^(?:记者|記者|问|問|主持人|编者|編者|Q)\s*[：:][^\n]*[？?]$/;

/**
 * The archiver's date div: one to three short lines, the last of them a date
 * ("Wed, 29 Nov 2023 22:43:38 GMT", "纪思道\n2020-06-23 14:17:35", "27/06/2020 - 15:02").
 */
function readDateDiv(block: WalkedBlock, siteZone: string): DateDiv | null {
  if (block.text.length > 160) return null;
  const lines = block.text.split("\n");
  if (lines.length > 3) return null;
  const last = (lines[lines.length - 1] ?? "").trim();
  // A sentence that opens with a date is the article's ("2020年7月11日，包头王永明案继续开庭。").
  if (/[，。；！？]/.test(last) || readDate(last, siteZone) === null) return null;
  return { raw: last, byline: lines.slice(0, -1).join(" ").trim() };
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  return norm(a) === norm(b);
}

/** Whether a link leads to the article itself: its address, or a place in it (govopendata's "…/20200731/#170966"). */
function sameDocument(href: string, articleUrl: string): boolean {
  if (href === articleUrl) return true;
  const hash = href.indexOf("#");
  return hash >= 0 && href.slice(0, hash) === articleUrl.split("#")[0];
}
