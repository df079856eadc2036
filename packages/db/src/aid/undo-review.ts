import { Prisma } from "../generated/prisma/client.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { recordAuditEvents } from "../queries/audit-events.js";
import { AidFigureError } from "./aid-errors.js";
import { aidReviewStates, changedFields, fieldsFromJson } from "./figure-fields.js";
import type { AidReviewState } from "./figure-fields.js";
import { refreshAidFigures } from "./refresh-figures.js";
import { aidFigureAuditTarget, aidFigureTargetId } from "./review-figure.js";
import type { AidFigureRef, AidReviewOutcome, ReviewActor } from "./review-figure.js";

interface AuditRow {
  id: string;
  action: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
}

const asObject = (value: Prisma.JsonValue): Record<string, Prisma.JsonValue> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : {};

/**
 * Undoes the latest decision on a figure that is not undone yet: restores the review as that decision's audit
 * event recorded it before (an earlier decision, or none), as a new version. Pressing undo again walks further
 * back, because an undo records which event it undid and is never itself undone this way. The editor's version
 * must still be current, so an undo never reverts someone else's later change.
 */
export async function undoAidFigureReview(
  db: PrismaClient,
  input: AidFigureRef & { expectedVersion: number },
  actor: ReviewActor,
): Promise<AidReviewOutcome> {
  return db.$transaction(async (tx) => {
    const ref = { articleId: input.articleId, mentionKey: input.mentionKey };
    const locked = await tx.$queryRawUnsafe<Array<{ id: string }>>(`SELECT id FROM "Article" WHERE id = $1 FOR NO KEY UPDATE`, ref.articleId);
    if (locked.length === 0) throw new AidFigureError("AID_FIGURE_NOT_FOUND", "No such article");
    const review = await tx.aidFigureReview.findUnique({ where: { articleId_mentionKey: ref } });
    const current = review?.version ?? 0;
    if (current !== input.expectedVersion) {
      throw new AidFigureError("AID_FIGURE_CONFLICT", "Someone else changed this figure meanwhile; reload it", {
        version: current,
        state: review?.state ?? "unreviewed",
      });
    }
    const events = await tx.auditEvent.findMany({
      where: { targetType: aidFigureAuditTarget, targetId: aidFigureTargetId(ref), action: { startsWith: "aid-figure." } },
      select: { id: true, action: true, before: true, after: true },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 200,
    });
    const undone = new Set(events.filter((event) => event.action === "aid-figure.undo").map((event) => String(asObject(event.after).undoOf ?? "")));
    const target = events
      .filter((event): event is AuditRow => event.action !== "aid-figure.undo" && !undone.has(event.id))
      .sort((a, b) => Number(asObject(b.after).version ?? 0) - Number(asObject(a.after).version ?? 0))[0];
    if (!review || !target) throw new AidFigureError("AID_FIGURE_NOTHING_TO_UNDO", "Nothing to undo on this figure");

    const before = asObject(target.before);
    const state = (aidReviewStates as readonly string[]).includes(String(before.state)) ? (before.state as AidReviewState) : "unreviewed";
    const basis = fieldsFromJson(before.basis);
    const fields = fieldsFromJson(before.fields);
    const note = typeof before.note === "string" ? before.note : null;
    const json = (value: unknown) => (value ? (value as Prisma.InputJsonValue) : Prisma.DbNull);
    const updated = await tx.aidFigureReview.update({
      where: { articleId_mentionKey: ref },
      data: { state, basis: json(basis), fields: json(fields), note, reviewedById: actor.actorId, reviewedAt: new Date(), version: { increment: 1 } },
      select: { version: true },
    });
    const after = asObject(target.after);
    await recordAuditEvents(tx, [
      {
        ...actor,
        action: "aid-figure.undo",
        targetType: aidFigureAuditTarget,
        targetId: aidFigureTargetId(ref),
        before: { surface: after.surface ?? null, state: review.state, fields: review.fields, version: review.version } as Prisma.InputJsonValue,
        after: { surface: after.surface ?? null, state, basis, fields, note, version: updated.version, undoOf: target.id, undid: target.action } as Prisma.InputJsonValue,
      },
    ]);
    await refreshAidFigures(tx, [ref.articleId]);
    return { ...ref, state, version: updated.version, fields, changed: basis && fields ? changedFields(basis, fields) : [] };
  });
}
