import { createWriteStream } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { type ArgsDef, parseArgs, renderUsage } from "citty";
import { type ArchiveInput, readArchive, readArchiveJson } from "../archive/read-archive.js";
import { parseErrorCodes } from "../errors.js";
import { countInputFiles } from "./count-inputs.js";
import { ProgressBar } from "./progress-bar.js";
import { OUTPUT_FORMATS, createItemWriter } from "./record-writers.js";
import { RunSummary } from "./run-summary.js";

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export const parseCommandArgs = {
  paths: {
    type: "positional",
    required: false,
    description: "Files, folders (read recursively), .zip, .tar or .tar.gz archives; '-' or nothing reads stdin",
  },
  format: {
    type: "enum",
    options: [...OUTPUT_FORMATS],
    default: "ndjson",
    description: "Output format: ndjson (one record per line), json (one array) or csv",
    valueHint: "ndjson|json|csv",
  },
  out: { type: "string", alias: "o", description: "Write the output to FILE instead of stdout", valueHint: "FILE" },
  jobs: {
    type: "string",
    alias: "j",
    default: "1",
    description: "Threads to parse on, the main thread included (N - 1 worker threads)",
    valueHint: "N",
  },
} as const satisfies ArgsDef;

export const parseCommandMeta = {
  name: "newsdesk-parse",
  description: "Parse full-text RSS archive files (F1, F2, F3, F6) into article records.",
};

const KNOWN_FLAGS = new Set(["--format", "--out", "-o", "--jobs", "-j", "--help", "-h", "--version", "-v"]);

export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: NodeJS.WriteStream | Writable;
  version: string;
}

/** Text shown after citty's usage by --help: output, exit codes, error codes. */
export function helpDetails(): string {
  const codes = Object.entries(parseErrorCodes)
    .map(([code, text]) => `  ${code.padEnd(22)} ${text}`)
    .join("\n");
  return `
OUTPUT
  ndjson  one JSON article record per line; a file that fails writes
          {"file": "...", "error": {"code": "...", "message": "..."}} instead
  json    the same items as one JSON array
  csv     one row per file (scalar fields, lists joined with "|", counts for nested data;
          errorCode/errorMessage filled for failed files)

  On a terminal a progress bar and a summary (files, records, errors by code, files/s)
  go to stderr; otherwise only the summary.

EXIT CODES
  0  every file parsed
  1  at least one file failed (see its error line)
  2  bad usage (unknown option, bad --format or --jobs, no input on a terminal)

ERROR CODES
${codes}

EXAMPLES
  newsdesk-parse ../shared/corpus/dev > records.ndjson
  newsdesk-parse archive.zip --format csv --out articles.csv --jobs 2
  cat one-file.txt | newsdesk-parse -
`;
}

/** Runs the CLI and returns the exit code. Never throws for bad input files; those are per-file errors. */
export async function runParseCommand(rawArgs: readonly string[], io: CliIo): Promise<number> {
  const args = [...rawArgs];
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(`${await usage()}\n${helpDetails()}`);
    return EXIT_OK;
  }
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
    io.stdout.write(`${io.version}\n`);
    return EXIT_OK;
  }
  const usageError = async (message: string) => {
    io.stderr.write(`${await usage()}\nError: ${message}\n`);
    return EXIT_USAGE;
  };
  const unknown = args.find((arg) => arg.startsWith("-") && arg !== "-" && !KNOWN_FLAGS.has(arg.split("=")[0] ?? arg));
  if (unknown !== undefined) return usageError(`unknown option ${unknown}`);

  let parsed;
  try {
    parsed = parseArgs(args, parseCommandArgs);
  } catch (error) {
    return usageError(stripAnsi((error as Error).message));
  }
  const format = OUTPUT_FORMATS.find((name) => name === String(parsed.format ?? "ndjson"));
  if (format === undefined) return usageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}`);
  const jobs = Number(parsed.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) return usageError("--jobs must be a whole number from 1 to 64");
  const paths = parsed._.length > 0 ? parsed._ : ["-"];
  if (paths.includes("-") && io.stdin.isTTY) return usageError("no input: give paths, or pipe a file or archive into '-'");

  const out = parsed.out ? createWriteStream(parsed.out) : io.stdout;
  const writer = createItemWriter(format, out);
  const summary = new RunSummary();
  const tty = "isTTY" in io.stderr && io.stderr.isTTY === true;
  const bar = tty ? new ProgressBar(io.stderr as NodeJS.WriteStream, await countInputFiles(paths)) : null;
  const inputs: ArchiveInput[] = paths.map((path) => (path === "-" ? io.stdin : path));

  // NDJSON and JSON are written from each record's JSON text, which worker threads hand over as it is.
  const options = { jobs, streamName: "-" };
  const items = format === "csv" ? readArchive(inputs, options) : readArchiveJson(inputs, options);
  for await (const item of items) {
    summary.add(item);
    await writer.write(item);
    bar?.update(summary);
  }
  await writer.end();
  if (out !== io.stdout) await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  if (bar) {
    bar.update(summary, true);
    bar.clear();
  }
  io.stderr.write(summary.render());
  return summary.errors > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

async function usage(): Promise<string> {
  return stripAnsi(await renderUsage({ meta: parseCommandMeta, args: parseCommandArgs }));
}

function stripAnsi(text: string): string {
  // citty colours its usage text; the escape character is the point of this pattern.
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}
