import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * ../shared/corpus relative to the repository root, found by walking up from this package (or
 * NEWSDESK_CORPUS). Corpus files are read in place, never copied into the repository.
 */
export function corpusDir(): string {
  const override = process.env.NEWSDESK_CORPUS;
  if (override) return override;
  let dir = fileURLToPath(new URL(".", import.meta.url));
  for (;;) {
    const candidate = join(dir, "..", "shared", "corpus");
    if (existsSync(join(candidate, "MANIFEST.tsv"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("../shared/corpus not found above the repository (set NEWSDESK_CORPUS)");
    dir = parent;
  }
}

/** The bytes of a corpus file, by its path inside the corpus ("dev/0001_….txt", "seed/000_….txt"). */
export function corpusFile(name: string): Buffer {
  return readFileSync(join(corpusDir(), name));
}

/** Every file of the corpus (seed and dev), as paths inside it, sorted. */
export function allCorpusFiles(): string[] {
  const root = corpusDir();
  return ["seed", "dev"].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => `${folder}/${name}`),
  );
}

/** Rows of MANIFEST.tsv: corpus path → source domain and format variant. */
export function manifest(): Map<string, { domain: string; form: string }> {
  const rows = readFileSync(join(corpusDir(), "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1);
  return new Map(
    rows.map((row) => {
      const cols = row.split("\t");
      return [cols[8] ?? "", { domain: cols[5] ?? "", form: cols[9] ?? "" }];
    }),
  );
}
