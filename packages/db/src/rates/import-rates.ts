import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { refreshAllAidFigures } from "../aid/refresh-figures.js";
import { recordAuditEvents } from "../queries/audit-events.js";
import { emptyHistorySummary, readEcbHistory } from "./ecb-history.js";
import type { EcbDay } from "./ecb-history.js";
import { RatesFileError } from "./rates-errors.js";

/** A rates file: a path (the CLI) or an upload's bytes with its name (the dashboard). */
export type RatesInput = string | { name: string; bytes: Uint8Array };

export interface ImportRatesOptions {
  /** Who imports, as text ("cli:ann", an email). */
  actor: string;
  actorId?: string | null;
  /** Where the rates come from, stored on every rate and shown beside every converted figure. */
  source?: string;
  /** Days per statement (default 400 ≈ 16,000 rates). */
  batchDays?: number;
  /** Skip re-computing the figures' USD/EUR values afterwards (tests of the import alone). */
  skipRefresh?: boolean;
}

export interface RateImportSummary {
  importId: string;
  source: string;
  fileName: string;
  sha256: string;
  days: number;
  values: number;
  currencies: string[];
  from: string;
  to: string;
  figuresUpdated: number;
  durationMs: number;
}

export const ecbSourceName = "ECB euro foreign exchange reference rates";

/** Text chunks of the input, hashing its bytes on the way (the file is read once). */
async function* chunksOf(input: RatesInput, hash: ReturnType<typeof createHash>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  if (typeof input === "string") {
    for await (const chunk of createReadStream(input, { highWaterMark: 64 * 1024 })) {
      hash.update(chunk as Buffer);
      yield decoder.write(chunk as Buffer);
    }
  } else {
    for (let start = 0; start < input.bytes.byteLength; start += 64 * 1024) {
      const chunk = Buffer.from(input.bytes.subarray(start, start + 64 * 1024));
      hash.update(chunk);
      yield decoder.write(chunk);
    }
  }
  yield decoder.end();
}

const upsertRatesSql = `
INSERT INTO "ExchangeRate" (currency, date, "perEur", source, "importId")
SELECT r.currency, r.date, r."perEur", $2, $3
  FROM json_to_recordset($1::json) AS r(currency text, date date, "perEur" numeric)
 ORDER BY r.currency, r.date
ON CONFLICT (currency, date) DO UPDATE SET "perEur" = EXCLUDED."perEur", source = EXCLUDED.source, "importId" = EXCLUDED."importId"`;

/**
 * Imports a rates file in the ECB's history layout (`eurofxref-hist.csv`): every (currency, day) rate is inserted
 * or replaced, in one transaction with its RateImport row and an audit event, so a refused file (a typed
 * RatesFileError naming the line) changes nothing. The file is read line by line. Afterwards every aid figure's
 * USD/EUR value is re-computed at the new rates.
 */
export async function importExchangeRates(db: PrismaClient, input: RatesInput, options: ImportRatesOptions): Promise<RateImportSummary> {
  const started = Date.now();
  if (typeof input === "string") {
    try {
      await stat(input);
    } catch {
      throw new RatesFileError("FILE_NOT_FOUND", `Cannot read ${input}: no such file`);
    }
  }
  const fileName = typeof input === "string" ? basename(input) : input.name;
  const source = options.source ?? ecbSourceName;
  const batchDays = Math.max(1, options.batchDays ?? 400);
  const hash = createHash("sha256");
  const summary = emptyHistorySummary();

  const imported = await db.$transaction(
    async (tx) => {
      const placeholder = new Date(0);
      const row = await tx.rateImport.create({
        data: { source, fileName, sha256: "", days: 0, values: 0, currencies: [], from: placeholder, to: placeholder, importedById: options.actorId ?? null, actorLabel: options.actor },
        select: { id: true },
      });
      let batch: EcbDay[] = [];
      const flush = async () => {
        const rates = batch.flatMap((day) => day.rates.map((rate) => ({ currency: rate.currency, date: day.date, perEur: rate.perEur })));
        if (rates.length > 0) await tx.$executeRawUnsafe(upsertRatesSql, JSON.stringify(rates), source, row.id);
        batch = [];
      };
      for await (const day of readEcbHistory(chunksOf(input, hash), summary)) {
        batch.push(day);
        if (batch.length >= batchDays) await flush();
      }
      await flush();
      if (summary.values === 0 || summary.from === null || summary.to === null) throw new RatesFileError("NO_RATES", "the file holds no rate");
      const sha256 = hash.digest("hex");
      await tx.rateImport.update({
        where: { id: row.id },
        data: {
          sha256,
          days: summary.days,
          values: summary.values,
          currencies: summary.currencies,
          from: new Date(`${summary.from}T00:00:00Z`),
          to: new Date(`${summary.to}T00:00:00Z`),
        },
      });
      await recordAuditEvents(tx, [
        {
          actorId: options.actorId ?? null,
          actorLabel: options.actor,
          action: "rates.import",
          targetType: "rate-import",
          targetId: row.id,
          after: { fileName, sha256, source, days: summary.days, values: summary.values, from: summary.from, to: summary.to } as Prisma.InputJsonValue,
        },
      ]);
      return { importId: row.id, sha256, from: summary.from, to: summary.to };
    },
    { maxWait: 60_000, timeout: 600_000 },
  );

  let figuresUpdated = 0;
  if (!options.skipRefresh) {
    figuresUpdated = (await refreshAllAidFigures(db)).figures;
    await db.rateImport.update({ where: { id: imported.importId }, data: { figuresUpdated } });
  }
  return {
    importId: imported.importId,
    source,
    fileName,
    sha256: imported.sha256,
    days: summary.days,
    values: summary.values,
    currencies: summary.currencies,
    from: imported.from,
    to: imported.to,
    figuresUpdated,
    durationMs: Date.now() - started,
  };
}
