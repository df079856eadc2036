import type { MoneyMention } from "../schema/money-mention.js";
import { extractFromField, isForeignAidStory } from "./extract.js";

/** What the money extractor reads: the article's title and plain text, with context that helps decide. */
export interface MoneyExtractionInput {
  title: string;
  text: string;
  /** ISO 8601 publication date, or null. */
  publishedAt: string | null;
  /** ISO 639-1 language of the text ("zh", "en" …). */
  language: string;
}

/**
 * Finds every money mention in title and text and decides which are aid figures, with donor,
 * recipient, kind and stage (see ../shared/aid/POLICY.md and this folder's README.md).
 * Mentions come title first, then text, each in offset order; `equivalentOf` indexes this array.
 * Deterministic and rule-based: text without a currency word costs one normalisation and one regex test.
 */
export function extractMoneyMentions(input: MoneyExtractionInput): MoneyMention[] {
  // Whether the article is about foreign aid at all is judged once, from title and text together.
  const foreignStory = isForeignAidStory(input.title, input.text);
  const title = extractFromField({ field: "title", text: input.title, language: input.language, foreignStory });
  const text = extractFromField({ field: "text", text: input.text, language: input.language, foreignStory }, title.length);
  return [...title, ...text];
}

export { REVIEW_REASONS, type ReviewReason } from "./review.js";
