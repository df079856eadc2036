import { createDatabase, type Database } from "../src/index.js";

/** `--name value` from the command line, or undefined. */
export function flagValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/**
 * What the query benches (aid charts, topic timelines) share: `--runs N` timed runs per query (default 7), and
 * the database they read — `DATABASE_URL`, else the embedded one in `--data-dir` or NEWSDESK_DATA_DIR.
 */
export async function openQueryBench(): Promise<{ runs: number; database: Database }> {
  const runs = Number(flagValue("--runs") ?? 7);
  const dataDir = flagValue("--data-dir") ?? process.env.NEWSDESK_DATA_DIR;
  const database = await createDatabase(dataDir ? { dataDir } : {});
  return { runs, database };
}
