/**
 * Sentences of a record's plain text, by POLICY.md's rule applied to plain text: a sentence runs
 * from the previous 。！？ or line break (the record's `text` joins blocks with newlines, so HTML
 * breaks arrive as "\n") to the next one. Closing quotes right after the stop stay with it.
 * English copy also ends a sentence at ". ", "! ", "? " before a capital, except after common
 * abbreviations (U.S., Mr., Jan.), so a paragraph of English is not one long sentence.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

const STOPS = new Set(["。", "！", "？", "!", "?"]);
/** Characters the splitter must look at; every other character is skipped with one table read. */
const SPECIAL = new Uint8Array(65536);
for (const ch of ["。", "！", "？", "!", "?", ".", "\n", "\r"]) SPECIAL[ch.charCodeAt(0)] = 1;
const CLOSERS = new Set(["”", "」", "』", "’", '"', "'", "）", ")", "】"]);
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "inc", "corp", "ltd", "jr", "sr", "gen", "lt", "col", "sen",
  "rep", "gov", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m", "approx", "est", "fig",
]);

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\u00a0" || ch === "\u3000";
}

/** Whether the "." at `i` ends an English sentence. */
function endsEnglishSentence(text: string, i: number): boolean {
  if (!isSpace(text[i + 1])) return false;
  let j = i + 1;
  while (isSpace(text[j])) j++;
  const next = text[j];
  if (next === undefined || !/[A-Z"“‘(\u4e00-\u9fff]/.test(next)) return false;
  let k = i;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1]!)) k--;
  const word = text.slice(k, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Single initials ("J. Smith") are not sentence ends.
  return !(word.length === 1 && /[a-z]/.test(word));
}

/**
 * The longest sentence read as one. News sentences run to a few hundred characters (682 at most in
 * the corpus); a "sentence" of thousands — a list with no stop, a page of figures — is read in pieces
 * cut after a comma or semicolon, since every figure's decision looks at its whole sentence and such
 * a sentence cost time in proportion to its length squared.
 */
export const MAX_SENTENCE_CHARS = 1000;
const PIECE_BREAKS = new Set(["，", ",", "；", ";", " "]);

/** Splits `text[from, to)` into trimmed, non-empty sentence spans, in order. */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && (isSpace(text[s]) || text[s] === "\n" || text[s] === "\r")) s++;
    while (e > s && (isSpace(text[e - 1]) || text[e - 1] === "\n" || text[e - 1] === "\r")) e--;
    while (e - s > MAX_SENTENCE_CHARS) {
      let cut = s + MAX_SENTENCE_CHARS;
      while (cut > s + MAX_SENTENCE_CHARS / 2 && !PIECE_BREAKS.has(text[cut - 1]!)) cut--;
      if (cut <= s + MAX_SENTENCE_CHARS / 2) cut = s + MAX_SENTENCE_CHARS;
      spans.push({ start: s, end: cut });
      s = cut;
      while (s < e && isSpace(text[s])) s++;
    }
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    if (SPECIAL[text.charCodeAt(i)] === 0) continue;
    const ch = text[i]!;
    if (ch === "\n" || ch === "\r") {
      push(i);
      start = i + 1;
    } else if (STOPS.has(ch) || (ch === "." && endsEnglishSentence(text, i))) {
      if ((ch === "!" || ch === "?") && !(text[i + 1] === undefined || isSpace(text[i + 1]) || /[\n\r\u4e00-\u9fff]/.test(text[i + 1]!))) {
        continue;
      }
      let end = i + 1;
      while (end < to && (STOPS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(to);
  return spans;
}

/**
 * The sentences of the paragraphs (runs between line breaks, which always end a sentence) that
 * hold the given offsets, so a long article is only split where money is mentioned.
 */
export function sentencesAround(text: string, offsets: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let done = -1;
  for (const offset of offsets) {
    if (offset < done) continue;
    let start = offset;
    while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
    let end = offset;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    spans.push(...splitSentences(text, start, end));
    done = end;
  }
  return spans;
}

/** Index of the sentence that holds `offset` (binary search), or -1. */
export function sentenceIndexAt(spans: readonly SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
