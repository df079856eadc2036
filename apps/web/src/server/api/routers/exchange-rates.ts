import { importExchangeRates, isRatesFileError } from "@newsdesk/db";
import { listRateCoverage, listRateImports } from "@newsdesk/db/queries";
import { AppError } from "../app-error";
import { adminProcedure, auditActor, createTRPCRouter, protectedProcedure } from "../trpc";
import { importRatesInput, importRatesOutput, maxRatesFileBytes, rateCoverageOutput, rateImportListOutput } from "./exchange-rates.schemas";

/**
 * Exchange rates for the aid figures' USD/EUR values. Admins import the ECB's history file (eurofxref-hist.csv);
 * everyone may see which currencies and days are covered. The import is all-or-nothing and re-values every figure.
 */
export const exchangeRatesRouter = createTRPCRouter({
  coverage: protectedProcedure.output(rateCoverageOutput).query(({ ctx }) => listRateCoverage(ctx.db)),

  imports: protectedProcedure.output(rateImportListOutput).query(({ ctx }) => listRateImports(ctx.db, { limit: 20 })),

  import: adminProcedure
    .input(importRatesInput)
    .output(importRatesOutput)
    .mutation(async ({ ctx, input }) => {
      const file = input.get("file");
      if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID_RATES_FILE", "Choose a non-empty CSV file");
      if (file.size > maxRatesFileBytes) throw new AppError("UPLOAD_TOO_LARGE", `Rates files are limited to ${maxRatesFileBytes / 1024 / 1024} MB`);
      const name = file.name.replace(/[\\/]/g, "_").slice(0, 255);
      try {
        const summary = await importExchangeRates(
          ctx.db,
          { name, bytes: new Uint8Array(await file.arrayBuffer()) },
          { actor: auditActor(ctx.user).actorLabel, actorId: ctx.user.id },
        );
        return {
          importId: summary.importId,
          days: summary.days,
          values: summary.values,
          currencies: summary.currencies,
          from: summary.from,
          to: summary.to,
          figuresUpdated: summary.figuresUpdated,
          durationMs: summary.durationMs,
        };
      } catch (error) {
        if (isRatesFileError(error)) throw new AppError("INVALID_RATES_FILE", error.message, { code: error.code, line: error.line ?? 0 });
        throw error;
      }
    }),
});
