import { NewsdeskDatabaseError } from "../client/errors.js";

/** Exit codes of `newsdesk`: scripts can tell a busy embedded database from a failed import. */
export const exitCodes = {
  ok: 0,
  failure: 1,
  usage: 2,
  databaseLocked: 3,
  importHadFailures: 4,
} as const;

/** A refusal or usage problem the CLI reports as one line, without a stack trace. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = exitCodes.usage) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** Prints an error the way a user wants to read it and sets the process exit code. */
export function reportCliError(error: unknown): void {
  const verbose = Boolean(process.env.NEWSDESK_DEBUG) || process.argv.includes("--verbose");
  if (error instanceof CliError) {
    console.error(`newsdesk: ${error.message}`);
    process.exitCode = error.exitCode;
    return;
  }
  if (error instanceof NewsdeskDatabaseError) {
    console.error(`newsdesk: ${error.message}`);
    if (verbose && error.cause) console.error(error.cause);
    process.exitCode = error.code === "EMBEDDED_DATABASE_LOCKED" ? exitCodes.databaseLocked : exitCodes.failure;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`newsdesk: ${message}`);
  if (verbose && error instanceof Error) console.error(error.stack);
  else console.error("(run with --verbose for details)");
  process.exitCode = exitCodes.failure;
}
