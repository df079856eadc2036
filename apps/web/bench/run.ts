/**
 * Dashboard bench: 1,000,000 synthetic articles in PostgreSQL, then p50/p95 latency of the list, search and article
 * procedures through the HTTP endpoint of `next start`, at 1 and 20 concurrent clients. Prints a Markdown table.
 *
 *   npm run build -w @newsdesk/web && npm run bench -w @newsdesk/web
 *   NEWSDESK_BENCH_DATABASE_URL=postgresql://…/newsdesk_bench  NEWSDESK_BENCH_ARTICLES=1000000  NEWSDESK_BENCH_REQUESTS=400
 *
 * Seeding uses the db package's bulk loader (resumable: a stopped run continues; a full database is reused).
 * Targets: p95 < 100 ms for list and article, < 300 ms for search.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createDatabase, migrateDatabase } from "@newsdesk/db";
import { createUser, getUserCredentialsByEmail } from "@newsdesk/db/queries";
import { loadSyntheticArticles } from "@newsdesk/db/seed";
import { hashPassword } from "../src/server/auth/password";
import { measure, type LatencySummary } from "./latency";
import { TrpcHttp } from "./trpc-http";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const databaseUrl = process.env.NEWSDESK_BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/newsdesk_bench";
const articleCount = Number(process.env.NEWSDESK_BENCH_ARTICLES ?? 1_000_000);
const requestsPerRun = Number(process.env.NEWSDESK_BENCH_REQUESTS ?? 400);
const benchUser = { email: "bench@newsdesk.local", password: "bench-password-not-secret" };
/** Search terms an editor types: common and rare, Simplified and Traditional, Chinese and English. */
const searchTerms = ["乌克兰", "烏克蘭", "北约", "美国 援助", "台湾", "选举", "疫情", "经济", "俄罗斯", "香港", "气候", "NATO", "援助 乌克兰", "联合国", "人权"];

async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Secondary indexes the bulk loader does not need: dropped while a large load runs and built once at the end (one
 * CREATE INDEX over the full table is far faster than maintaining a GIN index row by row; it doubled the load
 * rate here). Definitions as in the db package's migrations; always re-created if missing, so an interrupted load
 * never leaves the bench without its search index.
 */
const indexBuildMemory = process.env.NEWSDESK_BENCH_INDEX_MEMORY ?? "1GB";
const deferredIndexes = [{ name: "Article_searchVector_idx", create: `CREATE INDEX IF NOT EXISTS "Article_searchVector_idx" ON "Article" USING GIN ("searchVector")` }];

