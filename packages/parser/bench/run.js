#!/usr/bin/env node
// Benchmark of @newsdesk/parser on ../shared/corpus/dev (build first: npm run build).
// Prints files/s and MB/s, side by side in one run, for:
//   floor        read + decode + tokenise with htmlparser2's streaming Parser (no-op callbacks): the least any parser must do
//   baseline     read + @mozilla/readability over linkedom on the same bodies: the naive approach
//   parse        read + parse() (full record, money extractor included), single thread
//   parse −money read + parse({moneyMentions: false}): how much of `parse` is the aid-figure extractor
//   readArchive  readArchive(folder) with jobs 1 and jobs 2 (worker threads)
//   readArchiveJson  the same giving each record's JSON text (the CLI's NDJSON path), jobs 1 and 2
//   ceiling      parse() on two threads at once, each reading and parsing every other file, nothing
//                crossing threads: the most any jobs 2 could gain over one thread on this machine now
// Wall time gives files/s and MB/s; CPU time (all threads) per file is reported too, as it is steadier
// when the machine is shared. Each mode first runs --warmup times (the baseline, ten times slower per
// run, once), then the modes take turns round by round; each mode's median and fastest rounds count. The first
// (cold) run of each mode is printed too: for jobs 2 it includes starting the worker thread, whose
// code is compiled from scratch.
// Usage: node --expose-gc bench/run.js [--corpus DIR] [--rounds N] [--warmup N] [--baseline-rounds N]
import { readFileSync, readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { once } from "node:events";
import { Readability } from "@mozilla/readability";
import { Parser } from "htmlparser2";
import { parseHTML } from "linkedom";
import { parse, readArchive, readArchiveJson } from "../dist/index.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const corpus = option("--corpus", fileURLToPath(new URL("../../../../shared/corpus/dev", import.meta.url)));
const rounds = Number(option("--rounds", "5"));
const baselineRounds = Number(option("--baseline-rounds", "3"));
// A worker thread compiles the parser from scratch: its files/s kept rising over its first ~4 corpus
// runs (643 → 442 → 362 → 341 → 306 ms a run, then flat), while the calling thread is warm from the
// other modes. Four warm-up runs measure every mode at its steady state.
const warmup = Number(option("--warmup", "4"));

const paths = readdirSync(corpus)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => join(corpus, name));
const totalBytes = paths.reduce((sum, path) => sum + statSync(path).size, 0);

function floor() {
  for (const path of paths) {
    const text = readFileSync(path).toString("utf8");
    const parser = new Parser({ onopentag() {}, ontext() {}, onclosetag() {} });
    parser.end(text);
  }
}

function baseline() {
  for (const path of paths) {
    const text = readFileSync(path).toString("utf8");
    // The naive split: everything after the "------" line is the body.
    const cut = text.indexOf("\n------\n");
    const body = cut >= 0 ? text.slice(cut + 8) : text;
    const { document } = parseHTML(`<!DOCTYPE html><html><head><title></title></head><body>${body}</body></html>`);
    new Readability(document).parse();
  }
}

function parseAll(options) {
  return () => {
    for (const path of paths) parse(readFileSync(path), { file: path, ...options });
  };
}

// The second thread of the ceiling mode, started (and its module loaded) before any timing.
const otherHalf = new Worker(new URL("./parse-half.js", import.meta.url), {
  workerData: { paths: paths.filter((_, i) => i % 2 === 1) },
});
await once(otherHalf, "message");

function parseOnTwoThreads() {
  const done = once(otherHalf, "message");
  otherHalf.postMessage("run");
  for (let i = 0; i < paths.length; i += 2) parse(readFileSync(paths[i]), { file: paths[i] });
  return done;
}

function readArchiveWith(jobs, read = readArchive) {
  return async () => {
    let errors = 0;
    for await (const item of read(corpus, { jobs })) if (!item.ok) errors++;
    if (errors > 0) throw new Error(`${errors} files failed`);
  };
}

