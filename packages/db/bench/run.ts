/**
 * `npm run bench -w @newsdesk/db [-- --count 100000]`: import throughput and peak memory of the importer on PGlite
 * and on PostgreSQL, side by side with a raw floor (the same rows through multi-row INSERTs on the driver, no
 * upsert logic), in one run. Each phase runs in its own process on a fresh database. Prints a Markdown table.
 * PostgreSQL phases need DATABASE_URL (or NEWSDESK_BENCH_DATABASE_URL).
 */
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";

interface PhaseResult {
  backend: string;
  method: string;
  count: number;
  articles: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMb: number;
}

const countFlag = process.argv.indexOf("--count");
const count = countFlag > 0 ? Number(process.argv[countFlag + 1]) : 100_000;
const backends = process.env.NEWSDESK_BENCH_DATABASE_URL || process.env.DATABASE_URL ? ["postgres", "pglite"] : ["pglite"];
const phaseScript = fileURLToPath(new URL("./bench-phase.ts", import.meta.url));

function runPhase(backend: string, method: string): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", phaseScript, backend, method, String(count)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code === 0) resolve(JSON.parse(line) as PhaseResult);
      else reject(new Error(`${backend}/${method} failed (exit ${code}): ${out}`));
    });
  });
}

console.error(`Import bench: ${count.toLocaleString("en-US")} synthetic records, ${cpus().length} CPUs, Node ${process.version}`);
const results: PhaseResult[] = [];
for (const backend of backends) {
  for (const method of ["floor", "importer"]) {
    console.error(`… ${backend} ${method}`);
    const result = await runPhase(backend, method);
    if (result.articles < count * 0.98) throw new Error(`${backend}/${method} stored only ${result.articles} articles`);
    results.push(result);
  }
}

const floorOf = (backend: string) => results.find((result) => result.backend === backend && result.method === "floor")!;
const lines = [
  `| database | method | records | time (s) | records/s | peak RSS (MB) | vs floor |`,
  `|---|---|---:|---:|---:|---:|---:|`,
  ...results.map((result) => {
    const ratio = result.recordsPerSecond / floorOf(result.backend).recordsPerSecond;
    const method = result.method === "floor" ? "raw floor (multi-row INSERT, driver)" : "importRecords (importer)";
    return `| ${result.backend === "postgres" ? "PostgreSQL" : "PGlite"} | ${method} | ${result.count.toLocaleString("en-US")} | ${result.seconds.toFixed(1)} | ${result.recordsPerSecond.toFixed(0)} | ${result.peakRssMb.toFixed(0)} | ${(ratio * 100).toFixed(0)}% |`;
  }),
];
console.log(lines.join("\n"));
