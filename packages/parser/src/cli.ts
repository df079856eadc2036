/**
 * The `newsdesk-parse` bin: a thin wrapper around `runParseCommand` that wires the process streams
 * and exit code. It prints `error.message` for unexpected failures (the stack with NEWSDESK_DEBUG=1).
 */
import { createRequire } from "node:module";
import { runParseCommand } from "./cli/parse-command.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // The reader went away (`| head`): stop quietly.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await runParseCommand(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    version,
  });
} catch (error) {
  process.stderr.write(`newsdesk-parse: ${process.env.NEWSDESK_DEBUG ? (error as Error).stack : (error as Error).message}\n`);
  process.exitCode = 1;
}
