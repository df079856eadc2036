/**
 * One timed round of the import bench, in its own process so that its peak memory is its own:
 * `node --import tsx bench/bench-phase.ts <pglite|postgres> <importer|floor> <target> <start> <end>` loads synthetic
 * records [start, end) into the target (a PostgreSQL URL or a PGlite data directory) and prints one JSON line.
 */
import { createDatabase, importRecords, migrateDatabase } from "../src/index.js";
import { prepareFile } from "../src/ingest/prepared-file.js";
import type { PreparedFile } from "../src/ingest/prepared-file.js";
import { bulkInsertFiles, loadTemplates, rawSqlOf, syntheticArchiveItems } from "../src/seed/index.js";

const [backend, method, target, startText, endText] = process.argv.slice(2) as [
  "pglite" | "postgres",
  "importer" | "floor",
  string,
  string,
  string,
];
const start = Number(startText);
const end = Number(endText);
const chunkSize = 200;

const database = await createDatabase(backend === "postgres" ? { url: target } : { url: null, dataDir: target });
await migrateDatabase(database);
await loadTemplates(); // parse the corpus before the clock starts: both methods get the same records
const records = syntheticArchiveItems({ count: end, start });
const started = performance.now();
if (method === "importer") {
  await importRecords(database.db, records, {
    actor: "bench",
    inputName: `synthetic records ${start}–${end}`,
    inputKey: `bench:${start}:${end}`,
    batchSize: chunkSize,
  });
} else {
  const sql = rawSqlOf(database);
  const batch = await database.db.importBatch.create({
    data: { actor: "bench", inputName: `floor ${start}–${end}`, inputKey: `floor:${start}:${end}` },
  });
  // Same pipelining as the importer: the next chunk is prepared while one is written.
  let chunk: PreparedFile[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const files = chunk;
    chunk = [];
    await writing;
    writing = sql.transaction((tx) => bulkInsertFiles(tx, files, { batchId: batch.id, onConflict: "fail" }));
  };
  for await (const item of records) {
    chunk.push(prepareFile(item));
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  await writing;
}
const seconds = (performance.now() - started) / 1000;
const articles = await database.db.article.count();
await database.close();
console.log(JSON.stringify({ seconds, articles, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
