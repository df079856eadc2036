import { aidStatusSchema, aidTypeSchema } from "@newsdesk/parser";
import { z } from "zod";

/**
 * The fields of an aid figure an editor can confirm or correct (../shared/aid/POLICY.md): the amount as written
 * (lower bound of a range) and its upper bound, the ISO currency, whether it is aid, its kind, donor, recipient,
 * stage, and whether it is a running total. Sentence, surface and qualifier stay the parser's.
 */
export const aidFigureFieldsSchema = z
  .object({
    amount: z.number().finite().nonnegative(),
    amountHigh: z.number().finite().nonnegative().nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD"),
    isAid: z.boolean(),
    aidType: aidTypeSchema.nullable(),
    donor: z.string().trim().min(1).max(200).nullable(),
    recipient: z.string().trim().min(1).max(200).nullable(),
    status: aidStatusSchema,
    cumulative: z.boolean(),
  })
  .refine((fields) => fields.amountHigh === null || fields.amountHigh >= fields.amount, {
    message: "the upper bound is below the amount",
    path: ["amountHigh"],
  });

export type AidFigureFields = z.infer<typeof aidFigureFieldsSchema>;

export const aidFigureFieldNames = [
  "amount",
  "amountHigh",
  "currency",
  "isAid",
  "aidType",
  "donor",
  "recipient",
  "status",
  "cumulative",
] as const satisfies ReadonlyArray<keyof AidFigureFields>;

export type AidFigureFieldName = (typeof aidFigureFieldNames)[number];

/** What an editor decided: nothing yet, the figure as extracted, the figure with corrections, or not a figure. */
export const aidReviewStates = ["unreviewed", "confirmed", "corrected", "rejected"] as const;
export type AidReviewState = (typeof aidReviewStates)[number];

/** The policy's rule for non-aid mentions (no kind, stage unknown), applied to whatever an editor enters. */
export function normaliseFields(fields: AidFigureFields): AidFigureFields {
  return fields.isAid ? { ...fields } : { ...fields, aidType: null, status: "unknown" };
}

/** The names of the fields that differ (amounts compared to the cent, names as written). */
export function changedFields(before: AidFigureFields, after: AidFigureFields): AidFigureFieldName[] {
  return aidFigureFieldNames.filter((name) => {
    const a = before[name];
    const b = after[name];
    if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) >= 0.005;
    return a !== b;
  });
}

/** The stored review of a mention (AidFigureReview), as the overlay needs it. */
export interface ReviewOverlay {
  state: AidReviewState;
  /** The parser's fields when the editor decided. */
  basis: AidFigureFields | null;
  /** The fields the editor approved (confirmed: the basis; corrected: with corrections); null otherwise. */
  fields: AidFigureFields | null;
  version: number;
}

export interface EffectiveFigure {
  fields: AidFigureFields;
  state: AidReviewState;
  version: number;
  /** The parser now says something else than what the editor reviewed (a re-import with a better extractor). */
  outdated: boolean;
}

/**
 * The figure as the newsroom stands by it: the extracted mention overlaid by the editor's decision. A confirmed
 * or corrected figure keeps the editor's fields even when a re-import changes the parser's output (flagged as
 * outdated so the queue can show it again); a rejected figure keeps the parser's fields and is not counted.
 */
export function effectiveFigure(mention: AidFigureFields, review: ReviewOverlay | null): EffectiveFigure {
  if (!review || review.state === "unreviewed") {
    return { fields: { ...mention }, state: "unreviewed", version: review?.version ?? 0, outdated: false };
  }
  const outdated = review.basis !== null && changedFields(review.basis, mention).length > 0;
  const approved = review.state === "confirmed" || review.state === "corrected";
  return { fields: approved && review.fields ? { ...review.fields } : { ...mention }, state: review.state, version: review.version, outdated };
}

/** Reads stored JSON back as fields, or null when it does not hold valid fields (never trusted blindly). */
export function fieldsFromJson(value: unknown): AidFigureFields | null {
  const parsed = aidFigureFieldsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
