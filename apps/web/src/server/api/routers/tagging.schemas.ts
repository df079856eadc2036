import { z } from "zod";
import { tagOutput } from "./tags.schemas";

const articleId = z.string().min(1).max(128);
const tagId = z.string().min(1).max(64);

/** Bulk tagging takes at most one page of search results times a few tags at once. */
export const maxBulkArticles = 500;

export const addTagsInput = z.object({
  articleIds: z.array(articleId).min(1).max(maxBulkArticles),
  tagIds: z.array(tagId).min(1).max(20),
  /** Marks the audit event as the undo of an earlier removal. */
  undo: z.boolean().default(false),
});

const pair = z.object({ articleId, tagId });
export const articleTagPairOutput = pair;

export const removeTagsInput = z.object({
  pairs: z.array(pair).min(1).max(maxBulkArticles * 5),
  undo: z.boolean().default(false),
});

export const taggingChangeOutput = z.object({
  /** The (article, tag) pairs this call changed: exactly what an undo reverses. */
  pairs: z.array(pair),
  tags: z.array(tagOutput),
  articleCount: z.number().int(),
});

export const suggestionsInput = z.object({ articleId });
export const suggestionsOutput = z.array(z.object({ tag: tagOutput, reason: z.enum(["entity", "similar"]) }));
export const recentTagsOutput = z.array(tagOutput);
