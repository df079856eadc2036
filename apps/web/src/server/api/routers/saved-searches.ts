import { createSavedSearch, deleteSavedSearch, listSavedSearches, recordAuditEvents } from "@newsdesk/db/queries";
import { articleQuerySchema, emptyArticleQuery } from "../../../lib/article-query";
import { AppError } from "../app-error";
import { auditActor, createTRPCRouter, protectedProcedure } from "../trpc";
import { createSavedSearchInput, deleteSavedSearchInput, deleteSavedSearchOutput, savedSearchListOutput, savedSearchOutput } from "./saved-searches.schemas";

/** Saved searches belong to the user who saved them; any signed-in role may keep some (saving changes no article). */
export const savedSearchesRouter = createTRPCRouter({
  list: protectedProcedure.output(savedSearchListOutput).query(async ({ ctx }) => {
    const topics = await listSavedSearches(ctx.db, { userId: ctx.user.id });
    // A query saved by an older version may lack newer fields: parse it leniently, keeping what still validates.
    return topics.map((topic) => {
      const parsed = articleQuerySchema.safeParse(topic.query ?? {});
      return { id: topic.id, name: topic.name, createdAt: topic.createdAt, query: parsed.success ? parsed.data : emptyArticleQuery };
    });
  }),

  create: protectedProcedure
    .input(createSavedSearchInput)
    .output(savedSearchOutput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const topic = await createSavedSearch(tx, { name: input.name, query: input.query, createdById: ctx.user.id });
        await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action: "search.save", targetType: "topic", targetId: topic.id, after: { name: topic.name, query: input.query } }]);
        return { id: topic.id, name: topic.name, createdAt: topic.createdAt, query: input.query };
      }),
    ),

  delete: protectedProcedure
    .input(deleteSavedSearchInput)
    .output(deleteSavedSearchOutput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const topic = await deleteSavedSearch(tx, { id: input.id, userId: ctx.user.id });
        if (!topic) throw new AppError("NOT_FOUND", "No such saved search");
        await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action: "search.delete", targetType: "topic", targetId: topic.id, before: { name: topic.name } }]);
        return { id: topic.id };
      }),
    ),
});
