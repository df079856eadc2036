import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * The built worker script: beside this module in dist/, or in dist/ when this module runs from src/
 * (tests). Null when neither exists (then parsing stays on the calling thread).
 */
export function findWorkerScript(): URL | null {
  for (const candidate of ["./parse-worker.js", "../../dist/parse-worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** A worker with the main thread's flags, or with none when Node refuses some of them for workers (--expose-gc …). */
export function startWorker(script: URL): Worker {
  try {
    return new Worker(script, { execArgv: workerExecArgv() });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw error;
    return new Worker(script, { execArgv: [] });
  }
}

/**
 * The main thread's Node flags minus those that only make sense for a main script (`--input-type`,
 * `--eval`, `--print`, `--test`, `--watch`): a worker started with them fails at once.
 */
function workerExecArgv(): string[] {
  const args: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (/^--(?:input-type|test|watch)/.test(arg)) continue;
    if (arg === "-e" || arg === "--eval" || arg === "-p" || arg === "--print") {
      i++;
      continue;
    }
    args.push(arg);
  }
  return args;
}
