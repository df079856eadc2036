import type { PrismaClient } from "../generated/prisma/client.js";

/** Row counts of the main tables, for `newsdesk db status` and the dashboard's health view. */
export interface DatabaseCounts {
  articles: number;
  /** Articles flagged as near-duplicates of another (same text under another URL). */
  duplicates: number;
  sources: number;
  tags: number;
  articleTags: number;
  topics: number;
  entities: number;
  moneyMentions: number;
  users: number;
  importBatches: number;
  importFiles: number;
  failedImportFiles: number;
  auditEvents: number;
}

export async function countDatabaseRows(db: PrismaClient): Promise<DatabaseCounts> {
  const [
    articles,
    duplicates,
    sources,
    tags,
    articleTags,
    topics,
    entities,
    moneyMentions,
    users,
    importBatches,
    importFiles,
    failedImportFiles,
    auditEvents,
  ] = await Promise.all([
    db.article.count(),
    db.article.count({ where: { duplicateOfId: { not: null } } }),
    db.source.count(),
    db.tag.count(),
    db.articleTag.count(),
    db.topic.count(),
    db.entity.count(),
    db.moneyMention.count(),
    db.user.count(),
    db.importBatch.count(),
    db.importFile.count(),
    db.importFile.count({ where: { status: "failed" } }),
    db.auditEvent.count(),
  ]);
  return {
    articles,
    duplicates,
    sources,
    tags,
    articleTags,
    topics,
    entities,
    moneyMentions,
    users,
    importBatches,
    importFiles,
    failedImportFiles,
    auditEvents,
  };
}
