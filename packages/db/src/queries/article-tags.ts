import { Prisma } from "../generated/prisma/client.js";
import { tagSelect, type TagRecord } from "./tags.js";

type Db = Prisma.TransactionClient;

export interface ArticleTagPair {
  articleId: string;
  tagId: string;
}

/**
 * Adds tags to articles as independent (article, tag) rows: INSERT … ON CONFLICT DO NOTHING. Two editors tagging
 * the same article at once both keep their tags, because nobody rewrites an article's whole tag list. Returns
 * only the pairs this call added (the ones already there are not re-attributed), which is what undo removes.
 */
export async function addArticleTags(
  db: Db,
  params: { articleIds: string[]; tagIds: string[]; createdById: string | null },
): Promise<ArticleTagPair[]> {
  if (params.articleIds.length === 0 || params.tagIds.length === 0) return [];
  const rows = await db.articleTag.createManyAndReturn({
    data: params.articleIds.flatMap((articleId) => params.tagIds.map((tagId) => ({ articleId, tagId, createdById: params.createdById }))),
    skipDuplicates: true,
    select: { articleId: true, tagId: true },
  });
  return rows;
}

/** Removes (article, tag) pairs; returns the ones that were there. */
export async function removeArticleTags(db: Db, params: { pairs: ArticleTagPair[] }): Promise<ArticleTagPair[]> {
  if (params.pairs.length === 0) return [];
  const values = Prisma.join(params.pairs.map((pair) => Prisma.sql`(${pair.articleId}, ${pair.tagId})`));
  return db.$queryRaw<ArticleTagPair[]>`
    DELETE FROM "ArticleTag" WHERE ("articleId", "tagId") IN (${values})
    RETURNING "articleId", "tagId"`;
}

/** The tags of each article in a page of results, by tag name. Articles without tags map to []. */
export async function listTagsForArticles(db: Db, params: { articleIds: string[] }): Promise<Map<string, TagRecord[]>> {
  const byArticle = new Map<string, TagRecord[]>(params.articleIds.map((id) => [id, []]));
  if (params.articleIds.length === 0) return byArticle;
  const rows = await db.articleTag.findMany({
    where: { articleId: { in: params.articleIds } },
    select: { articleId: true, tag: { select: tagSelect } },
    orderBy: { tag: { name: "asc" } },
  });
  for (const row of rows) byArticle.get(row.articleId)?.push(row.tag);
  return byArticle;
}

/**
 * The tags a user applied most recently, newest first, distinct (the picker's number keys 1–9). Read from the
 * user's "article.tag" audit events (their `after.tagIds`, as the dashboard's tagging router writes them), not
 * from ArticleTag: a tag whose use was undone or removed is still one the editor just used.
 */
