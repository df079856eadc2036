import type { Prisma } from "../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

const relatedArticleSelect = {
  id: true,
  title: true,
  url: true,
  publishedAt: true,
  archivedAt: true,
  source: { select: { id: true, name: true, nameEn: true, domain: true } },
} satisfies Prisma.ArticleSelect;

/** Everything the article page shows. `blocks` hold inline HTML from the internet: sanitise before rendering. */
export const articleDetailSelect = {
  id: true,
  canonicalUrl: true,
  url: true,
  file: true,
  format: true,
  title: true,
  author: true,
  language: true,
  script: true,
  archivedAt: true,
  publishedAt: true,
  publishedAtDetail: true,
  image: true,
  blocks: true,
  text: true,
  charCount: true,
  contentHash: true,
  links: true,
  feedTags: true,
  categories: true,
  keywords: true,
  warnings: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  source: { select: { id: true, domain: true, name: true, nameEn: true, known: true, synthetic: true } },
  tags: {
    select: {
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      tag: { select: { id: true, name: true, color: true } },
    },
    orderBy: { tag: { name: "asc" } },
  },
  entities: {
    select: { count: true, entity: { select: { id: true, zh: true, en: true } } },
    orderBy: [{ count: "desc" }, { entityId: "asc" }],
  },
  moneyMentions: {
    select: {
      id: true,
      ordinal: true,
      field: true,
      surface: true,
      sentence: true,
      start: true,
      end: true,
      amount: true,
      amountHigh: true,
      currency: true,
      qualifier: true,
      vague: true,
      isAid: true,
      aidType: true,
      donor: true,
      recipient: true,
      status: true,
      cumulative: true,
      equivalentOf: true,
      reviewNeeded: true,
      data: true,
    },
    orderBy: { ordinal: "asc" },
  },
  duplicateOf: { select: relatedArticleSelect },
  duplicates: { select: relatedArticleSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 50 },
  importFiles: {
    select: {
      id: true,
      name: true,
      status: true,
      createdAt: true,
      batch: { select: { id: true, actor: true, inputName: true, startedAt: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 20,
  },
} satisfies Prisma.ArticleSelect;

export type ArticleDetail = Prisma.ArticleGetPayload<{ select: typeof articleDetailSelect }>;

/** One article with its source, tags (who, when), entities, aid figures, near-duplicates and import history. */
export async function getArticle(db: Db, id: string): Promise<ArticleDetail | null> {
  return db.article.findUnique({ where: { id }, select: articleDetailSelect });
}
