import { getArticle, listArticles } from "@newsdesk/db/queries";
import { articleViewOf } from "../../articles/article-view";
import { listParamsOf } from "../../articles/list-params";
import { AppError } from "../app-error";
import { createTRPCRouter, protectedProcedure } from "../trpc";
import {
  articleByIdInput,
  articleDetailOutput,
  articleLanguagesOutput,
  articleListInput,
  articleListOutput,
  articleSourcesOutput,
} from "./articles.schemas";

/** Reading the archive: every signed-in role. */
export const articlesRouter = createTRPCRouter({
  /** One keyset page of the list (search, filters, sort); pass `nextCursor` back for the next page. */
  list: protectedProcedure
    .input(articleListInput)
    .output(articleListOutput)
    .query(async ({ ctx, input }) => {
      const { cursor, limit, ...query } = input;
      try {
        return await listArticles(ctx.db, listParamsOf(query, { cursor, limit }));
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === "INVALID_CURSOR") throw new AppError("INVALID_CURSOR", (error as Error).message);
        throw error;
      }
    }),

  /** Every source, for the source filter (a small table: one row per news site). */
  sources: protectedProcedure.output(articleSourcesOutput).query(({ ctx }) =>
    ctx.db.source.findMany({ select: { id: true, domain: true, name: true, nameEn: true, synthetic: true }, orderBy: [{ synthetic: "asc" }, { nameEn: "asc" }] }),
  ),

  /**
   * The languages of the archive, for the language filter: whatever the parser found (RFA's Tibetan and
   * Uyghur services, VOA's English pages …), not a fixed list. One GROUP BY over the articles.
   */
  languages: protectedProcedure.output(articleLanguagesOutput).query(async ({ ctx }) => {
    const rows = await ctx.db.article.groupBy({ by: ["language"], _count: { _all: true } });
    return rows
      .map((row) => ({ language: row.language, count: row._count._all }))
      .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language));
  }),

  /** One article, its body sanitised on the server. */
  byId: protectedProcedure
    .input(articleByIdInput)
    .output(articleDetailOutput)
    .query(async ({ ctx, input }) => {
      const article = await getArticle(ctx.db, input.id);
      if (!article) throw new AppError("NOT_FOUND", "No such article");
      return articleViewOf(article, input.locale);
    }),
});
