import type { PrismaClient } from "../../generated/prisma/client.js";

let counter = 0;

export async function seedTag(db: PrismaClient, input: { name?: string; color?: string; createdById?: string | null } = {}) {
  counter += 1;
  return db.tag.create({
    data: { name: input.name ?? `标签 ${counter}`, color: input.color ?? "#2563eb", createdById: input.createdById ?? null },
    select: { id: true, name: true, color: true, createdAt: true },
  });
}

/** Puts a tag on an article (who and when recorded); tagging twice keeps the first. */
export async function seedArticleTag(db: PrismaClient, input: { articleId: string; tagId: string; createdById?: string | null }) {
  return db.articleTag.upsert({
    where: { articleId_tagId: { articleId: input.articleId, tagId: input.tagId } },
    create: { articleId: input.articleId, tagId: input.tagId, createdById: input.createdById ?? null },
    update: {},
    select: { articleId: true, tagId: true, createdById: true, createdAt: true },
  });
}

/** A topic: everything with a tag, or a saved search (its list filters as JSON). */
export async function seedTopic(
  db: PrismaClient,
  input: { name: string; tagId?: string; query?: Record<string, unknown>; createdById?: string | null },
) {
  return db.topic.create({
    data: {
      name: input.name,
      kind: input.tagId ? "tag" : "search",
      tagId: input.tagId ?? null,
      ...(input.query ? { query: input.query as object } : {}),
      createdById: input.createdById ?? null,
    },
    select: { id: true, name: true, kind: true, tagId: true, query: true },
  });
}
