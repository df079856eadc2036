import { foldForSearch } from "./fold-text.js";
import { indexMatchIsExact, termQuery } from "./search-tokens.js";
import type { TermFrequency } from "./search-tokens.js";

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
}

const maxTerms = 12;

/**
 * `frequency` (the database's statistics of the index terms) narrows terms that need the substring check to their
 * rarest bigram in `tsquery`, for the planner's estimate; without it every bigram is asked for.
 */
export function parseArticleSearch(text: string, frequency?: TermFrequency): ArticleSearch | null {
  const terms = [
    ...new Set(
      foldForSearch(text)
        .split(/[\s\u3000]+/u)
        .map((term) => term.replace(/^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/gu, ""))
        .filter((term) => term.length > 0),
    ),
  ].slice(0, maxTerms);
  if (terms.length === 0) return null;
  const queries = terms.map((term) => termQuery(term, frequency)).filter((query): query is string => query !== null);
  return {
    terms,
    tsquery: queries.length > 0 ? queries.map((query) => `(${query})`).join(" & ") : null,
    likePatterns: terms
      .filter((term) => termQuery(term) === null || !indexMatchIsExact(term))
      .map((term) => `%${escapeLike(term)}%`),
  };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
