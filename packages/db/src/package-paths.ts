import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where this package's files are at run time. Sources run from src/ (tests, tsx) and from the tsup bundle in dist/,
 * at different depths, so the package root is found by walking up to its package.json rather than by a fixed "../..".
 */
function findUp(start: string, matches: (pkg: { name?: string; workspaces?: unknown }) => boolean): string | null {
  let dir = start;
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      try {
        if (matches(JSON.parse(readFileSync(file, "utf8")) as { name?: string; workspaces?: unknown })) return dir;
      } catch {
        // An unreadable package.json is not the one we look for; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/** packages/db. */
export const packageRoot: string =
  findUp(here, (pkg) => pkg.name === "@newsdesk/db") ??
  (() => {
    throw new Error(`@newsdesk/db: cannot find the package root above ${here}`);
  })();

export const prismaDir = join(packageRoot, "prisma");
export const schemaPath = join(prismaDir, "schema.prisma");
export const migrationsDir = join(prismaDir, "migrations");
export const sampleDir = join(packageRoot, "sample");

/**
 * The Newsdesk repository root: the nearest package.json with "workspaces" above this package. Null when the
 * package is installed outside its repository.
 */
export function findRepoRoot(): string | null {
  return findUp(packageRoot, (pkg) => pkg.workspaces !== undefined);
}

/** The shared, read-only corpus beside the repository (../shared/corpus), or null when it is not there. */
export function sharedCorpusDir(): string | null {
  const root = findRepoRoot();
  const dir = root ? join(root, "..", "shared", "corpus") : null;
  return dir && existsSync(join(dir, "dev")) ? dir : null;
}
