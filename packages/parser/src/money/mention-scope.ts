import { searchableUpTo } from "./regex-trie.js";
import type { SentenceSpan } from "./sentences.js";

/**
 * Which words of a sentence speak about which money mention. With one mention, the whole sentence
 * does; with several, the words between two mentions go to the left one up to the first clause
 * break (or, with none, the last conjunction), and to the right one after it, so in "约850亿欧元的
 * 财政、人道主义和军事援助，外加170亿欧元用于支持…难民" the three kinds of aid belong to the first
 * figure and the refugees to the second, and in "…60365亿元，如果分配给上市公司，每家可获得20亿元"
 * the listed companies belong to the second.
 */

export interface Span {
  start: number;
  end: number;
}

export interface MentionScope {
  /** Words that belong to this mention (its own part of the sentence). */
  scope: Span;
  /** The clause around the mention, between clause breaks (，；：). */
  clause: Span;
}

const CLAUSE_BREAKS = new Set(["，", ",", "；", ";", "：", ":"]);
const CONJUNCTIONS = /(?:、|以及|外加|另外|并且|其中|包括|此外|和|及|另|并|而|(?<![A-Za-z])(?:and|plus|while|including|of which)(?![A-Za-z]))/g;
/** What CONJUNCTIONS reads from where a match starts: its longest word ("including") and a lookahead. */
const CONJUNCTION_REACH = 10;

/** Copy of `text` with the given spans blanked out (same length), so cue words inside names never match. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const from = Math.max(at, span.start);
    out += text.slice(at, from) + "□".repeat(span.end - from);
    at = span.end;
  }
  return out + text.slice(at);
}

/** Where the words between two mentions change hands. */
function boundary(text: string, leftEnd: number, rightStart: number): number {
  for (let i = leftEnd; i < rightStart; i++) if (CLAUSE_BREAKS.has(text[i]!)) return i + 1;
  // No clause break: the last list separator or conjunction ("、以色列264亿美元", "及印太地区81亿美元").
  let last = -1;
  // Cut after rightStart: without a match before it, exec scanned on to the end of the article.
  const searched = searchableUpTo(text, rightStart, CONJUNCTION_REACH);
  CONJUNCTIONS.lastIndex = leftEnd;
  for (let m = CONJUNCTIONS.exec(searched); m !== null && m.index < rightStart; m = CONJUNCTIONS.exec(searched)) {
    last = m[0] === "、" ? m.index + 1 : m.index;
  }
  return last >= 0 ? last : rightStart;
}

/**
 * How far a clause reaches on either side of a mention at most. Clauses of news copy run to a few dozen
 * characters; without a bound, a sentence of thousands of mentions and no comma ("$1 billion aid to
 * Ukraine. $1 billion …", where ". $" ends no sentence) cost a scan to its start per mention.
 */
const MAX_CLAUSE_REACH = 200;

/** The clause around `[start, end)` inside `sentence`. */
export function clauseAround(text: string, sentence: SentenceSpan, start: number, end: number): Span {
  const from = Math.max(sentence.start, start - MAX_CLAUSE_REACH);
  const to = Math.min(sentence.end, end + MAX_CLAUSE_REACH);
  let s = start;
  while (s > from && !CLAUSE_BREAKS.has(text[s - 1]!)) s--;
  let e = end;
  while (e < to && !CLAUSE_BREAKS.has(text[e]!)) e++;
  return { start: s, end: e };
}

/** Scopes for the mentions of one sentence, given in text order. */
export function scopeMentions(text: string, sentence: SentenceSpan, mentions: readonly Span[]): MentionScope[] {
  const scopes: MentionScope[] = [];
  const last = mentions.length - 1;
  let scopeStart = sentence.start;
  for (let i = 0; i <= last; i++) {
    const m = mentions[i]!;
    const scopeEnd = i === last ? sentence.end : boundary(text, m.end, mentions[i + 1]!.start);
    scopes.push({ scope: { start: scopeStart, end: scopeEnd }, clause: clauseAround(text, sentence, m.start, m.end) });
    scopeStart = scopeEnd;
  }
  return scopes;
}
