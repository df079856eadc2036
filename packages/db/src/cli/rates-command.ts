import { resolve } from "node:path";
import { userInfo } from "node:os";
import { defineCommand } from "citty";
import { migrateDatabase } from "../migrations/migrate.js";
import { listRateCoverage, listRateImports } from "../queries/exchange-rates.js";
import { importExchangeRates } from "../rates/import-rates.js";
import { isRatesFileError } from "../rates/rates-errors.js";
import { CliError } from "./cli-errors.js";
import { describeDatabase, withDatabase } from "./with-database.js";

function actorOf(given: string | undefined): string {
  if (given) return given;
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli:unknown";
  }
}

const importRates = defineCommand({
  meta: {
    name: "import",
    description: "Import a rates file in the ECB history layout (eurofxref-hist.csv), then re-compute every aid figure's USD/EUR value",
  },
  args: {
    file: { type: "positional", description: "The CSV file (unzip the ECB's eurofxref-hist.zip first)", required: true },
    source: { type: "string", description: "Source name stored with each rate (default: ECB euro foreign exchange reference rates)" },
    actor: { type: "string", description: "Who imports, for the audit log (default cli:<user>)" },
    json: { type: "boolean", description: "Print the summary as JSON" },
  },
  async run({ args }) {
    await withDatabase(async (database) => {
      await migrateDatabase(database);
      try {
        const summary = await importExchangeRates(database.db, resolve(args.file), {
          actor: actorOf(args.actor),
          ...(args.source ? { source: args.source } : {}),
        });
        if (args.json) {
          console.log(JSON.stringify(summary, null, 2));
          return;
        }
        console.log(
          [
            `${describeDatabase(database)}: imported ${summary.values.toLocaleString("en")} rates of ${summary.currencies.length} currencies`,
            `  days        ${summary.days.toLocaleString("en")} (${summary.from} to ${summary.to})`,
            `  source      ${summary.source}`,
            `  file        ${summary.fileName} (sha256 ${summary.sha256.slice(0, 12)}…)`,
            `  figures     ${summary.figuresUpdated.toLocaleString("en")} aid figures re-valued`,
            `  took        ${(summary.durationMs / 1000).toFixed(1)} s`,
          ].join("\n"),
        );
      } catch (error) {
        // A refused file is the user's to fix: one line naming the problem and its line, exit code 2.
        if (isRatesFileError(error)) throw new CliError(`${args.file}: ${error.message} (${error.code}); nothing was imported`);
        throw error;
      }
    });
  },
});

const status = defineCommand({
  meta: { name: "status", description: "Show which currencies have rates (first and last day) and the latest imports" },
  args: { json: { type: "boolean", description: "Print JSON: {coverage, imports}" } },
  async run({ args }) {
    await withDatabase(async (database) => {
      await migrateDatabase(database);
      const [coverage, imports] = [await listRateCoverage(database.db), await listRateImports(database.db, { limit: 5 })];
      if (args.json) {
        console.log(JSON.stringify({ coverage, imports }, null, 2));
        return;
      }
      if (coverage.length === 0) {
        console.log(`${describeDatabase(database)}: no exchange rates yet. Run \`newsdesk rates import eurofxref-hist.csv\`.`);
        return;
      }
      console.log(`${describeDatabase(database)}: rates for ${coverage.length} currencies (EUR is 1)`);
      for (const row of coverage) console.log(`  ${row.currency}  ${row.first} to ${row.last}  ${String(row.days).padStart(5)} days`);
      console.log("latest imports:");
      for (const row of imports) {
        console.log(`  ${row.at.toISOString().slice(0, 16)}  ${row.fileName}  ${row.values} rates  by ${row.actorLabel}  (${row.figuresUpdated} figures re-valued)`);
      }
    });
  },
});

export const ratesCommand = defineCommand({
  meta: { name: "rates", description: "Exchange rates for the aid figures' USD/EUR values" },
  subCommands: { import: importRates, status },
});
