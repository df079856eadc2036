import { z } from "zod";

/**
 * A money mention found in an article's title or text, recorded as ../shared/aid/POLICY.md describes.
 * Amounts are in whole currency units (亿 = 1e8 …), as written; conversion to USD/EUR happens in storage.
 */
export const moneyQualifierSchema = z.enum(["exact", "approx", "over", "under", "up_to", "at_least", "range"]);
export type MoneyQualifier = z.infer<typeof moneyQualifierSchema>;

export const aidTypeSchema = z.enum(["military", "financial", "humanitarian", "mixed", "unspecified"]);
export type AidType = z.infer<typeof aidTypeSchema>;

export const aidStatusSchema = z.enum(["proposed", "requested", "approved", "committed", "delivered", "unknown"]);
export type AidStatus = z.infer<typeof aidStatusSchema>;

export const moneyMentionSchema = z.object({
  /** Where the mention stands: the title (line 2 of the file) or the plain `text` of the record. */
  field: z.enum(["title", "text"]),
  /** Exact substring of `field` (qualifier word, number, scale word, currency), e.g. "约770亿美元". */
  surface: z.string(),
  /** The sentence that holds the mention (an exact substring of `field`). */
  sentence: z.string(),
  /** Character offsets (UTF-16 code units, end exclusive) of `surface` within `field`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Value in whole currency units; the lower bound of a range. */
  amount: z.number().nonnegative(),
  /** Upper bound, only for `qualifier` = "range". */
  amountHigh: z.number().nonnegative().nullable(),
  /** ISO 4217 code. */
  currency: z.string().length(3),
  /** True when the currency word was elided and taken from the same sentence. */
  currencyInferred: z.boolean(),
  qualifier: moneyQualifierSchema,
  /** Vague amount (数十亿): `amount` is the floor the scale word names. */
  vague: z.boolean(),
  isAid: z.boolean(),
  aidType: aidTypeSchema.nullable(),
  /** Canonical English names as in the policy ("United States", "European Union"), null when not stated. */
  donor: z.string().nullable(),
  /** Canonical English name(s), several joined with "; " in text order, null when not stated. */
  recipient: z.string().nullable(),
  status: aidStatusSchema,
  /** A running total ("自战争开始以来…已提供了约770亿美元") rather than a new tranche. */
  cumulative: z.boolean(),
  /** Index (in the record's `moneyMentions`) of the mention this one converts, e.g. "（约320亿美元）" → "500亿澳币". */
  equivalentOf: z.number().int().nonnegative().nullable(),
  /** The words that decided isAid / aidType / donor / recipient / status. */
  evidence: z.array(z.string()),
  /** Whether an editor should look at it, and why (codes such as "low-confidence-aid", "no-donor"). */
  review: z.object({ needed: z.boolean(), reasons: z.array(z.string()) }),
});
export type MoneyMention = z.infer<typeof moneyMentionSchema>;
