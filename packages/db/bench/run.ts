/**
 * `npm run bench -w @newsdesk/db [-- --count 100000 --rounds 5]`: import throughput and peak memory of the importer
 * on PGlite and on PostgreSQL, side by side with a raw floor (the same rows through multi-row INSERTs on the driver,
 * no upsert logic), in one run. Each method fills its own fresh database; the records are loaded in rounds that
 * alternate between the methods (each round in a new process), so that a shared machine's changing load falls on
 * both alike. Prints a Markdown table. PostgreSQL needs DATABASE_URL (or NEWSDESK_BENCH_DATABASE_URL).
 */
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { benchServerUrl, createBenchTarget } from "./bench-targets.js";

type Method = "floor" | "importer";
interface Round {
  seconds: number;
  articles: number;
  peakRssMb: number;
}

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const count = flag("count", 100_000);
const rounds = flag("rounds", 5);
const backends = benchServerUrl() ? (["postgres", "pglite"] as const) : (["pglite"] as const);
const phaseScript = fileURLToPath(new URL("./bench-phase.ts", import.meta.url));

function runRound(backend: string, method: Method, target: string, start: number, end: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const args = ["--import", "tsx", phaseScript, backend, method, target, String(start), String(end)];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code === 0) resolve(JSON.parse(line) as Round);
      else reject(new Error(`${backend}/${method} [${start}, ${end}) failed (exit ${code}): ${out}`));
    });
  });
}

console.error(`Import bench: ${count.toLocaleString("en-US")} synthetic records in ${rounds} rounds, ${cpus().length} CPUs, Node ${process.version}`);
const rows: string[] = [];
for (const backend of backends) {
  const targets = { floor: await createBenchTarget(backend), importer: await createBenchTarget(backend) };
  const totals = { floor: { seconds: 0, peakRssMb: 0, articles: 0 }, importer: { seconds: 0, peakRssMb: 0, articles: 0 } };
  try {
    for (let round = 0; round < rounds; round++) {
      const start = Math.floor((count * round) / rounds);
      const end = Math.floor((count * (round + 1)) / rounds);
      const order: Method[] = round % 2 === 0 ? ["floor", "importer"] : ["importer", "floor"];
      for (const method of order) {
        const result = await runRound(backend, method, targets[method].location, start, end);
        totals[method].seconds += result.seconds;
        totals[method].peakRssMb = Math.max(totals[method].peakRssMb, result.peakRssMb);
        totals[method].articles = result.articles;
        console.error(`… ${backend} ${method} [${start}, ${end}): ${result.seconds.toFixed(1)} s`);
      }
    }
  } finally {
    await targets.floor.drop();
    await targets.importer.drop();
  }
  for (const method of ["floor", "importer"] as const) {
    const total = totals[method];
    if (total.articles < count * 0.98) throw new Error(`${backend}/${method} stored only ${total.articles} articles`);
    const perSecond = count / total.seconds;
    const ratio = perSecond / (count / totals.floor.seconds);
    const name = method === "floor" ? "raw floor (multi-row INSERT, driver)" : "importRecords (importer)";
    rows.push(
      `| ${backend === "postgres" ? "PostgreSQL" : "PGlite"} | ${name} | ${count.toLocaleString("en-US")} | ` +
        `${total.seconds.toFixed(1)} | ${perSecond.toFixed(0)} | ${total.peakRssMb.toFixed(0)} | ${(ratio * 100).toFixed(0)}% |`,
    );
  }
}
console.log(["| database | method | records | time (s) | records/s | peak RSS (MB) | vs floor |", "|---|---|---:|---:|---:|---:|---:|", ...rows].join("\n"));
