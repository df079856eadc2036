import { Prisma } from "../generated/prisma/client.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { recordAuditEvents } from "../queries/audit-events.js";
import { AidFigureError } from "./aid-errors.js";
import { changedFields, fieldsFromJson, normaliseFields } from "./figure-fields.js";
import type { AidFigureFieldName, AidFigureFields, AidReviewState } from "./figure-fields.js";
import { refreshAidFigures } from "./refresh-figures.js";

type Tx = Prisma.TransactionClient;

/** What an editor does with a figure. Confirming keeps what is shown (including an earlier correction). */
export type AidReviewAction =
  | { kind: "confirm" }
  | { kind: "correct"; fields: AidFigureFields }
  | { kind: "reject" }
  | { kind: "reopen" };

export interface AidFigureRef {
  articleId: string;
  mentionKey: string;
}

export interface ReviewAidFigureInput extends AidFigureRef {
  /** The review version the editor saw (0: never reviewed); another value means someone else changed it. */
  expectedVersion: number;
  action: AidReviewAction;
  note?: string | null;
}

export interface ReviewActor {
  actorId: string | null;
  actorLabel: string;
}

export interface AidReviewOutcome extends AidFigureRef {
  state: AidReviewState;
  version: number;
  fields: AidFigureFields | null;
  changed: AidFigureFieldName[];
}

/** The review as audit events record it (before/after), enough to restore it on undo. */
interface ReviewSnapshot {
  state: AidReviewState;
  basis: AidFigureFields | null;
  fields: AidFigureFields | null;
  note: string | null;
  version: number;
}

export const aidFigureAuditTarget = "aid-figure";
export const aidFigureTargetId = (ref: AidFigureRef) => `${ref.articleId}/${ref.mentionKey}`;

/** The figure fields of a MoneyMention or AidFigure row (alias `t`), amounts as numbers. */
const fieldsSql = `t.amount::float8 AS amount, t."amountHigh"::float8 AS "amountHigh", t.currency, t."isAid", t."aidType", t.donor,
  t.recipient, t.status, t.cumulative`;

function fieldsOf(row: Record<string, unknown>): AidFigureFields {
  const fields = fieldsFromJson({ ...row, amount: Number(row.amount), amountHigh: row.amountHigh === null ? null : Number(row.amountHigh) });
  if (!fields) throw new AidFigureError("AID_FIGURE_INVALID", "The stored figure does not hold valid fields");
  return fields;
}

/** Locks the article (serialising reviews of its figures with each other and with a re-import) and reads the figure. */
async function loadFigure(tx: Tx, ref: AidFigureRef) {
  const locked = await tx.$queryRawUnsafe<Array<{ id: string }>>(`SELECT id FROM "Article" WHERE id = $1 FOR NO KEY UPDATE`, ref.articleId);
  if (locked.length === 0) throw new AidFigureError("AID_FIGURE_NOT_FOUND", "No such article");
  const [figure] = await tx.$queryRawUnsafe<Array<Record<string, unknown> & { mentionId: string; surface: string }>>(
    `SELECT t."mentionId", m.surface, ${fieldsSql}
       FROM "AidFigure" t JOIN "MoneyMention" m ON m.id = t."mentionId"
      WHERE t."articleId" = $1 AND t."mentionKey" = $2`,
    ref.articleId,
    ref.mentionKey,
  );
  if (!figure) throw new AidFigureError("AID_FIGURE_NOT_FOUND", "No such aid figure (the article may have been re-imported without it)");
  const [mention] = await tx.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT ${fieldsSql} FROM "MoneyMention" t WHERE t.id = $1`, figure.mentionId);
  const review = await tx.aidFigureReview.findUnique({ where: { articleId_mentionKey: { articleId: ref.articleId, mentionKey: ref.mentionKey } } });
  const snapshot: ReviewSnapshot | null = review
    ? { state: review.state, basis: fieldsFromJson(review.basis), fields: fieldsFromJson(review.fields), note: review.note, version: review.version }
    : null;
  return { surface: figure.surface, shown: fieldsOf(figure), extracted: fieldsOf(mention!), review: snapshot };
}

function assertVersion(review: ReviewSnapshot | null, expected: number): void {
  const current = review?.version ?? 0;
  if (current !== expected) {
    throw new AidFigureError("AID_FIGURE_CONFLICT", "Someone else changed this figure meanwhile; reload it", {
      version: current,
      state: review?.state ?? "unreviewed",
    });
  }
}

async function writeReview(tx: Tx, ref: AidFigureRef, next: Omit<ReviewSnapshot, "version">, actor: ReviewActor, previous: ReviewSnapshot | null) {
  const json = (value: AidFigureFields | null) => (value ? (value as Prisma.InputJsonValue) : Prisma.DbNull);
  const data = {
    state: next.state,
    basis: json(next.basis),
    fields: json(next.fields),
    note: next.note,
    reviewedById: actor.actorId,
    reviewedAt: new Date(),
  };
  const row = previous
    ? await tx.aidFigureReview.update({ where: { articleId_mentionKey: ref }, data: { ...data, version: { increment: 1 } }, select: { version: true } })
    : await tx.aidFigureReview.create({ data: { ...ref, ...data, version: 1 }, select: { version: true } });
  return row.version;
}

/**
 * Confirms, corrects, rejects or re-opens one figure: checks the version the editor saw, stores the decision
 * keyed by the mention's stable key, writes an audit event with before and after, and re-derives the article's
 * figures (values, roles) in the same transaction.
 */
export async function reviewAidFigure(db: PrismaClient, input: ReviewAidFigureInput, actor: ReviewActor): Promise<AidReviewOutcome> {
  return db.$transaction(async (tx) => {
    const ref = { articleId: input.articleId, mentionKey: input.mentionKey };
    const { surface, shown, extracted, review } = await loadFigure(tx, ref);
    assertVersion(review, input.expectedVersion);
    const note = input.note === undefined ? (review?.note ?? null) : input.note;
    let next: Omit<ReviewSnapshot, "version">;
    switch (input.action.kind) {
      case "confirm":
      case "correct": {
        const fields = input.action.kind === "confirm" ? shown : normaliseFields(input.action.fields);
        next = { state: changedFields(extracted, fields).length > 0 ? "corrected" : "confirmed", basis: extracted, fields, note };
        break;
      }
      case "reject":
        next = { state: "rejected", basis: extracted, fields: null, note };
        break;
      case "reopen":
        next = { state: "unreviewed", basis: null, fields: null, note };
        break;
    }
    const version = await writeReview(tx, ref, next, actor, review);
    const changed = next.fields ? changedFields(extracted, next.fields) : [];
    await recordAuditEvents(tx, [
      {
        ...actor,
        action: `aid-figure.${input.action.kind}`,
        targetType: aidFigureAuditTarget,
        targetId: aidFigureTargetId(ref),
        before: { surface, ...(review ?? { state: "unreviewed", basis: null, fields: null, note: null, version: 0 }) } as Prisma.InputJsonValue,
        after: { surface, ...next, version, changed } as Prisma.InputJsonValue,
      },
    ]);
    await refreshAidFigures(tx, [ref.articleId]);
    return { ...ref, state: next.state, version, fields: next.fields, changed };
  });
}
