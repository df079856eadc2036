import type { Prisma } from "../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

export const tagSelect = { id: true, name: true, color: true, createdAt: true } satisfies Prisma.TagSelect;
export type TagRecord = Prisma.TagGetPayload<{ select: typeof tagSelect }>;
export type TagWithCount = TagRecord & { articleCount: number };

/** Every tag with how many articles carry it, by name. */
export async function listTags(db: Db): Promise<TagWithCount[]> {
  const rows = await db.tag.findMany({
    select: { ...tagSelect, _count: { select: { articles: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...tag }) => ({ ...tag, articleCount: _count.articles }));
}

export async function getTagById(db: Db, params: { id: string }): Promise<TagRecord | null> {
  return db.tag.findUnique({ where: { id: params.id }, select: tagSelect });
}

export async function getTagsByIds(db: Db, params: { ids: string[] }): Promise<TagRecord[]> {
  if (params.ids.length === 0) return [];
  return db.tag.findMany({ where: { id: { in: params.ids } }, select: tagSelect, orderBy: { name: "asc" } });
}

/** Tag names are unique regardless of case ("NATO" and "nato" are one tag). */
export async function findTagByName(db: Db, params: { name: string; excludeId?: string }): Promise<TagRecord | null> {
  return db.tag.findFirst({
    where: {
      name: { equals: params.name.trim(), mode: "insensitive" },
      ...(params.excludeId ? { id: { not: params.excludeId } } : {}),
    },
    select: tagSelect,
  });
}

export async function createTag(db: Db, params: { name: string; color: string; createdById: string | null }): Promise<TagRecord> {
  return db.tag.create({
    data: { name: params.name.trim(), color: params.color, createdById: params.createdById },
    select: tagSelect,
  });
}

export async function updateTag(db: Db, params: { id: string; name?: string; color?: string }): Promise<TagRecord> {
  return db.tag.update({
    where: { id: params.id },
    data: {
      ...(params.name !== undefined ? { name: params.name.trim() } : {}),
      ...(params.color !== undefined ? { color: params.color } : {}),
    },
    select: tagSelect,
  });
}

export interface MergeTagsResult {
  /** Articles that had the merged tag. */
  articleCount: number;
  /** Of those, how many gained the target tag (the rest had both already). */
  addedCount: number;
}

/**
 * Moves every article of `sourceId` to `targetId` (keeping who tagged it and when), points topics at the target,
 * and deletes the source tag. Run it inside a transaction together with its audit event.
 */
export async function mergeTags(db: Db, params: { sourceId: string; targetId: string }): Promise<MergeTagsResult> {
  const articleCount = await db.articleTag.count({ where: { tagId: params.sourceId } });
  const addedCount = await db.$executeRaw`
    INSERT INTO "ArticleTag" ("articleId", "tagId", "createdById", "createdAt")
    SELECT "articleId", ${params.targetId}, "createdById", "createdAt" FROM "ArticleTag" WHERE "tagId" = ${params.sourceId}
    ON CONFLICT ("articleId", "tagId") DO NOTHING`;
  await db.topic.updateMany({ where: { tagId: params.sourceId }, data: { tagId: params.targetId } });
  await db.tag.delete({ where: { id: params.sourceId }, select: { id: true } });
  return { articleCount, addedCount };
}

/** Deletes a tag and, by cascade, its use on every article. Returns how many articles lost it. */
export async function deleteTag(db: Db, params: { id: string }): Promise<number> {
  const articleCount = await db.articleTag.count({ where: { tagId: params.id } });
  await db.tag.delete({ where: { id: params.id }, select: { id: true } });
  return articleCount;
}
