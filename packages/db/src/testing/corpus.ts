import { copyFile, mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedCorpusDir } from "../package-paths.js";

/**
 * The shared corpus (read-only, beside the repository at ../shared/corpus; never copied into the repository).
 * Tests that need a slice of it copy files into a temporary folder outside the repository.
 */
export function corpusDir(): string {
  const dir = sharedCorpusDir();
  if (!dir) throw new Error("The shared corpus is missing: expected ../shared/corpus/dev beside the repository");
  return dir;
}

export const corpusDevDir = () => join(corpusDir(), "dev");

/** Names of the corpus dev files, sorted. */
export async function corpusFileNames(): Promise<string[]> {
  return (await readdir(corpusDevDir())).filter((name) => name.endsWith(".txt")).sort();
}

/** Copies corpus dev files [start, end) into a new temporary folder and returns its path. */
export async function corpusSlice(start: number, end: number, into?: string): Promise<string> {
  const names = (await corpusFileNames()).slice(start, end);
  const dir = into ?? (await mkdtemp(join(tmpdir(), "newsdesk-corpus-")));
  await mkdir(dir, { recursive: true });
  await Promise.all(names.map((name) => copyFile(join(corpusDevDir(), name), join(dir, name))));
  return dir;
}
