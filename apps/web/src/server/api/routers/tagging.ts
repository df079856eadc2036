import type { Prisma } from "@newsdesk/db";
import { addArticleTags, getTagsByIds, listRecentTagsOfUser, recordAuditEvents, removeArticleTags, suggestTagsForArticle, type ArticleTagPair, type AuditEventInput, type TagRecord } from "@newsdesk/db/queries";
import type { SessionUser } from "../../auth/session-user";
import { AppError } from "../app-error";
import { auditActor, createTRPCRouter, editorProcedure, protectedProcedure } from "../trpc";
import { addTagsInput, recentTagsOutput, removeTagsInput, suggestionsInput, suggestionsOutput, taggingChangeOutput } from "./tagging.schemas";

async function assertArticlesExist(tx: Prisma.TransactionClient, articleIds: string[]) {
  const unique = [...new Set(articleIds)];
  const found = await tx.article.count({ where: { id: { in: unique } } });
  if (found !== unique.length) throw new AppError("NOT_FOUND", `${unique.length - found} of the articles do not exist`);
}

/** One audit event per article changed, naming the tags, so an article's history reads on its own. */
function auditEventsFor(user: SessionUser, action: "article.tag" | "article.untag", pairs: ArticleTagPair[], tags: TagRecord[], undo: boolean): AuditEventInput[] {
  const names = new Map(tags.map((tag) => [tag.id, tag.name]));
  const byArticle = new Map<string, string[]>();
  for (const pair of pairs) byArticle.set(pair.articleId, [...(byArticle.get(pair.articleId) ?? []), pair.tagId]);
  return [...byArticle].map(([articleId, tagIds]) => ({
    ...auditActor(user),
    action,
    targetType: "article",
    targetId: articleId,
    after: { tags: tagIds.map((id) => names.get(id) ?? id), tagIds, ...(byArticle.size > 1 ? { bulk: byArticle.size } : {}), ...(undo ? { undo: true } : {}) },
  }));
}

/**
 * Tagging articles, one or many at once. Changes are (article, tag) pairs added or removed — never "set the tag
 * list to X" — so two editors working on the same article cannot overwrite each other. Each call returns the
 * pairs it changed, which the client keeps for undo.
 */
export const taggingRouter = createTRPCRouter({
  add: editorProcedure
    .input(addTagsInput)
    .output(taggingChangeOutput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const tags = await getTagsByIds(tx, { ids: [...new Set(input.tagIds)] });
        if (tags.length !== new Set(input.tagIds).size) throw new AppError("NOT_FOUND", "A tag does not exist");
        await assertArticlesExist(tx, input.articleIds);
        const pairs = await addArticleTags(tx, { articleIds: [...new Set(input.articleIds)], tagIds: tags.map((tag) => tag.id), createdById: ctx.user.id });
        await recordAuditEvents(tx, auditEventsFor(ctx.user, "article.tag", pairs, tags, input.undo));
        return { pairs, tags, articleCount: new Set(pairs.map((pair) => pair.articleId)).size };
      }),
    ),

  remove: editorProcedure
    .input(removeTagsInput)
    .output(taggingChangeOutput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const pairs = await removeArticleTags(tx, { pairs: input.pairs });
        const tags = await getTagsByIds(tx, { ids: [...new Set(pairs.map((pair) => pair.tagId))] });
        await recordAuditEvents(tx, auditEventsFor(ctx.user, "article.untag", pairs, tags, input.undo));
        return { pairs, tags, articleCount: new Set(pairs.map((pair) => pair.articleId)).size };
      }),
    ),

  /** Tags named like the article's entities, and tags common on similar articles. */
  suggestions: protectedProcedure
    .input(suggestionsInput)
    .output(suggestionsOutput)
    .query(async ({ ctx, input }) => {
      const suggestions = await suggestTagsForArticle(ctx.db, { articleId: input.articleId, limit: 8 });
      return suggestions.map(({ tag, reason }) => ({ tag, reason }));
    }),

  /** The tags this user applied last (the picker's number keys). */
  recent: protectedProcedure.output(recentTagsOutput).query(({ ctx }) => listRecentTagsOfUser(ctx.db, { userId: ctx.user.id, limit: 9 })),
});
