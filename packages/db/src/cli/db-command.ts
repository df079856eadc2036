import { createInterface } from "node:readline/promises";
import { defineCommand } from "citty";
import { migrateDatabase, migrationStatus, resetDatabase } from "../migrations/migrate.js";
import { countDatabaseRows } from "../queries/database-counts.js";
import { CliError, exitCodes, reportCliError } from "./cli-errors.js";
import { describeDatabase, withDatabase } from "./with-database.js";

const migrate = defineCommand({
  meta: { name: "migrate", description: "Apply pending migrations (creates the embedded database on first use)" },
  async run() {
    await withDatabase(async (database) => {
      const { applied } = await migrateDatabase(database);
      console.log(
        applied.length === 0
          ? `${describeDatabase(database)}: already up to date.`
          : `${describeDatabase(database)}: applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`,
      );
    });
  },
});

const status = defineCommand({
  meta: { name: "status", description: "Show migrations and row counts" },
  args: { json: { type: "boolean", description: "Print JSON: {migrations, counts, database}" } },
  async run({ args }) {
    await withDatabase(async (database) => {
      const migrations = await migrationStatus(database);
      const counts = migrations.applied.length > 0 ? await countDatabaseRows(database.db) : null;
      if (args.json) {
        const report = { migrations, counts, database: { kind: database.kind, location: database.location } };
        console.log(JSON.stringify(report, null, 2));
        return;
      }
      console.log(describeDatabase(database));
      console.log(
        `migrations: ${migrations.applied.length} applied, ${migrations.pending.length} pending` +
          (migrations.failed.length ? `, FAILED: ${migrations.failed.join(", ")}` : "") +
          (migrations.edited.length ? `, edited since applied: ${migrations.edited.join(", ")}` : "") +
          (migrations.unknown.length ? `, unknown to this checkout: ${migrations.unknown.join(", ")}` : ""),
      );
      if (migrations.pending.length) console.log("run `npx newsdesk db migrate` to apply the pending ones.");
      if (counts) {
        for (const [name, value] of Object.entries(counts)) console.log(`  ${name.padEnd(18)} ${value}`);
      }
    });
  },
});

const reset = defineCommand({
  meta: { name: "reset", description: "Delete every table and row, then migrate from empty" },
  args: { yes: { type: "boolean", description: "Do not ask for confirmation" } },
  async run({ args }) {
    if (!args.yes && !process.stdin.isTTY) {
      reportCliError(new CliError("refusing to reset the database without --yes (it deletes all data)", exitCodes.usage));
      return;
    }
    await withDatabase(async (database) => {
      const where = describeDatabase(database);
      if (!args.yes) {
        const prompt = createInterface({ input: process.stdin, output: process.stdout });
        const answer = await prompt.question(`This deletes ALL data of the ${where}. Type "reset" to go on: `);
        prompt.close();
        if (answer.trim() !== "reset") throw new CliError("reset cancelled", exitCodes.usage);
      }
      const { applied } = await resetDatabase(database);
      console.log(`${where}: reset; applied ${applied.length} migration(s).`);
    });
  },
});

export const dbCommand = defineCommand({
  meta: { name: "db", description: "Migrate, reset, seed or inspect the database" },
  subCommands: {
    migrate,
    status,
    reset,
    seed: () => import("./seed-command.js").then((module) => module.seedCommand),
  },
});
