import type { MoneyMention } from "../schema/money-mention.js";

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
 * Finds every money mention in title and text (see ../shared/aid/POLICY.md).
 * Interim: returns no mentions until the aid-figures extractor lands in this folder.
 */
export function extractMoneyMentions(_input: MoneyExtractionInput): MoneyMention[] {
  return [];
}
