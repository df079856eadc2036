import { z } from "zod";

/** A rates file is a few MB of text (the ECB's whole history since 1999 is about 2 MB). */
export const maxRatesFileBytes = 20 * 1024 * 1024;

/** multipart/form-data with one `file` field (tRPC passes FormData through untouched), and an optional `source`. */
export const importRatesInput = z.instanceof(FormData);

export const rateImportOutput = z.object({
  id: z.string(),
  source: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  days: z.number().int(),
  values: z.number().int(),
  currencies: z.array(z.string()),
  from: z.date(),
  to: z.date(),
  actorLabel: z.string(),
  at: z.date(),
  figuresUpdated: z.number().int(),
});
export const rateImportListOutput = z.array(rateImportOutput);

export const rateCoverageOutput = z.array(
  z.object({ currency: z.string(), first: z.string(), last: z.string(), days: z.number().int(), source: z.string() }),
);

export const importRatesOutput = z.object({
  importId: z.string(),
  days: z.number().int(),
  values: z.number().int(),
  currencies: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  figuresUpdated: z.number().int(),
  durationMs: z.number(),
});
