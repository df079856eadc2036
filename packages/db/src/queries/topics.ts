import type { Prisma } from "../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

/**
 * Saved searches are Topics of kind "search": a name and the list page's query (the same object the URL
 * encodes), owned by the editor who saved it. Tag topics (kind "tag") follow a tag; the aid-figures work uses them.
 */
export const topicSelect = { id: true, name: true, kind: true, tagId: true, query: true, createdById: true, createdAt: true } satisfies Prisma.TopicSelect;
export type TopicRecord = Prisma.TopicGetPayload<{ select: typeof topicSelect }>;

export async function listSavedSearches(db: Db, params: { userId: string }): Promise<TopicRecord[]> {
  return db.topic.findMany({
    where: { kind: "search", createdById: params.userId },
    select: topicSelect,
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
  });
}

export async function createSavedSearch(
  db: Db,
  params: { name: string; query: Prisma.InputJsonValue; createdById: string },
): Promise<TopicRecord> {
  return db.topic.create({
    data: { name: params.name.trim(), kind: "search", query: params.query, createdById: params.createdById },
    select: topicSelect,
  });
}

/** Deletes one of the user's saved searches; returns it, or null when the user has no such search. */
export async function deleteSavedSearch(db: Db, params: { id: string; userId: string }): Promise<TopicRecord | null> {
  const topic = await db.topic.findFirst({ where: { id: params.id, kind: "search", createdById: params.userId }, select: topicSelect });
  if (!topic) return null;
  await db.topic.delete({ where: { id: topic.id }, select: { id: true } });
  return topic;
}

export async function listTagTopics(db: Db): Promise<TopicRecord[]> {
  return db.topic.findMany({ where: { kind: "tag" }, select: topicSelect, orderBy: { name: "asc" } });
}
