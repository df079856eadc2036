import { isAbsolute, join, resolve } from "node:path";
import { findRepoRoot } from "../package-paths.js";

/**
 * The embedded database's data directory: NEWSDESK_DATA_DIR (absolute, or relative to the repository root), else
 * `data/` at the repository root (git-ignored), else `./data` in the working directory when Newsdesk runs outside
 * its repository.
 */
export function resolveDataDir(dataDir: string | undefined = process.env.NEWSDESK_DATA_DIR): string {
  const base = findRepoRoot() ?? process.cwd();
  if (dataDir && dataDir.trim() !== "") return isAbsolute(dataDir) ? dataDir : resolve(base, dataDir);
  return join(base, "data");
}

/** PGlite's own files live in a subfolder, so that the lock file and other state can sit beside them. */
export function pgliteDirOf(dataDir: string): string {
  return join(dataDir, "pgdata");
}
