import { z } from "zod";

/**
 * The aid pages' own URL state, next to the article filters they share with search (lib/article-query.ts):
 * chart currency, grouping, period and stage (`cur`, `by`, `per`, `stage`), and the queue's `reviewed` switch.
 * Used by the pages (URL ⇄ state), the router's inputs and the CSV export.
 */
export const aidTypes = ["military", "financial", "humanitarian", "mixed", "unspecified"] as const;
export const aidStatuses = ["proposed", "requested", "approved", "committed", "delivered", "unknown"] as const;
export const chartCurrencies = ["USD", "EUR"] as const;
export const chartDimensions = ["donor", "recipient", "aidType"] as const;
export const chartGranularities = ["month", "quarter", "year"] as const;

export type AidType = (typeof aidTypes)[number];
export type AidStatus = (typeof aidStatuses)[number];
export type ChartCurrency = (typeof chartCurrencies)[number];
export type ChartDimension = (typeof chartDimensions)[number];
export type ChartGranularity = (typeof chartGranularities)[number];

export const aidChartParamsSchema = z.object({
  currency: z.enum(chartCurrencies).default("USD"),
  groupBy: z.enum(chartDimensions).default("donor"),
  granularity: z.enum(chartGranularities).default("month"),
  /** Only figures at this stage (e.g. delivered); all stages when absent. */
  stage: z.enum(aidStatuses).optional(),
});
export type AidChartParams = z.infer<typeof aidChartParamsSchema>;

const param = { currency: "cur", groupBy: "by", granularity: "per", stage: "stage" } as const;

type ParamSource = { get(name: string): string | null };

/** Reads the chart parameters from the URL, dropping values that do not validate. */
export function aidChartParamsFromParams(params: ParamSource): AidChartParams {
  const result: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(param)) {
    const field = aidChartParamsSchema.shape[key as keyof typeof param];
    const parsed = field.safeParse(params.get(name) ?? undefined);
    if (parsed.success && parsed.data !== undefined) result[key] = parsed.data;
  }
  return aidChartParamsSchema.parse(result);
}

/** Adds the chart parameters that differ from the defaults to `params`. */
export function appendAidChartParams(params: URLSearchParams, value: AidChartParams): URLSearchParams {
  const defaults = aidChartParamsSchema.parse({});
  for (const [key, name] of Object.entries(param)) {
    const current = value[key as keyof AidChartParams];
    if (current !== undefined && current !== defaults[key as keyof AidChartParams]) params.set(name, current);
  }
  return params;
}

/** A figure's stable reference (its article and the digest of its sentence and words). */
export const aidFigureRefSchema = z.object({ articleId: z.string().min(1).max(128), mentionKey: z.string().min(1).max(64) });
export type AidFigureRef = z.infer<typeof aidFigureRefSchema>;

const partyName = z.string().trim().max(200).transform((value) => (value === "" ? null : value));

/** The correction form: what an editor may change on a figure (../shared/aid/POLICY.md fields). */
export const aidFiguresFieldsSchema = z
  .object({
    amount: z.number().finite().nonnegative(),
    amountHigh: z.number().finite().nonnegative().nullable(),
    currency: z
      .string()
      .trim()
      .transform((value) => value.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD")),
    isAid: z.boolean(),
    aidType: z.enum(aidTypes).nullable(),
    donor: partyName.nullable(),
    recipient: partyName.nullable(),
    status: z.enum(aidStatuses),
    cumulative: z.boolean(),
  })
  .refine((fields) => fields.amountHigh === null || fields.amountHigh >= fields.amount, { message: "below the amount", path: ["amountHigh"] });
export type AidFigureFieldsInput = z.input<typeof aidFiguresFieldsSchema>;

/** A chart point to drill into; "" stands for "not stated"; `exclude` lists the named series of an "other" point. */
export const aidDrillSchema = z.object({
  role: z.enum(["tranche", "cumulative", "left-out"]).default("tranche"),
  period: z.string().max(10).optional(),
  dimension: z.enum(chartDimensions).optional(),
  key: z.string().max(200).optional(),
  exclude: z.array(z.string().max(200)).max(100).optional(),
  donor: z.string().max(200).optional(),
  recipient: z.string().max(200).optional(),
  currency: z.string().max(3).optional(),
});
export type AidDrill = z.infer<typeof aidDrillSchema>;
