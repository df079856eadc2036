import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { ParseError } from "../errors.js";
import { type ArchiveEntry, isArticleFileName } from "./archive-entry.js";

/** Files read ahead of the consumer. */
const READ_AHEAD = 16;

/**
 * The article files of a folder and its sub-folders, in sorted order. Names are relative to the
 * folder, with "/" separators. Reads run a few files ahead of the consumer (on libuv's thread pool,
 * while the caller parses) and are yielded in walk order; with `deferReads` nothing is read (each
 * entry carries its path for the worker thread that will parse it).
 */
export async function* folderEntries(root: string, maxBytes: number, deferReads = false): AsyncGenerator<ArchiveEntry> {
  const ahead: Array<Promise<ArchiveEntry>> = [];
  for await (const path of walk(root)) {
    const file = relative(root, path).split(sep).join("/");
    if (!isArticleFileName(file)) continue;
    if (deferReads) {
      // Worker threads read their files themselves: the main thread only walks the folder.
      yield { file, size: 0, bytes: null, path };
      continue;
    }
    ahead.push(fileEntry(path, file, maxBytes));
    if (ahead.length >= READ_AHEAD) yield await (ahead.shift() as Promise<ArchiveEntry>);
  }
  while (ahead.length > 0) yield await (ahead.shift() as Promise<ArchiveEntry>);
}

/** How many article files a folder holds (for progress totals); reads no file. */
export async function countFolderFiles(root: string): Promise<number> {
  let count = 0;
  for await (const path of walk(root)) if (isArticleFileName(relative(root, path).split(sep).join("/"))) count++;
  return count;
}

/** One file as an entry named `file` (its base name by default). */
export async function fileEntry(path: string, file = basename(path), maxBytes: number): Promise<ArchiveEntry> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      const error = new ParseError("TOO_LARGE", `${file} is ${info.size} bytes, over the limit of ${maxBytes} bytes.`, {
        file,
      });
      return { file, size: info.size, bytes: null, error };
    }
    const bytes = await readFile(path);
    return { file, size: bytes.byteLength, bytes };
  } catch (cause) {
    const error = new ParseError("READ_FAILED", `Cannot read ${path}: ${(cause as Error).message}`, { file, cause });
    return { file, size: 0, bytes: null, error };
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith(".")) continue;
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target?.isDirectory()) yield* walk(path);
      else if (target?.isFile()) yield path;
    }
  }
}
