/**
 * One measured phase of the import bench, in its own process so that its peak memory is its own:
 * `node --import tsx bench/bench-phase.ts <pglite|postgres> <importer|floor> <count>` prints one JSON line.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDatabase, importRecords, migrateDatabase } from "../src/index.js";
import { prepareFile } from "../src/ingest/prepared-file.js";
import { bulkInsertFiles, loadTemplates, rawSqlOf, syntheticArchiveItems } from "../src/seed/index.js";
import type { PreparedFile } from "../src/ingest/prepared-file.js";

const [backend, method, countText] = process.argv.slice(2) as ["pglite" | "postgres", "importer" | "floor", string];
const count = Number(countText);
const chunkSize = 200;
const serverUrl = process.env.NEWSDESK_BENCH_DATABASE_URL || process.env.DATABASE_URL;

let cleanup = async () => {};
let url: string | null = null;
let dataDir: string | undefined;
if (backend === "postgres") {
  if (!serverUrl) throw new Error("set DATABASE_URL (or NEWSDESK_BENCH_DATABASE_URL) for the PostgreSQL phases");
  const schema = `nd_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const withSchema = new URL(serverUrl);
  withSchema.searchParams.set("schema", schema);
  url = withSchema.href;
  cleanup = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP SCHEMA "${schema}" CASCADE`);
    await client.end();
  };
} else {
  dataDir = await mkdtemp(join(tmpdir(), "newsdesk-bench-"));
  const dir = dataDir;
  cleanup = () => rm(dir, { recursive: true, force: true });
}

const database = await createDatabase({ url, ...(dataDir ? { dataDir } : {}) });
await migrateDatabase(database);
await loadTemplates(); // parse the corpus before the clock starts: both methods get the same records
const started = performance.now();
if (method === "importer") {
  await importRecords(database.db, syntheticArchiveItems({ count }), {
    actor: "bench",
    inputName: "synthetic records",
    inputKey: "bench",
    batchSize: chunkSize,
  });
} else {
  const sql = rawSqlOf(database);
  const batch = await database.db.importBatch.create({ data: { actor: "bench", inputName: "floor", inputKey: "floor" } });
  // Same pipelining as the importer: the next chunk is prepared while one is written.
  let chunk: PreparedFile[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const files = chunk;
    chunk = [];
    await writing;
    writing = sql.transaction((tx) => bulkInsertFiles(tx, files, { batchId: batch.id, onConflict: "fail" }));
  };
  for await (const item of syntheticArchiveItems({ count })) {
    chunk.push(prepareFile(item));
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  await writing;
}
const seconds = (performance.now() - started) / 1000;
const articles = await database.db.article.count();
await database.close();
await cleanup();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ backend, method, count, articles, seconds, recordsPerSecond: count / seconds, peakRssMb }));
process.exit(0);
