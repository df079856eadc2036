import { createDatabase } from "../client/create-database.js";
import { importArchive } from "../ingest/import-archive.js";
import { migrateDatabase } from "../migrations/migrate.js";

/**
 * A separate process that imports the given paths into the configured database (DATABASE_URL, else
 * NEWSDESK_DATA_DIR) and prints "committed <n>" after every committed chunk: the crash test kills it mid-import.
 * Run as `node --import tsx src/testing/import-child.ts <batch size> <paths…>`.
 */
const [batchSize, ...paths] = process.argv.slice(2);
const database = await createDatabase();
await migrateDatabase(database);
process.stdout.write("ready\n");
const summary = await importArchive(database.db, paths, {
  actor: "test:child",
  jobs: 1,
  batchSize: Number(batchSize),
  onProgress: (progress) => process.stdout.write(`committed ${progress.committed}\n`),
});
process.stdout.write(`done ${JSON.stringify(summary.counts)}\n`);
await database.close();
process.exit(0);
