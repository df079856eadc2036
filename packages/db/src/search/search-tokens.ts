/**
 * Index terms of folded text (see fold-text.ts), stored as a `tsvector` built with array_to_tsvector — so neither
 * PostgreSQL's text-search parser nor the database locale decides what a word is (pg_trgm would depend on the
 * server's LC_CTYPE, and cannot index the two-character words that most Chinese terms are).
 *
 * - A run of CJK characters gives its overlapping bigrams (乌克兰 → 乌克, 克兰) and its last character alone, so
 *   that a one-character query can be answered by a prefix match (美:* matches 美国 and a final 美).
 * - A run of other letters and digits gives itself as one word (nato, g7, 2024).
 */
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;
const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** PostgreSQL rejects lexemes over 2 KB and a tsvector over 1 MB: long words are cut, very long texts capped. */
const maxWordLength = 64;
const maxTerms = 60_000;

function cjkTerms(run: string, into: Set<string>): void {
  const chars = Array.from(run);
  for (let i = 0; i + 1 < chars.length; i++) into.add(chars[i]! + chars[i + 1]!);
  into.add(chars[chars.length - 1]!);
}

/** Distinct index terms of already-folded text. */
export function searchTerms(folded: string): string[] {
  const terms = new Set<string>();
  for (const match of folded.matchAll(cjkRun)) {
    cjkTerms(match[0], terms);
    if (terms.size >= maxTerms) break;
  }
  const withoutCjk = folded.replace(cjkRun, " ");
  for (const match of withoutCjk.matchAll(wordRun)) {
    if (terms.size >= maxTerms) break;
    terms.add(Array.from(match[0]).slice(0, maxWordLength).join(""));
  }
  return [...terms];
}

/**
 * The tsquery (input syntax) that every document containing `foldedTerm` as a substring satisfies. The caller
 * confirms with a substring match, which also removes the rare false positives (bigrams present but apart).
 * Returns null when the term has no letters or digits (it can only be checked by the substring match).
 */
export function termQuery(foldedTerm: string, frequency?: TermFrequency): string | null {
  const parts: string[] = [];
  const cjk = [...foldedTerm.matchAll(cjkRun)].map((match) => match[0]);
  const bigrams: string[] = [];
  for (const run of cjk) {
    const chars = Array.from(run);
    if (chars.length === 1) parts.push(`${quoteLexeme(chars[0]!)}:*`);
    else for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i]! + chars[i + 1]!);
  }
  // A term with several bigrams is confirmed by its substring check (indexMatchIsExact is false), so one bigram is
  // enough for the index. Keeping only the rarest gives the planner its true frequency: the AND of adjacent bigrams
  // (俄罗 & 罗斯, in ~7 % of articles each and nearly always together) is estimated as the product (0.5 %).
  const keep = frequency && bigrams.length > 1 ? rarest(bigrams, frequency) : null;
  for (const bigram of bigrams) if (keep === null || bigram === keep) parts.push(quoteLexeme(bigram));
  const words = [...foldedTerm.replace(cjkRun, " ").matchAll(wordRun)].map((match) => match[0]);
  words.forEach((word, index) => {
    const cut = Array.from(word).slice(0, maxWordLength).join("");
    // Latin words match whole words, except the last one of a term, which may be typed partly (ukr → ukraine).
    const isLast = index === words.length - 1 && !cjkChar.test(foldedTerm.slice(-1));
    parts.push(isLast ? `${quoteLexeme(cut)}:*` : quoteLexeme(cut));
  });
  return parts.length > 0 ? [...new Set(parts)].join(" & ") : null;
}

/** How common an index term is (share of articles, 0–1), when the database's statistics know it. */
export type TermFrequency = (lexeme: string) => number | undefined;

/** The least common of the bigrams; one the statistics do not list is rarer than any they list. First on ties. */
function rarest(bigrams: string[], frequency: TermFrequency): string {
  let best = bigrams[0]!;
  let bestFrequency = frequency(best) ?? 0;
  for (const bigram of bigrams.slice(1)) {
    const share = frequency(bigram) ?? 0;
    if (share < bestFrequency) {
      best = bigram;
      bestFrequency = share;
    }
  }
  return best;
}

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * Whether every document the term's index query matches does contain the term: a lone CJK run of one or two
 * characters (its bigram or prefix is the term itself) or a lone word (a word starting with it contains it). Other
 * terms (乌克兰: 乌克 and 克兰 may stand apart) need the substring check.
 */
export function indexMatchIsExact(foldedTerm: string): boolean {
  const cjk = [...foldedTerm.matchAll(cjkRun)].map((match) => match[0]);
  const words = [...foldedTerm.replace(cjkRun, " ").matchAll(wordRun)].map((match) => match[0]);
  const covered = [...cjk, ...words].reduce((length, part) => length + part.length, 0) === foldedTerm.length;
  if (!covered) return false;
  if (cjk.length === 1 && words.length === 0) return Array.from(cjk[0]!).length <= 2;
  if (cjk.length === 0 && words.length === 1) return Array.from(words[0]!).length <= maxWordLength;
  return false;
}
