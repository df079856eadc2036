import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The worker-thread, CLI and pack tests run the built package (dist/). Turbo builds it before `test`;
 * when vitest is run directly and dist/ is missing or older than src/, build it once here.
 */
export default function setup(): void {
  const worker = join(packageDir, "dist", "parse-worker.js");
  const cli = join(packageDir, "dist", "cli.js");
  const stale =
    !existsSync(worker) || !existsSync(cli) || statSync(cli).mtimeMs < newest(join(packageDir, "src"));
  if (stale) execFileSync("npx", ["tsup"], { cwd: packageDir, stdio: "inherit" });
}
