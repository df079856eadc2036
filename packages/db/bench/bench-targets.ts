import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** A fresh database for one bench method: a throwaway schema on the server, or a temporary PGlite data directory. */
export interface BenchTarget {
  backend: "pglite" | "postgres";
  /** PostgreSQL URL with ?schema=, or the PGlite data directory. */
  location: string;
  drop(): Promise<void>;
}

export function benchServerUrl(): string | undefined {
  return process.env.NEWSDESK_BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export async function createBenchTarget(backend: "pglite" | "postgres"): Promise<BenchTarget> {
  if (backend === "pglite") {
    const dir = await mkdtemp(join(tmpdir(), "newsdesk-bench-"));
    return { backend, location: dir, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const serverUrl = benchServerUrl();
  if (!serverUrl) throw new Error("set DATABASE_URL (or NEWSDESK_BENCH_DATABASE_URL) for the PostgreSQL phases");
  const schema = `nd_bench_${randomBytes(4).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE SCHEMA "${schema}"`);
  const url = new URL(serverUrl);
  url.searchParams.set("schema", schema);
  return { backend, location: url.href, drop: () => run(`DROP SCHEMA "${schema}" CASCADE`) };
}
