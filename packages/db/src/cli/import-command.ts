import { availableParallelism, userInfo } from "node:os";
import { resolve } from "node:path";
import { defineCommand } from "citty";
import { importArchive } from "../ingest/import-archive.js";
import { migrateDatabase } from "../migrations/migrate.js";
import { CliError, exitCodes } from "./cli-errors.js";
import { ImportProgressLine, countInputFiles, formatSummary } from "./import-progress.js";
import { describeDatabase, withDatabase } from "./with-database.js";

export const importCommand = defineCommand({
  meta: {
    name: "import",
    description: "Import archive files: files, folders, .zip, .tar.gz (re-running the same paths resumes an interrupted import)",
  },
  args: {
    paths: { type: "positional", description: "Files, folders or archives", required: true },
    jobs: { type: "string", description: "Parser threads (default: CPUs)" },
    "batch-size": { type: "string", description: "Files per transaction (default 200)" },
    actor: { type: "string", description: "Who imports, for the import history (default cli:<user>)" },
    json: { type: "boolean", description: "Print the summary as JSON" },
    "fail-on-errors": { type: "boolean", description: "Exit with code 4 when a file failed to parse" },
  },
  async run({ args }) {
    const paths = [args.paths, ...args._.filter((value) => value !== args.paths)].filter(Boolean).map((path) => resolve(path));
    const jobs = args.jobs ? Number(args.jobs) : Math.max(1, availableParallelism());
    const batchSize = args["batch-size"] ? Number(args["batch-size"]) : 200;
    if (!Number.isInteger(jobs) || jobs < 1) throw new CliError(`--jobs must be a positive integer (got ${args.jobs})`);
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new CliError(`--batch-size must be a positive integer (got ${args["batch-size"]})`);
    }
    await withDatabase(async (database) => {
      // A new embedded database is created and migrated on first use, so that `newsdesk import` just works.
      await migrateDatabase(database);
      const total = await countInputFiles(paths).catch(() => null);
      const line = new ImportProgressLine(process.stderr, total);
      const summary = await importArchive(database.db, paths, {
        actor: args.actor ?? `cli:${safeUserName()}`,
        jobs,
        batchSize,
        onProgress: (progress) => line.update(progress),
      });
      line.clear();
      console.log(args.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, describeDatabase(database)));
      if (args["fail-on-errors"] && summary.counts.failed > 0) process.exitCode = exitCodes.importHadFailures;
    });
  },
});

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
