import { z } from "zod";

const day = z.iso.date();

export const auditFiltersInput = z.object({
  actorId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  targetType: z.string().max(32).optional(),
  targetId: z.string().max(128).optional(),
  /** Inclusive first day and last day (UTC), as YYYY-MM-DD. */
  from: day.optional(),
  to: day.optional(),
});

export const auditListInput = auditFiltersInput.extend({
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

const json: z.ZodType<unknown> = z.unknown();

export const auditEventOutput = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  /** The article's title or the tag's/user's name, when the target still exists. */
  targetLabel: z.string().nullable(),
  before: json,
  after: json,
  at: z.date(),
});

export const auditListOutput = z.object({ items: z.array(auditEventOutput), nextCursor: z.string().nullable() });
export const auditFacetsOutput = z.object({
  actions: z.array(z.string()),
  actors: z.array(z.object({ id: z.string(), label: z.string() })),
});
export const auditPerDayOutput = z.array(z.object({ day: z.string(), count: z.number().int() }));