export async function listRecentTagsOfUser(db: Db, params: { userId: string; limit?: number }): Promise<TagRecord[]> {
  const limit = params.limit ?? 9;
  const events = await db.auditEvent.findMany({
    where: { actorId: params.userId, action: "article.tag" },
    select: { after: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    // A bulk change writes one event per article with the same tags: 500 events cover many recent changes.
    take: 500,
  });
  const ids: string[] = [];
  for (const event of events) {
    const tagIds = (event.after as { tagIds?: unknown } | null)?.tagIds;
    if (!Array.isArray(tagIds)) continue;
    for (const id of tagIds) if (typeof id === "string" && !ids.includes(id)) ids.push(id);
    if (ids.length >= limit * 2) break;
  }
  if (ids.length === 0) return [];
  const tags = new Map((await db.tag.findMany({ where: { id: { in: ids } }, select: tagSelect })).map((tag) => [tag.id, tag]));
  return ids.flatMap((id) => tags.get(id) ?? []).slice(0, limit);
}

/** Score given to a tag named like one of the article's entities: ranks above any similarity score. */
export const entityMatchScore = 1_000_000;

export interface TagSuggestion {
  tag: TagRecord;
  /** Why it is suggested: a tag named like one of the article's entities, or common on similar articles. */
  reason: "entity" | "similar";
  score: number;
}

/**
 * Tags an article probably wants and does not have yet:
 * 1. tags whose name is one of the article's bilingual entity names (布林肯 / Antony Blinken), case-insensitively;
 * 2. tags on the articles that share the most entities with it (and on its duplicates), weighted by overlap.
 * Entities named in more than `maxEntityFanout` articles (普京 …) are skipped for (2): they say little about
 * similarity and would make the query scan much of the table.
 */
export async function suggestTagsForArticle(
  db: Db,
  params: { articleId: string; limit?: number; maxEntityFanout?: number },
): Promise<TagSuggestion[]> {
  const limit = params.limit ?? 8;
  const fanout = params.maxEntityFanout ?? 5000;
  const byEntity = await db.$queryRaw<Array<{ tagId: string }>>`
    SELECT DISTINCT t."id" AS "tagId"
    FROM "EntityMention" em
    JOIN "Entity" e ON e."id" = em."entityId"
    JOIN "Tag" t ON lower(t."name") IN (lower(e."zh"), lower(e."en"))
    WHERE em."articleId" = ${params.articleId}
      AND NOT EXISTS (SELECT 1 FROM "ArticleTag" mine WHERE mine."articleId" = ${params.articleId} AND mine."tagId" = t."id")`;
  const bySimilar = await db.$queryRaw<Array<{ tagId: string; score: number }>>`
    WITH ents AS (
      SELECT em."entityId" FROM "EntityMention" em
      WHERE em."articleId" = ${params.articleId}
        AND (SELECT count(*) FROM (SELECT 1 FROM "EntityMention" x WHERE x."entityId" = em."entityId" LIMIT ${fanout + 1}) c) <= ${fanout}
    ),
    similar_articles AS (
      SELECT other."articleId", count(*)::int AS shared
      FROM "EntityMention" other JOIN ents ON ents."entityId" = other."entityId"
      WHERE other."articleId" <> ${params.articleId}
      GROUP BY other."articleId"
      UNION ALL
      SELECT a."id", 3 FROM "Article" a, "Article" me
      WHERE me."id" = ${params.articleId} AND a."id" <> me."id"
        AND (a."duplicateOfId" = me."id" OR a."id" = me."duplicateOfId" OR a."contentHash" = me."contentHash")
    ),
    top AS (SELECT "articleId", max(shared) AS shared FROM similar_articles GROUP BY "articleId" ORDER BY 2 DESC LIMIT 100)
    SELECT at."tagId", sum(top.shared)::int AS score
    FROM top JOIN "ArticleTag" at ON at."articleId" = top."articleId"
    WHERE NOT EXISTS (SELECT 1 FROM "ArticleTag" mine WHERE mine."articleId" = ${params.articleId} AND mine."tagId" = at."tagId")
    GROUP BY at."tagId" ORDER BY score DESC, at."tagId" LIMIT ${limit}`;

  const ids = [...new Set([...byEntity.map((row) => row.tagId), ...bySimilar.map((row) => row.tagId)])];
  if (ids.length === 0) return [];
  const tags = new Map((await db.tag.findMany({ where: { id: { in: ids } }, select: tagSelect })).map((tag) => [tag.id, tag]));
  const suggestions: TagSuggestion[] = [];
  const seen = new Set<string>();
  for (const row of byEntity) {
    const tag = tags.get(row.tagId);
    if (tag && !seen.has(tag.id)) suggestions.push({ tag, reason: "entity", score: entityMatchScore });
    seen.add(row.tagId);
  }
  for (const row of bySimilar) {
    const tag = tags.get(row.tagId);
    if (tag && !seen.has(tag.id)) suggestions.push({ tag, reason: "similar", score: Number(row.score) });
    seen.add(row.tagId);
  }
  return suggestions.slice(0, limit);
}
