import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleRecord } from "@newsdesk/parser";
import { safeParse } from "@newsdesk/parser";
import type { ArchiveItem } from "../../ingest/archive-item.js";
import { sharedCorpusDir } from "../../package-paths.js";
import { SeededRandom } from "../demo-archive/seeded-random.js";

/**
 * Realistic records at any volume, for benchmarks (100,000 for the import bench, 1,000,000 for the dashboard's):
 * every record is a real corpus article (parsed once) under a new URL, source, publication date (2019–2025) and a
 * numbered last paragraph, so ids and text digests are unique; 1 in 100 repeats its predecessor's text under another
 * URL (a near-duplicate). Item i depends only on (seed, i), so a generation can start anywhere (resumed loads).
 */
export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** First index (default 0). */
  start?: number;
  /** Folder of archive files to derive records from (default: ../shared/corpus/dev). */
  corpusDir?: string;
}

export type SyntheticItem = Extract<ArchiveItem, { ok: true }>;

const firstDay = Date.UTC(2019, 0, 1);
const lastDay = Date.UTC(2025, 9, 31);
const syntheticSources = Array.from({ length: 40 }, (_, i) => `bench-${String(i).padStart(2, "0")}.demo.newsdesk.invalid`);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function defaultCorpusDevDir(): string {
  const corpus = sharedCorpusDir();
  if (!corpus) throw new Error("No corpus: pass corpusDir, or keep ../shared/corpus beside the repository");
  return join(corpus, "dev");
}

const templatesByDir = new Map<string, Promise<ArticleRecord[]>>();

/** The corpus parsed once per process (about ten seconds for ../shared/corpus/dev). */
export function loadTemplates(dir: string = defaultCorpusDevDir()): Promise<ArticleRecord[]> {
  let templates = templatesByDir.get(dir);
  if (!templates) {
    templates = (async () => {
      const names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
      const records: ArticleRecord[] = [];
      for (const name of names) {
        const result = safeParse(await readFile(join(dir, name)), { file: name });
        if (result.success && result.data.text.length > 0) records.push(result.data);
      }
      if (records.length === 0) throw new Error(`No parsable archive files in ${dir}`);
      return records;
    })();
    templatesByDir.set(dir, templates);
  }
  return templates;
}

/** Every hundredth record repeats the previous record's text: a near-duplicate under another URL. */
const textNumberOf = (index: number) => (index % 100 === 99 ? index - 1 : index);

/** The corpus record that synthetic record `index` is derived from (same title; its text plus a numbered note). */
export function syntheticTemplate(templates: readonly ArticleRecord[], index: number): ArticleRecord {
  return templates[textNumberOf(index) % templates.length]!;
}

export function syntheticRecord(templates: readonly ArticleRecord[], seed: number, index: number): ArticleRecord {
  const rng = new SeededRandom((seed ^ Math.imul(index + 1, 2654435761)) >>> 0);
  const textNumber = textNumberOf(index);
  const template = syntheticTemplate(templates, index);
  const day = firstDay + Math.floor(rng.next() * ((lastDay - firstDay) / 86_400_000)) * 86_400_000;
  const publishedAt = new Date(day + rng.int(0, 86_399) * 1000);
  const archivedAt = new Date(publishedAt.getTime() + rng.int(5, 600) * 60_000);
  const synthetic = rng.chance(0.3);
  const domain = synthetic ? rng.pick(syntheticSources) : template.source.domain;
  const source = synthetic ? { domain, name: domain, nameEn: domain, known: false } : template.source;
  const month = String(publishedAt.getUTCMonth() + 1).padStart(2, "0");
  const url = `https://${domain}/archive/${publishedAt.getUTCFullYear()}/${month}/${index}.html`;
  const note = `（档案编号：${textNumber}）`;
  const text = `${template.text}\n\n${note}`;
  return {
    ...template,
    file: `synthetic-${index}.txt`,
    id: sha256(url),
    url,
    canonicalUrl: url,
    source,
    archivedAt: archivedAt.toISOString(),
    publishedAt: publishedAt.toISOString(),
    publishedAtDetail: null,
    blocks: [...template.blocks, { type: "paragraph", text: note, html: note }],
    text,
    charCount: template.charCount + Array.from(note).length,
    contentHash: sha256(text.normalize("NFC").replace(/\s+/g, " ").trim()),
  };
}

export async function* syntheticArchiveItems(options: SyntheticOptions): AsyncGenerator<SyntheticItem> {
  const templates = await loadTemplates(options.corpusDir);
  const seed = options.seed ?? 1;
  const start = options.start ?? 0;
  for (let index = start; index < options.count; index++) yield syntheticItem(syntheticRecord(templates, seed, index), seed, index);
}

/** The archive item of a synthetic record, as an import would see it. */
export function syntheticItem(record: ArticleRecord, seed: number, index: number): SyntheticItem {
  return { ok: true, file: record.file, size: Buffer.byteLength(record.text), sha256: sha256(`${seed}:${index}`), record };
}
