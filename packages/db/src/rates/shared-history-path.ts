import { existsSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "../package-paths.js";

/**
 * The ECB history that ships beside the repository (../shared/data/ecb-eurofxref-hist.csv, 1999-01-04 to
 * 2025-05-09), for tests, the benchmark and the README's example. It is never copied into the repository; null
 * when this checkout has no ../shared next to it.
 */
export function sharedEcbHistoryPath(): string | null {
  const root = findRepoRoot();
  if (!root) return null;
  const path = join(root, "..", "shared", "data", "ecb-eurofxref-hist.csv");
  return existsSync(path) ? path : null;
}
