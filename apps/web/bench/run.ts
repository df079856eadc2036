/**
 * Dashboard bench: 1,000,000 synthetic articles in PostgreSQL, then p50/p95 latency of the list, search and article
 * procedures through the HTTP endpoint of `next start`, at 1 and 20 concurrent clients on one instance, and at 20
 * clients spread over two instances sharing the database (how Newsdesk scales out). Prints a Markdown table with
 * the servers' CPU time per request beside the latencies.
 *
 *   npm run build -w @newsdesk/web && npm run bench -w @newsdesk/web
 *   NEWSDESK_BENCH_DATABASE_URL=postgresql://…/newsdesk_bench  NEWSDESK_BENCH_ARTICLES=1000000  NEWSDESK_BENCH_REQUESTS=400
 *   NEWSDESK_BENCH_INSTANCES=2 (1: no scale-out row)  NEWSDESK_HTTP_COMPRESSION=off (the servers leave compression to a proxy)
 *
 * Seeding uses the db package's bulk loader (resumable: a stopped run continues; a full database is reused).
 * Targets: p95 < 100 ms for list and article, < 300 ms for search.
 */
import type { ChildProcess } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createDatabase, migrateDatabase } from "@newsdesk/db";
import { createUser, getUserCredentialsByEmail } from "@newsdesk/db/queries";
import { loadSyntheticArticles } from "@newsdesk/db/seed";
import { hashPassword } from "../src/server/auth/password";
import { measure, type LatencySummary } from "./latency";
import { freePort, processCpuMs, startServer } from "./next-server";
import { TrpcHttp } from "./trpc-http";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const databaseUrl = process.env.NEWSDESK_BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/newsdesk_bench";
const articleCount = Number(process.env.NEWSDESK_BENCH_ARTICLES ?? 1_000_000);
const requestsPerRun = Number(process.env.NEWSDESK_BENCH_REQUESTS ?? 400);
/** Web instances for the last row of each procedure (several instances sharing one PostgreSQL is how Newsdesk scales). */
const instanceCount = Math.max(1, Number(process.env.NEWSDESK_BENCH_INSTANCES ?? 2));
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

interface Workload {
  name: "list" | "search" | "article";
  call: (client: TrpcHttp, index: number) => Promise<boolean>;
}

/** One row of the table: a workload at a number of concurrent clients, spread over a number of server instances. */
interface Row {
  workload: Workload["name"];
  concurrency: number;
  instances: number;
  summary: LatencySummary;
  /** CPU the server processes used per request (ms), from /proc. */
  serverCpuMs: number | null;
}

/** 1 and 20 clients on one instance, then 20 clients spread over `instanceCount` instances (sharing the database). */
const rowPlan = [
  { concurrency: 1, instances: 1 },
  { concurrency: 20, instances: 1 },
  ...(instanceCount > 1 ? [{ concurrency: 20, instances: instanceCount }] : []),
];

async function main(): Promise<void> {
  const { articleIds } = await prepare();
  const servers: ChildProcess[] = [];
  const clients: TrpcHttp[] = [];
  try {
    for (let i = 0; i < instanceCount; i++) {
      const port = await freePort();
      servers.push(await startServer(appDir, port, databaseUrl));
      clients.push(new TrpcHttp(`http://127.0.0.1:${port}`));
    }
    const client = clients[0]!;
    await client.signIn(benchUser.email, benchUser.password);
    // The other instances get the same cookie: sessions live in PostgreSQL, so any instance accepts them.
    for (const other of clients.slice(1)) other.useSessionOf(client);
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
        call: (http, index) => {
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
      { name: "search", call: (http, index) => http.get("articles.list", { limit: 50, q: searchTerms[index % searchTerms.length] }) },
      { name: "article", call: (http, index) => http.get("articles.byId", { id: articleIds[index % articleIds.length] }) },
    ];
    /** CPU time all servers have used so far (ms), or null where /proc cannot say. */
    const serverCpu = (): number | null => {
      let sum = 0;
      for (const server of servers) {
        const cpu = processCpuMs(server.pid);
        if (cpu === null) return null;
        sum += cpu;
      }
      return sum;
    };
    const loadBefore = loadavg()[0]!;
    const rows: Row[] = [];
    for (const workload of workloads) {
      for (const { concurrency, instances } of rowPlan) {
        // Request i goes to instance i mod n, as a round-robin load balancer would send it.
        const call = (index: number) => workload.call(clients[index % instances]!, index);
        await measure((index) => call(index + 7919), { total: 20 * instances, concurrency }); // warm-up, not reported
        const cpuBefore = serverCpu();
        const summary = await measure(call, { total: requestsPerRun, concurrency });
        const cpuAfter = serverCpu();
        const serverCpuMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / summary.count;
        rows.push({ workload: workload.name, concurrency, instances, summary, serverCpuMs });
        console.error(`[bench] ${workload.name} ×${concurrency} on ${instances}: p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms`);
      }
    }
    printTable(rows, loadBefore, loadavg()[0]!);
  } finally {
    for (const client of clients) client.close();
    for (const server of servers) server.kill("SIGTERM");
  }
}

function printTable(rows: Row[], loadBefore: number, loadAfter: number): void {
  const target = { list: 100, search: 300, article: 100 } as const;
  const compression = process.env.NEWSDESK_HTTP_COMPRESSION === "off" ? "off" : "on (default)";
  console.log(
    `\n${articleCount.toLocaleString("en-US")} articles in PostgreSQL, ${requestsPerRun} requests per row (after a warm-up), HTTP through next start ` +
      `(response compression ${compression}); client, servers and PostgreSQL on one ${cpus().length}-core machine ` +
      `(1-min load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after).\n`,
  );
  console.log("| procedure | clients | instances | p50 (ms) | p95 (ms) | mean (ms) | req/s | server CPU per request (ms) | errors | p95 target |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const { workload, concurrency, instances, summary, serverCpuMs } of rows) {
    const goal = target[workload];
    console.log(
      `| ${workload} | ${concurrency} | ${instances} | ${summary.p50.toFixed(1)} | ${summary.p95.toFixed(1)} | ${summary.mean.toFixed(1)} | ` +
        `${summary.throughput.toFixed(0)} | ${serverCpuMs === null ? "–" : serverCpuMs.toFixed(1)} | ${summary.errors} | < ${goal} ms ${summary.p95 < goal ? "✓" : "✗"} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
