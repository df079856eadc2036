import type { PrismaClient } from "../../generated/prisma/client.js";
import { storeArticleRecords } from "../../ingest/store-records.js";
import { makeArticleRecord } from "./article-record.js";
import type { ArticleRecordInput } from "./article-record.js";

/**
 * Stores one article built from a parser record with defaults (see makeArticleRecord), through the importer's
 * write path, so its search columns, entities and aid figures are what an import would store.
 */
export async function seedArticle(db: PrismaClient, input: ArticleRecordInput = {}) {
  const record = makeArticleRecord(input);
  await storeArticleRecords(db, [record]);
  return db.article.findUniqueOrThrow({
    where: { id: record.id },
    select: { id: true, title: true, canonicalUrl: true, sourceId: true, publishedAt: true, contentHash: true },
  });
}

/** Several articles in one transaction. */
export async function seedArticles(db: PrismaClient, inputs: ArticleRecordInput[]) {
  const records = inputs.map((input) => makeArticleRecord(input));
  await storeArticleRecords(db, records);
  return records.map((record) => ({ id: record.id, title: record.title, canonicalUrl: record.canonicalUrl }));
}
