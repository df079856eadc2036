import { existsSync, readFileSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";

/**
 * A fresh in-memory PGlite, started from a dump of an empty cluster cached in the OS temp folder: running initdb
 * in WebAssembly takes ~8 s, loading the dump ~1 s. Used for throwaway databases (schema diffs, test templates).
 */
let blank: Promise<Blob> | null = null;

/** The installed PGlite's version (its package.json is not exported, so it is read beside its entry point). */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const manifest = join(dirname(entry), "..", "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

export async function blankDump(): Promise<Blob> {
  blank ??= (async () => {
    const file = join(tmpdir(), `newsdesk-pglite-blank-${pgliteVersion()}.tar.gz`);
    if (existsSync(file)) return new Blob([await readFile(file)]);
    const pglite = await PGlite.create();
    try {
      const dump = await pglite.dumpDataDir("gzip");
      const partial = `${file}.${process.pid}.${Date.now()}`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, file);
      return dump;
    } finally {
      await pglite.close();
    }
  })();
  return blank;
}

export async function createBlankPglite(): Promise<PGlite> {
  return PGlite.create({ loadDataDir: await blankDump() });
}
