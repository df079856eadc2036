import { foldForSearch } from "./fold-text.js";
import { indexMatchIsExact, termQuery } from "./search-tokens.js";
import { matchShareBound } from "./match-share.js";
import type { TermStatistics } from "./match-share.js";

/**
 * A search box's text as the database filters need it: every whitespace-separated term must occur in the article's
 * title or text (after folding). `tsquery` is the index's first cut; `likePatterns` confirm, as a substring of the
 * folded text, the terms the index alone cannot answer exactly (most two-character words need no confirmation, which
 * keeps common searches from reading the long search text of every candidate).
 */
export interface ArticleSearch {
  terms: string[];
  /** tsquery input syntax, or null when no term has letters or digits. */
  tsquery: string | null;
  /** LIKE patterns ('\' escapes) of the terms that need the substring check. */
  likePatterns: string[];
  /** Upper bound of the share of articles matching (from the statistics; null when unknown). */
  matchShareBound: number | null;
}

const maxTerms = 12;

/**
 * `statistics` (the database's statistics of the index terms) narrows terms that need the substring check to their
 * rarest bigram in `tsquery`, for the planner's estimate, and bounds the share of matching articles; without them
 * every bigram is asked for and the bound is null.
 */
export function parseArticleSearch(text: string, statistics?: TermStatistics): ArticleSearch | null {
  const terms = [
    ...new Set(
      foldForSearch(text)
        .split(/[\s\u3000]+/u)
        .map((term) => term.replace(/^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/gu, ""))
        .filter((term) => term.length > 0),
    ),
  ].slice(0, maxTerms);
  if (terms.length === 0) return null;
  const queries = terms.map((term) => termQuery(term, statistics?.share)).filter((query): query is string => query !== null);
  return {
    terms,
    tsquery: queries.length > 0 ? queries.map((query) => `(${query})`).join(" & ") : null,
    likePatterns: terms
      .filter((term) => termQuery(term) === null || !indexMatchIsExact(term))
      .map((term) => `%${escapeLike(term)}%`),
    matchShareBound: statistics ? matchShareBound(terms, statistics) : null,
  };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
