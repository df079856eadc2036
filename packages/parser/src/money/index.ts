import type { MoneyMention } from "../schema/money-mention.js";
import { normaliseForMatching } from "./char-normaliser.js";
import { extractFromField, isForeignAidStory } from "./extract.js";
import { firstMoneyOffset } from "./mention-scanner.js";
import { lazyStoryPlace } from "./story-place.js";

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
  // Each field's prefilter pass and normalisation are done once here and handed on.
  const titleFrom = firstMoneyOffset(input.title);
  const textFrom = firstMoneyOffset(input.text);
  if (titleFrom < 0 && textFrom < 0) return [];
  const titleNorm = normaliseForMatching(input.title);
  const textNorm = normaliseForMatching(input.text);
  // Whether the article is about foreign aid at all is judged once, from title and text together.
  const foreignStory = isForeignAidStory(titleNorm, textNorm);
  // So is where it is set, which decides what a bare 元 is (see currency-context.ts) — when one asks.
  const storyPlace = lazyStoryPlace(titleNorm, textNorm);
  const { language } = input;
  const title = extractFromField({ field: "title", text: input.title, language, foreignStory, moneyFrom: titleFrom, normalised: titleNorm, storyPlace });
  const text = extractFromField(
    { field: "text", text: input.text, language, foreignStory, moneyFrom: textFrom, normalised: textNorm, storyPlace },
    title.length,
  );
  for (const mention of text) title.push(mention);
  return title;
}

export { REVIEW_REASONS, type ReviewReason } from "./review.js";
