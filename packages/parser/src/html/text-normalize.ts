import { decodeHTML } from "entities";

/**
 * Whitespace rules for article text. Source line breaks inside a text node are marked with
 * SOURCE_BREAK (a private-use character) while a block is built, so that a break between two CJK characters (which a reader
 * never sees as a space) can be dropped, and any other becomes one space.
 */
export const SOURCE_BREAK = "\ue000";

const CJK = "\u2e80-\u2fff\u3001-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffee";
const CJK_SOURCE_BREAK = new RegExp(`([${CJK}])\\ue000+(?=[${CJK}])`, "g");

const ANY_SPACE = /[\s\u200b\ufeff]/;

/**
 * Whitespace that differs from one plain space: a run that starts with another whitespace character,
 * or a space followed by more. Replacing only these gives the same string as replacing every /\s+/
 * run, with far fewer matches; written so that each match is decided by its first two characters
 * (measured a third faster than `\s{2,}|[\t\n…]` on the corpus).
 */
export const WHITESPACE_TO_FOLD = /[^\S ]\s*| \s+/g;

/** An entity left in text after decoding: the source encoded it twice ("&amp;#8230;" → "&#8230;"). */
const LEFTOVER_ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp|hellip|mdash|ndash|ldquo|rdquo|lsquo|rsquo|middot|bull);/i;

/**
 * Decodes entities that survived the parser's decoding (double-encoded sources). Whitespace they decode
 * to ("&amp;#12288;", "&amp;#9;") becomes a plain space, as all whitespace of text nodes already has: the
 * text of a finished block holds no whitespace but single spaces and line breaks.
 */
export function decodeLeftoverEntities(text: string): string {
  if (!text.includes("&") || !LEFTOVER_ENTITY.test(text)) return text;
  return decodeHTML(text).replace(/[^\S\n]/g, " ");
}

/** Collapses the whitespace of one text node (NBSP, ideographic and other Unicode spaces included). */
export function collapseNodeText(data: string): string {
  // Most text nodes of Chinese articles hold no whitespace at all.
  if (!ANY_SPACE.test(data)) return data;
  let text = data;
  if (text.includes("\u200b") || text.includes("\ufeff")) text = text.replace(/[\u200b\ufeff]/g, "");
  if (text.includes("\n")) text = text.replace(/\s*\n\s*/g, SOURCE_BREAK);
  // Single plain spaces stay as they are: only runs and other whitespace characters are rewritten.
  return text.replace(WHITESPACE_TO_FOLD, " ");
}

/**
 * Final form of a block's text: one space between words, "\n" only for `<br>` line breaks, no space
 * around them, no leading or trailing space.
 */
export function finishBlockText(raw: string): string {
  let text = foldSourceBreaks(decodeLeftoverEntities(raw));
  if (text.includes("  ")) text = text.replace(/ {2,}/g, " ");
  if (text.includes("\n")) text = text.replace(/ ?\n ?/g, "\n").replace(/\n{2,}/g, "\n");
  return text.trim();
}

/** Source line breaks (SOURCE_BREAK) dropped between two CJK characters, one space elsewhere. */
export function foldSourceBreaks(text: string): string {
  return text.includes(SOURCE_BREAK) ? text.replace(CJK_SOURCE_BREAK, "$1").replace(/\ue000+/g, " ") : text;
}

/** Plain-text form of a short string from an attribute or front matter (no line breaks). */
export function cleanInlineText(text: string): string {
  return text.replace(/[\u200b\ufeff]/g, "").replace(/\s+/g, " ").trim();
}

/** Escapes text for the `html` of a block. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}
