import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { safeParse } from "../src/parse.js";
import type { GoldMention } from "./gold.js";
import { matchMentions, type Matching, type Prediction } from "./match.js";
import { score, type Scores } from "./metrics.js";

/** Runs the parser (and so the money extractor) on every archive file of a folder and scores it. */

export interface EvaluateOptions {
  /** Score only files that have at least one gold mention (default: every file of the folder). */
  goldFilesOnly?: boolean;
}

export interface Evaluation {
  scores: Scores;
  matching: Matching;
  /** Files of the folder the parser refused, with the reason; their gold mentions count as missed. */
  failures: { file: string; reason: string }[];
  /** Gold mentions whose file is not in the folder. */
  missingFiles: string[];
  files: number;
}

/** Archive files of a folder, by base name (hidden files and subfolders are left out). */
function archiveFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isFile())
    .sort();
}

export function evaluateFolder(dir: string, gold: readonly GoldMention[], options: EvaluateOptions = {}): Evaluation {
  const goldFiles = new Set(gold.map((g) => g.file));
  const names = archiveFiles(dir).filter((name) => !options.goldFilesOnly || goldFiles.has(name));
  const predictions: Prediction[] = [];
  const failures: { file: string; reason: string }[] = [];
  for (const file of names) {
    const result = safeParse(readFileSync(join(dir, file)), { file });
    if (!result.success) {
      failures.push({ file, reason: `${result.error.code}: ${result.error.message}` });
      continue;
    }
    for (const mention of result.data.moneyMentions) predictions.push({ file, mention });
  }
  const present = new Set(names);
  const matching = matchMentions(gold, predictions);
  return {
    scores: score(matching),
    matching,
    failures,
    missingFiles: [...goldFiles].filter((f) => !present.has(f)).sort(),
    files: names.length,
  };
}