async function prepare(): Promise<{ articleIds: string[] }> {
  await ensureDatabaseExists(databaseUrl);
  const database = await createDatabase({ url: databaseUrl, poolSize: 4 });
  try {
    await migrateDatabase(database);
    const [{ count: stored } = { count: 0 }] = await database.db.$queryRawUnsafe<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM "Article"`);
    if (articleCount - stored > 50_000) {
      for (const index of deferredIndexes) await database.db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${index.name}"`);
    }
    const started = performance.now();
    let lastPrint = 0;
    const result = await loadSyntheticArticles(database, {
      count: articleCount,
      onProgress: ({ done, inserted }) => {
        if (performance.now() - lastPrint < 10_000 && done < articleCount) return;
        lastPrint = performance.now();
        const rate = inserted / ((performance.now() - started) / 1000);
        console.error(`[bench] seeding: ${done.toLocaleString()} / ${articleCount.toLocaleString()} (${Math.round(rate)} new articles/s)`);
      },
    });
    console.error(`[bench] seeded: ${result.inserted.toLocaleString()} inserted, ${result.skipped.toLocaleString()} already there`);
    const present = new Set(
      (await database.db.$queryRawUnsafe<Array<{ indexname: string }>>(`SELECT indexname FROM pg_indexes WHERE tablename = 'Article'`)).map((row) => row.indexname),
    );
    const missing = deferredIndexes.filter((one) => !present.has(one.name));
    for (const index of missing) {
      const t0 = performance.now();
      // A GIN build flushes its in-memory entries whenever maintenance_work_mem (default 64 MB) fills: ~930 terms
      // per article make that thousands of merges at a million articles. One connection, so the SET applies to
      // the build (and Prisma's transaction timeout does not).
      const connection = await database.pgPool!.connect();
      try {
        await connection.query(`SET maintenance_work_mem = '${indexBuildMemory}'`);
        await connection.query(index.create);
        await connection.query("RESET maintenance_work_mem");
      } finally {
        connection.release();
      }
      console.error(`[bench] built ${index.name} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    // Statistics older than the newest migration may predate a statistics target it set (search_vector_statistics).
    const [{ stale } = { stale: true }] = await database.db.$queryRawUnsafe<Array<{ stale: boolean }>>(
      `SELECT coalesce(greatest(last_analyze, last_autoanalyze), '-infinity') < (SELECT max(finished_at) FROM "_prisma_migrations") AS stale
         FROM pg_stat_user_tables WHERE relname = 'Article' AND schemaname = current_schema()`,
    );
    if (result.inserted > 0 || missing.length > 0 || stale) {
      const t0 = performance.now();
      await database.db.$executeRawUnsafe("ANALYZE");
      console.error(`[bench] analysed in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    if (!(await getUserCredentialsByEmail(database.db, { email: benchUser.email }))) {
      await createUser(database.db, { email: benchUser.email, name: "Bench", role: "viewer", passwordHash: await hashPassword(benchUser.password) });
    }
    const sample = await database.db.$queryRawUnsafe<Array<{ id: string }>>(`SELECT id FROM "Article" TABLESAMPLE SYSTEM (1) LIMIT 500`);
    return { articleIds: sample.map((row) => row.id) };
  } finally {
    await database.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: appDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEWSDESK_JOB_WORKER: "off", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode} (build first: npm run build -w @newsdesk/web)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/sign-in`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill();
  throw new Error("next start did not answer within 2 minutes");
}

interface Workload {
  name: "list" | "search" | "article";
  call: (client: TrpcHttp, index: number) => Promise<boolean>;
}

async function main(): Promise<void> {
  const { articleIds } = await prepare();
  const port = await freePort();
  const server = await startServer(port);
  try {
    const client = new TrpcHttp(`http://127.0.0.1:${port}`);
    await client.signIn(benchUser.email, benchUser.password);
    // Cursors to pages 2–5 of the default list, so "list" covers paging as editors do it.
    const cursors: Array<string | undefined> = [undefined];
    for (let page = 0; page < 4; page++) {
      const result = await client.query<{ nextCursor: string | null }>("articles.list", { limit: 50, ...(cursors.at(-1) ? { cursor: cursors.at(-1) } : {}) });
      if (result.nextCursor) cursors.push(result.nextCursor);
    }
    const sources = await client.query<Array<{ id: string }>>("articles.sources", undefined);
    const workloads: Workload[] = [
      {
        name: "list",
        call: async (http, index) => {
          const variant = index % 4;
          const input =
            variant === 0
              ? { limit: 50, ...(cursors[index % cursors.length] ? { cursor: cursors[index % cursors.length] } : {}) }
              : variant === 1
                ? { limit: 50, sources: [sources[index % sources.length]!.id] }
                : variant === 2
                  ? { limit: 50, from: "2022-02-01", to: "2022-03-31" }
                  : { limit: 50, sort: "published-asc", duplicates: "exclude" };
          return http.get("articles.list", input);
        },
      },
      {
        name: "search",
        call: async (http, index) => {
          return http.get("articles.list", { limit: 50, q: searchTerms[index % searchTerms.length] });
        },
      },
      {
        name: "article",
        call: async (http, index) => {
          return http.get("articles.byId", { id: articleIds[index % articleIds.length] });
        },
      },
    ];
    const loadBefore = loadavg()[0]!;
    const rows: Array<{ workload: string; concurrency: number; summary: LatencySummary }> = [];
    for (const workload of workloads) {
      for (const concurrency of [1, 20]) {
        await measure((index) => workload.call(client, index + 7919), { total: 20, concurrency }); // warm-up, not reported
        const summary = await measure((index) => workload.call(client, index), { total: requestsPerRun, concurrency });
        rows.push({ workload: workload.name, concurrency, summary });
        console.error(`[bench] ${workload.name} ×${concurrency}: p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms`);
      }
    }
    const target = { list: 100, search: 300, article: 100 } as const;
    const loadAfter = loadavg()[0]!;
    console.log(
      `\n${articleCount.toLocaleString("en-US")} articles in PostgreSQL, ${requestsPerRun} requests per row (after 20 warm-up), HTTP through next start; ` +
        `client, server and PostgreSQL on one ${cpus().length}-core machine (1-min load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after).\n`,
    );
    console.log("| procedure | clients | p50 (ms) | p95 (ms) | mean (ms) | req/s | errors | p95 target |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---|");
    for (const { workload, concurrency, summary } of rows) {
      const goal = target[workload as keyof typeof target];
      console.log(
        `| ${workload} | ${concurrency} | ${summary.p50.toFixed(1)} | ${summary.p95.toFixed(1)} | ${summary.mean.toFixed(1)} | ${summary.throughput.toFixed(0)} | ${summary.errors} | < ${goal} ms ${summary.p95 < goal ? "✓" : "✗"} |`,
      );
    }
    client.close();
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
