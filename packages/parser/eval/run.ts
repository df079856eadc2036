/**
 * Scores the money extractor against a gold set:
 *   npm run eval -w @newsdesk/parser -- --files DIR --gold FILE.jsonl [--gold-files-only] [--verbose] [--json]
 * (or `npx tsx packages/parser/eval/run.ts …` from the repository root).
 * DIR holds archive files; FILE.jsonl holds one gold mention per line in POLICY.md's fields. Every
 * file of DIR counts as annotated (a file with no gold line has no money mention) unless
 * --gold-files-only is given. Prints the table of scores; --verbose adds every disagreement,
 * --json prints the scores as JSON instead. Exit code 2 on bad arguments or an unreadable gold file.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { evaluateFolder } from "./evaluate.js";
import { GoldFileError, readGold } from "./gold.js";
import { formatDisagreements, formatReport } from "./report.js";

function fail(message: string): never {
  console.error(`eval: ${message}`);
  console.error("usage: eval --files DIR --gold FILE.jsonl [--gold-files-only] [--verbose] [--json]");
  process.exit(2);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        files: { type: "string" },
        gold: { type: "string" },
        "gold-files-only": { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  // npm runs workspace scripts in the package folder; paths are meant from where the user typed them.
  const base = process.env.INIT_CWD ?? process.cwd();
  const files = values.files === undefined ? undefined : resolve(base, values.files);
  const gold = values.gold === undefined ? undefined : resolve(base, values.gold);
  if (files === undefined || !existsSync(files) || !statSync(files).isDirectory()) fail(`--files must name a folder (got ${files ?? "nothing"})`);
  if (gold === undefined || !existsSync(gold)) fail(`--gold must name a JSONL file (got ${gold ?? "nothing"})`);
  let goldMentions;
  try {
    goldMentions = readGold(gold);
  } catch (error) {
    if (error instanceof GoldFileError) fail(error.message);
    throw error;
  }
  const evaluation = evaluateFolder(files, goldMentions, { goldFilesOnly: values["gold-files-only"] });
  if (values.json) {
    console.log(JSON.stringify({ ...evaluation.scores, failures: evaluation.failures, missingFiles: evaluation.missingFiles }, null, 2));
    return;
  }
  console.log(formatReport(evaluation));
  if (values.verbose) {
    const disagreements = formatDisagreements(evaluation);
    console.log(`\n${disagreements === "" ? "no disagreements" : disagreements}`);
  }
}

main();
