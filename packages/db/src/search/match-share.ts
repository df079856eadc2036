import type { TermFrequency } from "./search-tokens.js";

/** What the database's statistics say about the index terms (see queries/search-term-statistics.ts). */
export interface TermStatistics {
  /** Share of articles (0–1) containing the term, for the most common terms. */
  share: TermFrequency;
  /** The smallest share listed: a term that is not listed is in fewer articles than this. */
  floor: number;
  /** Whether a listed term starts with `prefix` (a prefix query may then match common terms). */
  listsPrefix(prefix: string): boolean;
}

const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;
const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const maxWordLength = 64;

/**
 * An upper bound of the share of articles that contain every folded term: a term's articles contain each of its
 * index parts (bigrams, words, prefixes), so no term is in more articles than its rarest part, and a part the
 * statistics do not list is in fewer than `floor`. Null when nothing bounds it (no part, or only prefixes that
 * listed terms start with). Mirrors termQuery's parts.
 */
export function matchShareBound(foldedTerms: readonly string[], statistics: TermStatistics): number | null {
  let bound: number | null = null;
  const lower = (share: number) => {
    bound = bound === null ? share : Math.min(bound, share);
  };
  for (const term of foldedTerms) {
    for (const run of term.match(cjkRun) ?? []) {
      const chars = Array.from(run);
      if (chars.length === 1) {
        if (!statistics.listsPrefix(chars[0]!)) lower(statistics.floor);
      } else {
        for (let i = 0; i + 1 < chars.length; i++) lower(statistics.share(chars[i]! + chars[i + 1]!) ?? statistics.floor);
      }
    }
    const words = term.replace(cjkRun, " ").match(wordRun) ?? [];
    words.forEach((word, index) => {
      const cut = Array.from(word).slice(0, maxWordLength).join("");
      const isPrefix = index === words.length - 1 && !cjkChar.test(term.slice(-1));
      if (!isPrefix) lower(statistics.share(cut) ?? statistics.floor);
      else if (!statistics.listsPrefix(cut)) lower(statistics.floor);
    });
  }
  return bound;
}
