import { z } from "zod";
import { articleQuerySchema } from "../../../lib/article-query";
import { tagOutput } from "./tags.schemas";

export const articleListInput = articleQuerySchema.extend({
  cursor: z.string().max(1000).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

const sourceOutput = z.object({ id: z.string(), domain: z.string(), name: z.string(), nameEn: z.string() });

export const articleListItemOutput = z.object({
  id: z.string(),
  title: z.string(),
  excerpt: z.string(),
  url: z.string(),
  language: z.string(),
  publishedAt: z.date().nullable(),
  archivedAt: z.date().nullable(),
  source: sourceOutput,
  duplicateOfId: z.string().nullable(),
  duplicateCount: z.number().int(),
  aidFigureCount: z.number().int(),
  tags: z.array(tagOutput),
});

export const articleListOutput = z.object({ items: z.array(articleListItemOutput), nextCursor: z.string().nullable() });

export const articleSourcesOutput = z.array(sourceOutput.extend({ synthetic: z.boolean() }));

/** Each language the archive holds (ISO 639-1, as the parser gives it), with its article count, most first. */
export const articleLanguagesOutput = z.array(z.object({ language: z.string(), count: z.number().int() }));

export const articleByIdInput = z.object({
  id: z.string().min(1).max(128),
  /** Language of the few words the server puts into the body (the label of embedded content). */
  locale: z.enum(["zh", "en"]).default("zh"),
});

const relatedArticle = z.object({ id: z.string(), title: z.string(), publishedAt: z.date().nullable(), source: sourceOutput });

export const articleDetailOutput = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  file: z.string(),
  format: z.string(),
  author: z.string().nullable(),
  language: z.string(),
  script: z.string().nullable(),
  publishedAt: z.date().nullable(),
  archivedAt: z.date().nullable(),
  publishedAtDetail: z.object({ raw: z.string(), origin: z.string(), zone: z.string(), zoneAssumed: z.boolean() }).nullable(),
  source: sourceOutput.extend({ known: z.boolean(), synthetic: z.boolean() }),
  /** The lead image; `url` is https or null (other schemes are not shown). */
  image: z
    .object({ url: z.string().nullable(), caption: z.string().nullable(), credit: z.string().nullable(), creditText: z.string().nullable() })
    .nullable(),
  /** The body as sanitised HTML: safe to render as is (see server/articles/sanitize-article-html.ts). */
  bodyHtml: z.string(),
  charCount: z.number().int(),
  links: z.array(z.object({ href: z.string(), text: z.string() })),
  entities: z.array(z.object({ zh: z.string(), en: z.string(), count: z.number().int() })),
  tags: z.array(tagOutput.extend({ taggedBy: z.string().nullable(), taggedAt: z.date() })),
  aidFigureCount: z.number().int(),
  duplicateOf: relatedArticle.nullable(),
  duplicates: z.array(relatedArticle),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
