import {
  aidCoverage,
  aidCumulativeTotals,
  aidMatrix,
  aidTimeline,
  countAidQueue,
  getAidFigure,
  isAidFigureError,
  listAidFigures,
  listAidParties,
  reviewAidFigure,
  undoAidFigureReview,
  type AidFigureRef,
  type AidReviewAction,
} from "@newsdesk/db/queries";
import type { PrismaClient } from "@newsdesk/db";
import type { SessionUser } from "../../auth/session-user";
import { articleFiltersOf, chartParamsOf, drillFiltersOf } from "../../aid/aid-filters";
import { AppError } from "../app-error";
import { auditActor, createTRPCRouter, editorProcedure, protectedProcedure } from "../trpc";
import {
  aidChartsInput,
  aidChartsOutput,
  aidCorrectInput,
  aidCountsInput,
  aidCountsOutput,
  aidDrillInput,
  aidFigureOutput,
  aidFigurePageOutput,
  aidPartiesOutput,
  aidQueueInput,
  aidReviewInput,
} from "./aid-figures.schemas";

/** The db package's typed refusals as the dashboard's error codes. */
function mapAidError(error: unknown): never {
  if (isAidFigureError(error)) {
    if (error.code === "AID_FIGURE_NOT_FOUND") throw new AppError("NOT_FOUND", error.message);
    if (error.code === "AID_FIGURE_CONFLICT") {
      throw new AppError("AID_FIGURE_CONFLICT", error.message, { version: error.current?.version ?? 0, state: error.current?.state ?? "unreviewed" });
    }
    if (error.code === "AID_FIGURE_NOTHING_TO_UNDO") throw new AppError("NOTHING_TO_UNDO", error.message);
  }
  if ((error as { code?: unknown } | null)?.code === "INVALID_CURSOR") throw new AppError("INVALID_CURSOR", (error as Error).message);
  throw error;
}

/** Runs one review action and returns the figure as it now stands (values, role, version). */
async function review(db: PrismaClient, user: SessionUser, ref: AidFigureRef & { expectedVersion: number }, action: AidReviewAction, note?: string | null) {
  try {
    await reviewAidFigure(db, { ...ref, action, ...(note !== undefined ? { note } : {}) }, auditActor(user));
  } catch (error) {
    mapAidError(error);
  }
  const figure = await getAidFigure(db, ref);
  if (!figure) throw new AppError("NOT_FOUND", "The figure is gone");
  return figure;
}

/**
 * Aid figures: the review queue (editors confirm, correct or reject; every change audited and versioned), the
 * charts with their drill-down, and the donors/recipients in use. Reading is open to every signed-in role.
 */
export const aidFiguresRouter = createTRPCRouter({
  queue: protectedProcedure
    .input(aidQueueInput)
    .output(aidFigurePageOutput)
    .query(async ({ ctx, input }) => {
      try {
        return await listAidFigures(ctx.db, {
          articles: articleFiltersOf(input.query),
          sort: "queue",
          includeReviewed: input.includeReviewed,
          cursor: input.cursor ?? null,
          limit: input.limit,
        });
      } catch (error) {
        mapAidError(error);
      }
    }),

  counts: protectedProcedure
    .input(aidCountsInput)
    .output(aidCountsOutput)
    .query(({ ctx, input }) => countAidQueue(ctx.db, { articles: articleFiltersOf(input.query) })),

  /** The sentences and articles behind one chart point, newest first. */
  drill: protectedProcedure
    .input(aidDrillInput)
    .output(aidFigurePageOutput)
    .query(async ({ ctx, input }) => {
      try {
        return await listAidFigures(ctx.db, {
          ...drillFiltersOf(input.query, input.params, input.drill),
          sort: "date",
          aidOrFlagged: false,
          cursor: input.cursor ?? null,
          limit: input.limit,
        });
      } catch (error) {
        mapAidError(error);
      }
    }),

  /** Every chart of the aid page for one set of filters, in one round trip. */
  charts: protectedProcedure
    .input(aidChartsInput)
    .output(aidChartsOutput)
    .query(async ({ ctx, input }) => {
      const params = chartParamsOf(input.query, input.params);
      const timeline = await aidTimeline(ctx.db, { ...params, groupBy: input.params.groupBy, granularity: input.params.granularity });
      const matrix = await aidMatrix(ctx.db, params);
      const cumulative = await aidCumulativeTotals(ctx.db, params);
      const coverage = await aidCoverage(ctx.db, params);
      return { timeline, matrix, cumulative, coverage };
    }),

  byRef: protectedProcedure
    .input(aidReviewInput.pick({ articleId: true, mentionKey: true }))
    .output(aidFigureOutput)
    .query(async ({ ctx, input }) => {
      const figure = await getAidFigure(ctx.db, input);
      if (!figure) throw new AppError("NOT_FOUND", "No such aid figure");
      return figure;
    }),

  parties: protectedProcedure.output(aidPartiesOutput).query(({ ctx }) => listAidParties(ctx.db)),

  confirm: editorProcedure
    .input(aidReviewInput)
    .output(aidFigureOutput)
    .mutation(({ ctx, input }) => review(ctx.db, ctx.user, input, { kind: "confirm" })),

  correct: editorProcedure
    .input(aidCorrectInput)
    .output(aidFigureOutput)
    .mutation(({ ctx, input }) => {
      const { fields, note, ...ref } = input;
      return review(ctx.db, ctx.user, ref, { kind: "correct", fields }, note);
    }),

  reject: editorProcedure
    .input(aidReviewInput)
    .output(aidFigureOutput)
    .mutation(({ ctx, input }) => review(ctx.db, ctx.user, input, { kind: "reject" })),

  /** Back to unreviewed (the queue shows it again). */
  reopen: editorProcedure
    .input(aidReviewInput)
    .output(aidFigureOutput)
    .mutation(({ ctx, input }) => review(ctx.db, ctx.user, input, { kind: "reopen" })),

  /** Undoes the latest decision on the figure that is not undone yet (keyboard "u"). */
  undo: editorProcedure
    .input(aidReviewInput)
    .output(aidFigureOutput)
    .mutation(async ({ ctx, input }) => {
      try {
        await undoAidFigureReview(ctx.db, input, auditActor(ctx.user));
      } catch (error) {
        mapAidError(error);
      }
      const figure = await getAidFigure(ctx.db, input);
      if (!figure) throw new AppError("NOT_FOUND", "The figure is gone");
      return figure;
    }),
});
