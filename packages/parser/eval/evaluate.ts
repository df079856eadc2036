import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
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

/** Data files that sit beside archives (manifests, gold sets) and are not archive files themselves. */
const NOT_ARCHIVE = /\.(tsv|csv|jsonl?|md5|sha256)$/i;

/**
 * Archive files under a folder, recursively, as paths relative to it with "/" separators (hidden entries and
 * manifest or gold files left out), sorted.
 */
function archiveFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !NOT_ARCHIVE.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !path.split("/").some((part) => part.startsWith(".")))
    .sort();
}

/**
 * The gold set names files by base name (POLICY.md's `file`) or by a path relative to the folder: a gold
 * mention's file matches an archive file by either.
 */
function goldKeyOf(path: string, goldFiles: ReadonlySet<string>): string {
  return goldFiles.has(path) ? path : basename(path);
}

export function evaluateFolder(dir: string, gold: readonly GoldMention[], options: EvaluateOptions = {}): Evaluation {
  const goldFiles = new Set(gold.map((g) => g.file));
  const names = archiveFiles(dir)
    .map((path) => ({ path, file: goldKeyOf(path, goldFiles) }))
    .filter(({ file }) => !options.goldFilesOnly || goldFiles.has(file));
  const predictions: Prediction[] = [];
  const failures: { file: string; reason: string }[] = [];
  for (const { path, file } of names) {
    const result = safeParse(readFileSync(join(dir, path)), { file });
    if (!result.success) {
      failures.push({ file, reason: `${result.error.code}: ${result.error.message}` });
      continue;
    }
    for (const mention of result.data.moneyMentions) predictions.push({ file, mention });
  }
  const present = new Set(names.map(({ file }) => file));
  const matching = matchMentions(gold, predictions);
  return {
    scores: score(matching),
    matching,
    failures,
    missingFiles: [...goldFiles].filter((f) => !present.has(f)).sort(),
    files: names.length,
  };
}
