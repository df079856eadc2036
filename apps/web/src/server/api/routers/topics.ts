import type { PrismaClient } from "@newsdesk/db";
import {
  deleteTopic,
  followTag,
  getVisibleTopic,
  listTopicArticles,
  listVisibleTopics,
  recordAuditEvents,
  topicAidFigures,
  topicArticleCounts,
  topicArticleSummary,
  topicTopEntities,
  type TopicListRecord,
} from "@newsdesk/db/queries";
import { hasRole } from "../../auth/session-user";
import type { SessionUser } from "../../auth/session-user";
import { topicFiltersOf, topicQueryOf } from "../../topics/topic-filters";
import { AppError } from "../app-error";
import { auditActor, createTRPCRouter, editorProcedure, protectedProcedure } from "../trpc";
import {
  deleteTopicInput,
  deleteTopicOutput,
  followTagInput,
  followTagOutput,
  topicAidInput,
  topicAidOutput,
  topicArticlesInput,
  topicArticlesOutput,
  topicByIdInput,
  topicCountsInput,
  topicCountsOutput,
  topicEntitiesInput,
  topicEntitiesOutput,
  topicListOutput,
  topicOutput,
} from "./topics.schemas";

/** A topic as the pages show it: a tag topic under its tag's current name, and the query that lists its articles. */
function topicView(topic: TopicListRecord, user: SessionUser) {
  return {
    id: topic.id,
    name: topic.kind === "tag" && topic.tag ? topic.tag.name : topic.name,
    kind: topic.kind,
    tag: topic.tag,
    query: topicQueryOf(topic),
    mine: topic.createdById === user.id,
    createdAt: topic.createdAt,
  };
}

/** The topic if the user may see it (every tag topic; only one's own saved searches), else NOT_FOUND. */
async function requireTopic(db: PrismaClient, id: string, user: SessionUser): Promise<TopicListRecord> {
  const topic = await getVisibleTopic(db, { id, userId: user.id });
  if (!topic) throw new AppError("NOT_FOUND", "No such topic");
  return topic;
}

/**
 * Topic timelines: every tag topic (the newsroom follows a tag) and the user's own saved searches, with their
 * articles over time, the aid figures in them and the entities they name. Every role reads; editors and admins
 * follow and unfollow tags; anyone deletes their own saved searches. Mutations are audited.
 */
export const topicsRouter = createTRPCRouter({
  list: protectedProcedure.output(topicListOutput).query(async ({ ctx }) => {
    const topics = await listVisibleTopics(ctx.db, { userId: ctx.user.id });
    const summaries = [];
    for (const topic of topics) {
      const summary = await topicArticleSummary(ctx.db, { filters: topicFiltersOf(topic) });
      summaries.push({ ...topicView(topic, ctx.user), articleCount: summary.count, latestAt: summary.latestAt });
    }
    return summaries;
  }),

  byId: protectedProcedure
    .input(topicByIdInput)
    .output(topicOutput)
    .query(async ({ ctx, input }) => topicView(await requireTopic(ctx.db, input.id, ctx.user), ctx.user)),

  /** Follows a tag: its topic is created once for the whole newsroom; following it again returns it unchanged. */
  followTag: editorProcedure
    .input(followTagInput)
    .output(followTagOutput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const followed = await followTag(tx, { tagId: input.tagId, createdById: ctx.user.id });
        if (!followed) throw new AppError("NOT_FOUND", "No such tag");
        if (followed.created) {
          const { topic } = followed;
          await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action: "topic.follow", targetType: "topic", targetId: topic.id, after: { name: topic.name, tagId: topic.tagId } }]);
        }
        return { topic: topicView(followed.topic, ctx.user), created: followed.created };
      }),
    ),

  /** Unfollows a tag (editors and admins; the tag stays) or deletes one of the user's saved searches. */
  delete: protectedProcedure
    .input(deleteTopicInput)
    .output(deleteTopicOutput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const topic = await getVisibleTopic(tx, { id: input.id, userId: ctx.user.id });
        if (!topic) throw new AppError("NOT_FOUND", "No such topic");
        if (topic.kind === "tag" && !hasRole(ctx.user, "editor")) throw new AppError("FORBIDDEN_ROLE", "Only editors and admins may unfollow a tag");
        await deleteTopic(tx, { id: topic.id });
        const action = topic.kind === "tag" ? "topic.unfollow" : "search.delete";
        await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action, targetType: "topic", targetId: topic.id, before: { name: topicView(topic, ctx.user).name, tagId: topic.tagId } }]);
        return { id: topic.id };
      }),
    ),

  /** Articles per week or month (per source on request), undated apart. */
  counts: protectedProcedure
    .input(topicCountsInput)
    .output(topicCountsOutput)
    .query(async ({ ctx, input }) => {
      const topic = await requireTopic(ctx.db, input.id, ctx.user);
      return topicArticleCounts(ctx.db, { filters: topicFiltersOf(topic), granularity: input.granularity, bySource: input.bySource });
    }),

  /** New aid tranches (USD) per period in the topic's articles, under the aid charts' counting rules. */
  aid: protectedProcedure
    .input(topicAidInput)
    .output(topicAidOutput)
    .query(async ({ ctx, input }) => {
      const topic = await requireTopic(ctx.db, input.id, ctx.user);
      return topicAidFigures(ctx.db, { filters: topicFiltersOf(topic), granularity: input.granularity, currency: "USD" });
    }),

  entities: protectedProcedure
    .input(topicEntitiesInput)
    .output(topicEntitiesOutput)
    .query(async ({ ctx, input }) => {
      const topic = await requireTopic(ctx.db, input.id, ctx.user);
      return topicTopEntities(ctx.db, { filters: topicFiltersOf(topic), limit: input.limit });
    }),

  /** The topic's articles in date order (oldest or newest first), keyset pages. */
  articles: protectedProcedure
    .input(topicArticlesInput)
    .output(topicArticlesOutput)
    .query(async ({ ctx, input }) => {
      const topic = await requireTopic(ctx.db, input.id, ctx.user);
      try {
        return await listTopicArticles(ctx.db, { filters: topicFiltersOf(topic), direction: input.order, cursor: input.cursor ?? null, limit: input.limit });
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === "INVALID_CURSOR") throw new AppError("INVALID_CURSOR", (error as Error).message);
        throw error;
      }
    }),
});
