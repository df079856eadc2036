import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, resolve } from "node:path";
import { readArchive } from "@newsdesk/parser";
import { NewsdeskDatabaseError } from "../client/errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { ArchiveItem } from "./archive-item.js";
import { importRecords } from "./import-records.js";
import type { ImportRecordsOptions } from "./import-records.js";
import type { ImportSummary } from "./import-summary.js";

/** Paths (files, folders, .zip, .tar, .tar.gz), or an uploaded archive's bytes with its name. */
export type ImportInput = string | readonly string[] | { name: string; bytes: Uint8Array };

export interface ImportArchiveOptions extends Omit<ImportRecordsOptions, "inputName" | "inputKey"> {
  /** Parser worker threads (default: the number of CPUs). */
  jobs?: number;
  /** Overrides the name shown in the import history. */
  inputName?: string;
}

/**
 * The one import function of Newsdesk (the CLI and the dashboard's uploads both call it): streams the parser's
 * readArchive into batched transactions. Idempotent (same file or URL twice ⇒ one article), newest version wins
 * (tags kept), every file's outcome stored, and a re-run of the same inputs resumes an interrupted batch.
 */
export async function importArchive(db: PrismaClient, input: ImportInput, options: ImportArchiveOptions): Promise<ImportSummary> {
  const jobs = options.jobs ?? availableParallelism();
  if (typeof input === "object" && !Array.isArray(input) && "bytes" in input) {
    const digest = createHash("sha256").update(input.bytes).digest("hex");
    return importRecords(db, readArchive(input.bytes, { jobs, streamName: input.name }), {
      ...options,
      inputName: options.inputName ?? input.name,
      inputKey: `upload:${digest}`,
    });
  }
  const paths = (typeof input === "string" ? [input] : [...(input as readonly string[])]).map((path) => resolve(path));
  if (paths.length === 0) throw new NewsdeskDatabaseError("IMPORT_INPUT_NOT_FOUND", "Nothing to import: no path given");
  for (const path of paths) {
    try {
      await stat(path);
    } catch {
      throw new NewsdeskDatabaseError("IMPORT_INPUT_NOT_FOUND", `Cannot import ${path}: no such file or folder`);
    }
  }
  const inputKey = `paths:${createHash("sha256").update(JSON.stringify([...paths].sort())).digest("hex")}`;
  return importRecords(db, itemsOf(paths, jobs), {
    ...options,
    inputName: options.inputName ?? paths.join(", "),
    inputKey,
  });
}

/** Each path in turn; with several paths, names are prefixed with the path's base name to stay distinct. */
async function* itemsOf(paths: string[], jobs: number): AsyncGenerator<ArchiveItem> {
  for (const path of paths) {
    const prefix = paths.length > 1 ? `${basename(path)}/` : "";
    for await (const item of readArchive(path, { jobs })) {
      yield prefix ? { ...item, file: `${prefix}${item.file}` } : item;
    }
  }
}
