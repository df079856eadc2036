import type { PrismaClient } from "../generated/prisma/client.js";

/**
 * Everything the importer writes, in a comparable form: two databases that imported the same files the same way
 * give equal snapshots, whatever the order, chunking, crashes or concurrency in between.
 */
export async function contentSnapshot(db: PrismaClient) {
  const [articles, sources, entityMentions, moneyMentions] = await Promise.all([
    db.article.findMany({
      select: { id: true, recordHash: true, duplicateOfId: true, sourceId: true, contentHash: true, archivedAt: true },
      orderBy: { id: "asc" },
    }),
    db.source.findMany({ select: { id: true, domain: true }, orderBy: { domain: "asc" } }),
    db.entityMention.findMany({
      select: { articleId: true, count: true, entity: { select: { zh: true, en: true } } },
      orderBy: [{ articleId: "asc" }, { entityId: "asc" }],
    }),
    db.moneyMention.findMany({ select: { id: true, surface: true, amount: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    articles: articles.map((article) => ({ ...article, archivedAt: article.archivedAt?.toISOString() ?? null })),
    sources,
    entityMentions: entityMentions
      .map((mention) => `${mention.articleId} ${mention.entity.zh}|${mention.entity.en} ${mention.count}`)
      .sort(),
    moneyMentions: moneyMentions.map((mention) => `${mention.id} ${mention.surface} ${mention.amount.toString()}`),
  };
}
