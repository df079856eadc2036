import type { Prisma } from "@newsdesk/db";
import { countAuditEventsPerDay, listAuditEvents, listAuditFacets, type AuditEventRecord } from "@newsdesk/db/queries";
import { decodeCursor, encodeCursor } from "../../pagination/cursor";
import { AppError } from "../app-error";
import { createTRPCRouter, protectedProcedure } from "../trpc";
import { auditFacetsOutput, auditFiltersInput, auditListInput, auditListOutput, auditPerDayOutput } from "./audit.schemas";

const dayMs = 86_400_000;

function range(input: { from?: string | undefined; to?: string | undefined }) {
  return {
    ...(input.from ? { from: new Date(`${input.from}T00:00:00Z`) } : {}),
    ...(input.to ? { to: new Date(new Date(`${input.to}T00:00:00Z`).getTime() + dayMs) } : {}),
  };
}

/** Names for the targets of a page of events (titles, tag names, emails), fetched in three small queries. */
async function targetLabels(db: Prisma.TransactionClient, events: AuditEventRecord[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(events.filter((event) => event.targetType === type).map((event) => event.targetId))];
  const [articles, tags, users] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids("article") } }, select: { id: true, title: true } }),
    db.tag.findMany({ where: { id: { in: ids("tag") } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, email: true } }),
  ]);
  return new Map([
    ...articles.map((row) => [`article:${row.id}`, row.title] as const),
    ...tags.map((row) => [`tag:${row.id}`, row.name] as const),
    ...users.map((row) => [`user:${row.id}`, row.email] as const),
  ]);
}

/** The audit log: every signed-in user may read who changed what (the newsroom's transparency rule). */
export const auditRouter = createTRPCRouter({
  list: protectedProcedure
    .input(auditListInput)
    .output(auditListOutput)
    .query(async ({ ctx, input }) => {
      let after: { at: Date; id: string } | undefined;
      if (input.cursor) {
        const decoded = decodeCursor(input.cursor);
        const at = typeof decoded?.at === "string" ? new Date(decoded.at) : null;
        if (!at || Number.isNaN(at.getTime()) || typeof decoded?.id !== "string") throw new AppError("INVALID_CURSOR", "Bad page cursor");
        after = { at, id: decoded.id };
      }
      const { items, hasMore } = await listAuditEvents(ctx.db, {
        ...(input.actorId ? { actorId: input.actorId } : {}),
        ...(input.action ? { action: input.action } : {}),
        ...(input.targetType ? { targetType: input.targetType } : {}),
        ...(input.targetId ? { targetId: input.targetId } : {}),
        ...range(input),
        limit: input.limit,
        ...(after ? { after } : {}),
      });
      const labels = await targetLabels(ctx.db, items);
      const last = items.at(-1);
      return {
        items: items.map((event) => ({ ...event, targetLabel: labels.get(`${event.targetType}:${event.targetId}`) ?? null })),
        nextCursor: hasMore && last ? encodeCursor({ at: last.at.toISOString(), id: last.id }) : null,
      };
    }),

  facets: protectedProcedure.output(auditFacetsOutput).query(({ ctx }) => listAuditFacets(ctx.db)),

  /** Events per day over the filtered range (default: the last 30 days), for the chart above the log. */
  perDay: protectedProcedure
    .input(auditFiltersInput)
    .output(auditPerDayOutput)
    .query(({ ctx, input }) => {
      const { from, to } = range(input);
      const end = to ?? new Date(Math.floor(Date.now() / dayMs) * dayMs + dayMs);
      const start = from ?? new Date(end.getTime() - 30 * dayMs);
      return countAuditEventsPerDay(ctx.db, {
        ...(input.actorId ? { actorId: input.actorId } : {}),
        ...(input.action ? { action: input.action } : {}),
        ...(input.targetType ? { targetType: input.targetType } : {}),
        ...(input.targetId ? { targetId: input.targetId } : {}),
        from: start,
        to: end,
      });
    }),
});
