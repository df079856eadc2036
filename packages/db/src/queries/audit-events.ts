import { Prisma } from "../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

/** Dotted verbs, "<target>.<verb>": article.tag, article.untag, tag.create, tag.rename, tag.recolor, tag.merge,
 * tag.delete, user.create, user.update, user.password, upload.create, search.save, search.delete, session.sign-in … */
export interface AuditEventInput {
  actorId: string | null;
  /** Who, as text that survives the user's deletion (an email, "system", "cli:root"). */
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

export const auditEventSelect = {
  id: true,
  actorId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  at: true,
} satisfies Prisma.AuditEventSelect;
export type AuditEventRecord = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

function toData(event: AuditEventInput, at: Date): Prisma.AuditEventCreateManyInput {
  return {
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    ...(event.before != null ? { before: event.before } : {}),
    ...(event.after != null ? { after: event.after } : {}),
    at,
  };
}

/** Writes audit events; call it in the same transaction as the change it records. All share one timestamp. */
export async function recordAuditEvents(db: Db, events: AuditEventInput[]): Promise<number> {
  if (events.length === 0) return 0;
  const at = new Date();
  const result = await db.auditEvent.createMany({ data: events.map((event) => toData(event, at)) });
  return result.count;
}

export interface ListAuditEventsParams {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  /** The last event of the previous page (keyset: newest first by time, then id). */
  after?: { at: Date; id: string };
}

function whereOf(params: Omit<ListAuditEventsParams, "limit" | "after">): Prisma.AuditEventWhereInput {
  return {
    ...(params.actorId ? { actorId: params.actorId } : {}),
    ...(params.action ? { action: params.action } : {}),
    ...(params.targetType ? { targetType: params.targetType } : {}),
    ...(params.targetId ? { targetId: params.targetId } : {}),
    ...(params.from || params.to ? { at: { ...(params.from ? { gte: params.from } : {}), ...(params.to ? { lt: params.to } : {}) } } : {}),
  };
}

/** A page of events, newest first, plus whether there are more. */
export async function listAuditEvents(db: Db, params: ListAuditEventsParams): Promise<{ items: AuditEventRecord[]; hasMore: boolean }> {
  const where = whereOf(params);
  const keyset: Prisma.AuditEventWhereInput | undefined = params.after
    ? { OR: [{ at: { lt: params.after.at } }, { at: params.after.at, id: { lt: params.after.id } }] }
    : undefined;
  const rows = await db.auditEvent.findMany({
    where: keyset ? { AND: [where, keyset] } : where,
    select: auditEventSelect,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: params.limit + 1,
  });
  return { items: rows.slice(0, params.limit), hasMore: rows.length > params.limit };
}

/** The distinct actions and actors seen, for the audit page's filters. */
export async function listAuditFacets(db: Db): Promise<{ actions: string[]; actors: Array<{ id: string; label: string }> }> {
  const [actions, actors] = await Promise.all([
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditEvent.findMany({
      where: { actorId: { not: null } },
      distinct: ["actorId"],
      select: { actorId: true, actorLabel: true },
      orderBy: { actorId: "asc" },
    }),
  ]);
  return {
    actions: actions.map((row) => row.action),
    actors: actors.flatMap((row) => (row.actorId ? [{ id: row.actorId, label: row.actorLabel }] : [])),
  };
}

/** Events per UTC day for the filters given (the audit page's chart), oldest first, days without events as 0. */
export async function countAuditEventsPerDay(
  db: Db,
  params: Omit<ListAuditEventsParams, "limit" | "after" | "from" | "to"> & { from: Date; to: Date },
): Promise<Array<{ day: string; count: number }>> {
  const conditions = [Prisma.sql`"at" >= ${params.from}`, Prisma.sql`"at" < ${params.to}`];
  if (params.actorId) conditions.push(Prisma.sql`"actorId" = ${params.actorId}`);
  if (params.action) conditions.push(Prisma.sql`"action" = ${params.action}`);
  if (params.targetType) conditions.push(Prisma.sql`"targetType" = ${params.targetType}`);
  if (params.targetId) conditions.push(Prisma.sql`"targetId" = ${params.targetId}`);
  const rows = await db.$queryRaw<Array<{ day: string; count: number }>>`
    SELECT to_char(date_trunc('day', "at"), 'YYYY-MM-DD') AS "day", count(*)::int AS "count"
    FROM "AuditEvent" WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1`;
  const counts = new Map<string, number>();
  for (let day = startOfUtcDay(params.from); day < params.to; day = new Date(day.getTime() + 86_400_000)) {
    counts.set(day.toISOString().slice(0, 10), 0);
  }
  for (const row of rows) counts.set(row.day, Number(row.count));
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
