import { readFileSync } from "node:fs";
import { z } from "zod";
import { aidStatusSchema, aidTypeSchema, moneyQualifierSchema } from "../src/schema/money-mention.js";

/**
 * A gold evaluation record, in the field names of ../shared/aid/POLICY.md: file, sentence, mention,
 * amount, currency, qualifier, rangeMax, isAid, aidType, donor, recipient, status (note optional).
 * The older snippet labels ("nearly", "several", `amountHigh`) are read as the policy maps them.
 */

const POLICY_QUALIFIERS: Readonly<Record<string, string>> = { nearly: "approx", several: "over" };

export const goldMentionSchema = z
  .object({
    file: z.string().min(1),
    sentence: z.string(),
    mention: z.string().min(1),
    amount: z.number().nonnegative(),
    currency: z.string().length(3),
    qualifier: z.preprocess((q) => (typeof q === "string" ? (POLICY_QUALIFIERS[q] ?? q) : q), moneyQualifierSchema),
    rangeMax: z.number().nonnegative().nullable().optional(),
    amountHigh: z.number().nonnegative().nullable().optional(),
    isAid: z.boolean(),
    aidType: aidTypeSchema.nullable().optional(),
    donor: z.string().nullable(),
    recipient: z.string().nullable(),
    status: aidStatusSchema.optional(),
    note: z.string().optional(),
  })
  .transform(({ amountHigh, rangeMax, ...rest }) => ({ ...rest, rangeMax: rangeMax ?? amountHigh ?? null }));

export type GoldMention = z.infer<typeof goldMentionSchema>;

/** A gold file that cannot be read, with every bad line and why. */
export class GoldFileError extends Error {
  constructor(
    readonly path: string,
    readonly issues: readonly { line: number; message: string }[],
  ) {
    super(`${path}: ${issues.length} bad line(s)\n${issues.map((i) => `  line ${i.line}: ${i.message}`).join("\n")}`);
    this.name = "GoldFileError";
  }
}

/** Reads a gold JSONL file; blank lines are skipped, any bad line fails the whole file. */
export function readGold(path: string): GoldMention[] {
  const gold: GoldMention[] = [];
  const issues: { line: number; message: string }[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((text, i) => {
      if (text.trim() === "") return;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        issues.push({ line: i + 1, message: `not JSON (${(error as Error).message})` });
        return;
      }
      const parsed = goldMentionSchema.safeParse(json);
      if (parsed.success) gold.push(parsed.data);
      else issues.push({ line: i + 1, message: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") });
    });
  if (issues.length > 0) throw new GoldFileError(path, issues);
  return gold;
}
