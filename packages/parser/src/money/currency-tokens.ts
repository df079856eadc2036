import { foldCharCode, traditionalFormsOf } from "./char-normaliser.js";
import { LATIN_TOKEN_SOURCE, SYMBOL_WORDS, ZH_WORDS, startsWord } from "./currencies.js";

/**
 * Finds currency tokens fast. Chinese words and symbols are found by their last character: a loop
 * over the text looks each code unit up in a table of last characters (元, 币, 镑, $ …, and their
 * Traditional and full-width forms), then the words that end with that character are compared
 * backwards, longest first. Codes and English words go through one Latin regex. A trie-shaped alternation of every word
 * cost several times more on copy without money, which is most copy, and the scan runs on every
 * field of every record. Works on raw text
 * (folding each compared character, for the prefilter) or on folded text (for the scanner).
 */

export interface TokenHit {
  start: number;
  end: number;
}

/** Words by the code of their last character, longest first. */
const ENDINGS = new Map<number, string[]>();
for (const word of [...ZH_WORDS, ...SYMBOL_WORDS]) {
  const last = word.charCodeAt(word.length - 1);
  ENDINGS.set(last, [...(ENDINGS.get(last) ?? []), word].sort((a, b) => b.length - a.length));
}
const lastChars = [...ENDINGS.keys()].map((code) => String.fromCharCode(code));
/** 1 for a last character in folded text, 2 for one only raw text has (Traditional, full-width). */
const LAST = new Uint8Array(65536);
for (const ch of lastChars) LAST[ch.charCodeAt(0)] = 1;
for (const ch of [...lastChars.map(traditionalFormsOf).join(""), ..."＄￥￡"]) LAST[ch.charCodeAt(0)] = 2;
/**
 * Whether a word ends with this (folded) last character alone (元, 镑, $ …): 1, else 0. And the
 * (folded) characters that stand last but one in a longer word (兰 of 兰特, 基 of 基普). Several last
 * characters are common in news copy (特 of 特朗普, 普, 尔, 拉, 盾 of 矛盾): a hit whose last character
 * has no one-character word and whose previous character ends no word's first part cannot start a
 * token, and is passed over without the word-by-word comparison (the prefilter runs on every field).
 */
const SINGLE = new Uint8Array(65536);
const BEFORE_LAST = new Uint8Array(65536);
for (const [last, words] of ENDINGS) {
  for (const word of words) {
    if (word.length === 1) SINGLE[last] = 1;
    else BEFORE_LAST[word.charCodeAt(word.length - 2)] = 1;
  }
}

/**
 * Where the next code unit at or after `i` whose `LAST` entry is `want` (1) or any non-zero (0) is, or `text.length`.
 * Its own small function on purpose: with the character loop inside `currencyTokens` and `firstTokenOffset`,
 * V8 optimised those whole functions early and again after every deopt on a newly met path (6 and 4 times
 * on a one-pass run); with the loop apart they compile at most once (parse 3,103M → 2,674M instructions).
 */
function nextLast(text: string, i: number, want: number): number {
  const n = text.length;
  if (want === 0) {
    while (i < n && LAST[text.charCodeAt(i)] === 0) i++;
  } else {
    while (i < n && LAST[text.charCodeAt(i)] !== want) i++;
  }
  return i;
}

/** Codes and English words: one regex (measured faster than trying a sticky regex at each word start). */
const LATIN_RE = new RegExp(LATIN_TOKEN_SOURCE, "g");

/** The longest word that ends at `end` (exclusive), comparing folded characters; its start, or -1. */
function wordEndingAt(text: string, end: number, fold: boolean): number {
  const last = fold ? foldCharCode(text.charCodeAt(end - 1)) : text.charCodeAt(end - 1);
  if (SINGLE[last] === 0) {
    if (end < 2) return -1;
    const before = text.charCodeAt(end - 2);
    if (BEFORE_LAST[fold ? foldCharCode(before) : before] === 0) return -1;
  }
  for (const word of ENDINGS.get(last) ?? []) {
    const start = end - word.length;
    if (start < 0) continue;
    let k = word.length - 2;
    for (; k >= 0; k--) {
      const code = text.charCodeAt(start + k);
      if ((fold ? foldCharCode(code) : code) !== word.charCodeAt(k)) break;
    }
    if (k < 0 && startsWord(text, start)) return start;
  }
  return -1;
}

/** The first code or English currency word from `from` on (whole words: see LATIN_TOKEN_SOURCE). */
function firstLatin(text: string, from: number): TokenHit | null {
  LATIN_RE.lastIndex = from;
  const m = LATIN_RE.exec(text);
  return m === null ? null : { start: m.index, end: m.index + m[0].length };
}

/**
 * The offset of the first currency token in raw text (any script, full-width symbols), or -1.
 * This is the prefilter: text without money costs these two passes and nothing else.
 */
export function firstTokenOffset(raw: string): number {
  let first = -1;
  for (let i = nextLast(raw, 0, 0); i < raw.length; i = nextLast(raw, i + 1, 0)) {
    const start = wordEndingAt(raw, i + 1, true);
    if (start >= 0) {
      first = start;
      break;
    }
  }
  // Only a code or English word before that first one counts, and none can run into it (a Latin token
  // is letters, dots and spaces; a letter-led symbol there starts a word), so the search stops there:
  // on copy with money that spared the Latin regex most of the text (parse 2,693M → 2,660M instructions, mean of two runs).
  const latin = firstLatin(first < 0 ? raw : raw.slice(0, first), 0);
  if (latin !== null) first = latin.start;
  return first;
}

/**
 * Every currency token of folded text from `from` on, left to right, longest at each position,
 * without overlaps ("元人民币" is one token, not "元" and "人民币").
 */
export function currencyTokens(text: string, from = 0): TokenHit[] {
  const hits: TokenHit[] = [];
  for (let i = nextLast(text, from, 1); i < text.length; i = nextLast(text, i + 1, 1)) {
    const end = i + 1;
    const start = wordEndingAt(text, end, false);
    if (start < 0) continue;
    while (hits.length > 0 && hits.at(-1)!.start >= start) hits.pop(); // 元 then 元人民币: keep the longer
    if (hits.length > 0 && hits.at(-1)!.end > start) continue;
    hits.push({ start, end });
  }
  for (let latin = firstLatin(text, from); latin !== null; latin = firstLatin(text, latin.end)) hits.push(latin);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TokenHit[] = [];
  for (const hit of hits) if (kept.length === 0 || hit.start >= kept.at(-1)!.end) kept.push(hit);
  return kept;
}
