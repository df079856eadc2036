import type { Prisma } from "../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

/**
 * Saved searches are Topics of kind "search": a name and the list page's query (the same object the URL
 * encodes), owned by the user who saved it. Tag topics (kind "tag") follow a tag, for the whole newsroom. Both have
 * a timeline (topic-timelines.ts).
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

/** A topic as the topics pages show it: with its tag's current name and colour (a tag topic's own name is a copy). */
export const topicListSelect = { ...topicSelect, tag: { select: { id: true, name: true, color: true } } } satisfies Prisma.TopicSelect;
export type TopicListRecord = Prisma.TopicGetPayload<{ select: typeof topicListSelect }>;

/** What a user may follow: every tag topic (shared by the newsroom) and the user's own saved searches. */
export async function listVisibleTopics(db: Db, params: { userId: string }): Promise<TopicListRecord[]> {
  return db.topic.findMany({
    where: { OR: [{ kind: "tag" }, { kind: "search", createdById: params.userId }] },
    select: topicListSelect,
    orderBy: [{ kind: "asc" }, { name: "asc" }, { createdAt: "asc" }],
  });
}

/** One topic the user may see (a tag topic, or one of the user's saved searches); null otherwise. */
export async function getVisibleTopic(db: Db, params: { id: string; userId: string }): Promise<TopicListRecord | null> {
  return db.topic.findFirst({
    where: { id: params.id, OR: [{ kind: "tag" }, { kind: "search", createdById: params.userId }] },
    select: topicListSelect,
  });
}

/**
 * Follows a tag: creates its tag topic, or returns the existing one with `created: false`. The tag row is locked
 * (FOR UPDATE) so two editors following the same tag at once get one topic; null when the tag does not exist.
 */
export async function followTag(db: Db, params: { tagId: string; createdById: string }): Promise<{ topic: TopicListRecord; created: boolean } | null> {
  const [tag] = await db.$queryRaw<Array<{ id: string; name: string }>>`SELECT id, name FROM "Tag" WHERE id = ${params.tagId} FOR UPDATE`;
  if (!tag) return null;
  const existing = await db.topic.findFirst({ where: { kind: "tag", tagId: tag.id }, select: topicListSelect, orderBy: { createdAt: "asc" } });
  if (existing) return { topic: existing, created: false };
  const topic = await db.topic.create({ data: { name: tag.name, kind: "tag", tagId: tag.id, createdById: params.createdById }, select: topicListSelect });
  return { topic, created: true };
}

/** Deletes a topic by id (the caller checks who may); returns it, or null when there is none. */
export async function deleteTopic(db: Db, params: { id: string }): Promise<TopicListRecord | null> {
  const topic = await db.topic.findUnique({ where: { id: params.id }, select: topicListSelect });
  if (!topic) return null;
  await db.topic.delete({ where: { id: topic.id }, select: { id: true } });
  return topic;
}
