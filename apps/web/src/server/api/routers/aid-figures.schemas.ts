import { z } from "zod";
import { aidChartParamsSchema, aidFigureRefSchema, aidFiguresFieldsSchema, aidDrillSchema } from "../../../lib/aid-query";
import { articleQuerySchema } from "../../../lib/article-query";

/** The queue: the article filters shared with search, reviewed figures on request, keyset pages. */
export const aidQueueInput = z.object({
  query: articleQuerySchema.default(articleQuerySchema.parse({})),
  includeReviewed: z.boolean().default(false),
  cursor: z.string().max(1000).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const aidCountsInput = z.object({ query: articleQuerySchema.default(articleQuerySchema.parse({})) });

/** The figures behind a chart point (period, donor, recipient, type, role) under the same filters. */
export const aidDrillInput = z.object({
  query: articleQuerySchema.default(articleQuerySchema.parse({})),
  params: aidChartParamsSchema.default(aidChartParamsSchema.parse({})),
  drill: aidDrillSchema,
  cursor: z.string().max(1000).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const aidChartsInput = z.object({
  query: articleQuerySchema.default(articleQuerySchema.parse({})),
  params: aidChartParamsSchema.default(aidChartParamsSchema.parse({})),
});

export const aidReviewInput = aidFigureRefSchema.extend({ expectedVersion: z.number().int().min(0) });
export const aidCorrectInput = aidReviewInput.extend({ fields: aidFiguresFieldsSchema, note: z.string().trim().max(500).nullable().optional() });

const fieldsOutput = z.object({
  amount: z.number(),
  amountHigh: z.number().nullable(),
  currency: z.string(),
  isAid: z.boolean(),
  aidType: z.string().nullable(),
  donor: z.string().nullable(),
  recipient: z.string().nullable(),
  status: z.string(),
  cumulative: z.boolean(),
});

export const aidFigureOutput = fieldsOutput.extend({
  mentionId: z.string(),
  articleId: z.string(),
  mentionKey: z.string(),
  field: z.string(),
  sentence: z.string(),
  surface: z.string(),
  qualifier: z.string(),
  reviewReasons: z.array(z.string()),
  extracted: fieldsOutput,
  equivalentOf: z.number().int().nullable(),
  role: z.string(),
  reviewNeeded: z.boolean(),
  reviewState: z.enum(["unreviewed", "confirmed", "corrected", "rejected"]),
  reviewVersion: z.number().int(),
  reviewOutdated: z.boolean(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  figureDate: z.string().nullable(),
  dateBasis: z.enum(["published", "archived"]).nullable(),
  conversion: z.string(),
  usdValue: z.number().nullable(),
  eurValue: z.number().nullable(),
  usdValueHigh: z.number().nullable(),
  eurValueHigh: z.number().nullable(),
  rateCurrency: z.string().nullable(),
  ratePerEur: z.number().nullable(),
  rateDate: z.string().nullable(),
  usdPerEur: z.number().nullable(),
  usdRateDate: z.string().nullable(),
  rateSource: z.string().nullable(),
  article: z.object({
    id: z.string(),
    title: z.string(),
    url: z.string(),
    language: z.string(),
    publishedAt: z.date().nullable(),
    archivedAt: z.date().nullable(),
    source: z.object({ id: z.string(), domain: z.string(), name: z.string(), nameEn: z.string() }),
  }),
});

export const aidFigurePageOutput = z.object({ items: z.array(aidFigureOutput), nextCursor: z.string().nullable() });

export const aidCountsOutput = z.object({
  needsReview: z.number().int(),
  outdated: z.number().int(),
  unreviewed: z.number().int(),
  confirmed: z.number().int(),
  corrected: z.number().int(),
  rejected: z.number().int(),
});

export const aidChartsOutput = z.object({
  timeline: z.object({
    periods: z.array(z.string()),
    series: z.array(z.object({ key: z.string(), total: z.number(), count: z.number().int(), keys: z.array(z.string()).optional() })),
    points: z.array(z.object({ period: z.string(), key: z.string(), value: z.number(), count: z.number().int() })),
  }),
  matrix: z.object({
    donors: z.array(z.string()),
    recipients: z.array(z.string()),
    cells: z.array(z.object({ donor: z.string(), recipient: z.string(), value: z.number(), count: z.number().int() })),
  }),
  cumulative: z.array(
    z.object({
      donor: z.string(),
      recipient: z.string(),
      value: z.number(),
      figureDate: z.string(),
      mentionId: z.string(),
      articleId: z.string(),
      reports: z.number().int(),
    }),
  ),
  coverage: z.object({
    tranches: z.object({ count: z.number().int(), value: z.number() }),
    cumulative: z.object({ count: z.number().int() }),
    viaEquivalent: z.number().int(),
    equivalents: z.number().int(),
    notAid: z.number().int(),
    rejected: z.number().int(),
    leftOut: z.array(z.object({ currency: z.string(), reason: z.string(), role: z.string(), count: z.number().int(), amount: z.number() })),
  }),
});

export const aidPartiesOutput = z.object({ donors: z.array(z.string()), recipients: z.array(z.string()) });
