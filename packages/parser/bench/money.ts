/**
 * Benchmark of the money (aid-figure) extractor on the plain text of ../shared/corpus/dev.
 *   npx tsx bench/money.ts [--corpus DIR] [--rounds N]      (from packages/parser)
 * Records are parsed once without the extractor (not timed); then, side by side in one run:
 *   floor       one test of a 7-character class per field (/[元币镑$€£¥]/): the least any money finder does
 *   prefilter   the single currency regex every field passes through (the cost of text with no money)
 *   extract     extractMoneyMentions on title and text (everything: scan, parties, aid decision, review)
 * and prints MB/s of UTF-8 title+text and files/s (by CPU time; wall-clock MB/s beside), mentions found,
 * aid figures and mentions flagged for review.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractMoneyMentions, type MoneyExtractionInput } from "../src/money/index.js";
import { mayMentionMoney } from "../src/money/mention-scanner.js";
import { parse } from "../src/parse.js";

const { values } = parseArgs({ options: { corpus: { type: "string" }, rounds: { type: "string", default: "5" } } });
const corpus = values.corpus ?? fileURLToPath(new URL("../../../../shared/corpus/dev", import.meta.url));
const rounds = Number(values.rounds);

const inputs: MoneyExtractionInput[] = readdirSync(corpus)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => {
    const record = parse(readFileSync(join(corpus, name)), { file: name, moneyMentions: false });
    return { title: record.title, text: record.text, publishedAt: record.publishedAt, language: record.language };
  });
const megabytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.title) + Buffer.byteLength(i.text), 0) / 1e6;

/**
 * Seconds per round, by the process's CPU time: this machine's cores are shared, and wall-clock
 * time mostly measures the neighbours. Wall time is printed beside it.
 */
interface Timing {
  cpu: number;
  wall: number;
}
function time(run: () => void): Timing {
  run(); // warm-up
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) run();
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1e6 / rounds, wall: (performance.now() - wallStart) / 1000 / rounds };
}

let found = 0;
let aid = 0;
let flagged = 0;
for (const input of inputs) {
  for (const m of extractMoneyMentions(input)) {
    found++;
    if (m.isAid) aid++;
    if (m.review.needed) flagged++;
  }
}
const FLOOR = /[元币镑$€£¥]/;
let floorHits = 0;
const floorSeconds = time(() => {
  floorHits = 0;
  for (const input of inputs) if (FLOOR.test(input.title) || FLOOR.test(input.text)) floorHits++;
});
let passing = 0;
const prefilterSeconds = time(() => {
  passing = 0;
  for (const input of inputs) if (mayMentionMoney(input.title) || mayMentionMoney(input.text)) passing++;
});
const extractSeconds = time(() => {
  for (const input of inputs) extractMoneyMentions(input);
});

const row = (name: string, t: Timing, rest: string): string =>
  `| ${name.padEnd(9)} | ${(megabytes / t.cpu).toFixed(1).padStart(6)} | ${(inputs.length / t.cpu).toFixed(0).padStart(7)} | ${(megabytes / t.wall).toFixed(1).padStart(11)} | ${rest} |`;
console.log(`money extractor on ${inputs.length} records, ${megabytes.toFixed(2)} MB of title+text, ${rounds} rounds`);
console.log("| step      |   MB/s | files/s | wall MB/s   | result |");
console.log("|-----------|--------|---------|-------------|--------|");
console.log(row("floor", floorSeconds, `${floorHits} records hold one of the characters`));
console.log(row("prefilter", prefilterSeconds, `${passing} of ${inputs.length} records mention a currency`));
console.log(row("extract", extractSeconds, `${found} mentions, ${aid} aid figures, ${flagged} flagged for review`));
console.log(`extract takes ${(extractSeconds.cpu / floorSeconds.cpu).toFixed(1)}× the floor's CPU time on the same text`);
