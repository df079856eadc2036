import { z } from "zod";
import { articleQuerySchema } from "../../../lib/article-query";

const topicId = z.string().min(1).max(64);
export const timelineGranularities = ["week", "month"] as const;

export const topicOutput = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["tag", "search"]),
  tag: z.object({ id: z.string(), name: z.string(), color: z.string() }).nullable(),
  /** The article list's query that shows the topic's articles ("open as search"). */
  query: articleQuerySchema,
  /** The signed-in user saved it (search topics) or followed it (tag topics). */
  mine: z.boolean(),
  createdAt: z.date(),
});

export const topicSummaryOutput = topicOutput.extend({
  articleCount: z.number().int(),
  /** The newest article's day (publication, else archive time). */
  latestAt: z.date().nullable(),
});
export const topicListOutput = z.array(topicSummaryOutput);

export const topicByIdInput = z.object({ id: topicId });
export const followTagInput = z.object({ tagId: z.string().min(1).max(64) });
export const followTagOutput = z.object({ topic: topicOutput, created: z.boolean() });
export const deleteTopicInput = z.object({ id: topicId });
export const deleteTopicOutput = z.object({ id: z.string() });

export const topicCountsInput = z.object({ id: topicId, granularity: z.enum(timelineGranularities).default("month"), bySource: z.boolean().default(false) });
export const topicCountsOutput = z.object({
  granularity: z.enum(timelineGranularities),
  total: z.number().int(),
  undated: z.number().int(),
  latestAt: z.date().nullable(),
  periods: z.array(z.string()),
  counts: z.array(z.object({ period: z.string(), count: z.number().int() })),
  sources: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string(), total: z.number().int(), undated: z.number().int() })),
  points: z.array(z.object({ period: z.string(), sourceId: z.string(), count: z.number().int() })),
});

export const topicAidInput = z.object({ id: topicId, granularity: z.enum(timelineGranularities).default("month") });
export const topicAidOutput = z.object({
  currency: z.enum(["USD", "EUR"]),
  periods: z.array(z.string()),
  sums: z.array(z.object({ period: z.string(), value: z.number(), count: z.number().int() })),
  tranches: z.object({ count: z.number().int(), value: z.number() }),
  cumulative: z.number().int(),
  leftOut: z.number().int(),
});

export const topicEntitiesInput = z.object({ id: topicId, limit: z.number().int().min(1).max(50).default(12) });
export const topicEntitiesOutput = z.array(z.object({ id: z.string(), zh: z.string(), en: z.string(), articles: z.number().int(), mentions: z.number().int() }));

export const topicArticlesInput = z.object({
  id: topicId,
  /** Oldest first (asc) or newest first. Not "direction": tRPC's infinite queries put their own `direction` in the input. */
  order: z.enum(["asc", "desc"]).default("asc"),
  cursor: z.string().max(1000).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const topicArticlesOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      url: z.string(),
      language: z.string(),
      publishedAt: z.date().nullable(),
      archivedAt: z.date().nullable(),
      date: z.date().nullable(),
      dateBasis: z.enum(["published", "archived"]).nullable(),
      duplicateOfId: z.string().nullable(),
      source: z.object({ id: z.string(), domain: z.string(), name: z.string(), nameEn: z.string() }),
      tags: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })),
    }),
  ),
  nextCursor: z.string().nullable(),
});