const modes = [
  { name: "floor: read + htmlparser2 tokenise", run: floor, rounds },
  { name: "baseline: Readability over linkedom", run: baseline, rounds: baselineRounds, warmup: 1 },
  { name: "parse(), 1 thread", run: parseAll({}), rounds },
  { name: "parse() without money extractor", run: parseAll({ moneyMentions: false }), rounds },
  { name: "ceiling: parse() on 2 threads, every other file each", run: parseOnTwoThreads, rounds },
  { name: "readArchive, jobs 1", run: readArchiveWith(1), rounds },
  { name: "readArchive, jobs 2", run: readArchiveWith(2), rounds },
  { name: "readArchiveJson, jobs 1", run: readArchiveWith(1, readArchiveJson), rounds },
  { name: "readArchiveJson, jobs 2", run: readArchiveWith(2, readArchiveJson), rounds },
];

process.stderr.write(`corpus ${corpus}: ${paths.length} files, ${(totalBytes / 1e6).toFixed(1)} MB; rounds ${rounds}, warm-up ${warmup}\n`);
// Warm-up runs first (the first one timed: the cold run), then the modes take turns round by round,
// so that a change in the machine's load (it is shared) falls on all of them alike; each mode's median counts.
const times = new Map(modes.map((mode) => [mode.name, []]));
const cpu = new Map(modes.map((mode) => [mode.name, []]));
const cold = new Map();
for (const mode of modes) {
  for (let run = 0; run < Math.max(1, Math.min(warmup, mode.warmup ?? warmup)); run++) {
    const start = performance.now();
    await mode.run();
    if (run === 0) cold.set(mode.name, (performance.now() - start) / 1000);
  }
}
for (let round = 0; round < rounds; round++) {
  for (const mode of modes) {
    if (round >= mode.rounds) continue;
    globalThis.gc?.();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await mode.run();
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpuStart);
    times.get(mode.name).push(seconds);
    cpu.get(mode.name).push((used.user + used.system) / paths.length);
    process.stderr.write(`  round ${round + 1} ${mode.name}: ${(paths.length / seconds).toFixed(0)} files/s\n`);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const fastest = (list) => Math.min(...list);

/** One table of every mode, each mode's rounds summed up by `pick` (median or fastest). */
function printTable(pick, label) {
  const rows = modes.map((mode) => ({
    name: mode.name,
    seconds: pick(times.get(mode.name)),
    cpuPerFile: pick(cpu.get(mode.name)),
  }));
  const find = (prefix) => rows.find((r) => r.name.startsWith(prefix));
  const floorRate = paths.length / find("floor").seconds;
  const baseRate = paths.length / find("baseline").seconds;
  // Each jobs 2 row is compared with the jobs 1 row of the same function, the ceiling with parse() on one thread.
  const jobs1Rate = (name) =>
    paths.length / (name.startsWith("ceiling") ? find("parse(), 1 thread") : find(`${name.split(",")[0]}, jobs 1`)).seconds;
  console.log(`\n${label}\n`);
  // CPU time (all threads of the process) per file is steadier than wall time on a busy machine.
  const floorCpu = find("floor").cpuPerFile;
  console.log("| mode | files/s | MB/s | × baseline | floor ÷ mode (wall) | CPU µs/file | mode ÷ floor (CPU) | × jobs 1 | first run files/s |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const { name, seconds, cpuPerFile } of rows) {
    const rate = paths.length / seconds;
    const mb = totalBytes / 1e6 / seconds;
    const vsJobs = name.startsWith("readArchive") || name.startsWith("ceiling") ? (rate / jobs1Rate(name)).toFixed(2) : "";
    console.log(
      `| ${name} | ${rate.toFixed(0)} | ${mb.toFixed(1)} | ${(rate / baseRate).toFixed(1)} | ${(floorRate / rate).toFixed(2)} | ` +
        `${cpuPerFile.toFixed(0)} | ${(cpuPerFile / floorCpu).toFixed(2)} | ${vsJobs} | ${(paths.length / cold.get(name)).toFixed(0)} |`,
    );
  }
}

console.log(
  `\n${paths.length} files, ${(totalBytes / 1e6).toFixed(1)} MB, Node ${process.version}, ${rounds} rounds ` +
    `(baseline ${baselineRounds}) after ${warmup} warm-up runs (baseline 1), load average at the end ${loadavg()[0].toFixed(1)}`,
);
printTable(median, "Median round of each mode:");
// A shared machine's other load only ever adds time, so each mode's fastest round is the closest to
// what the code itself costs; when the two tables disagree, the machine was busy during the run.
printTable(fastest, "Fastest round of each mode (wall and CPU each at their least):");
await otherHalf.terminate();
