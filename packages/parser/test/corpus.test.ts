import { describe, expect, it } from "vitest";
import { type ArticleRecord, articleRecordSchema, safeParse } from "../src/index.js";
import { normalizeArticleTextForHash, normalizeForHash } from "../src/record/digests.js";
import { allCorpusFiles, corpusFile, manifest } from "./helpers/corpus.js";
import { DROPPED_ON_PURPOSE, recordVisibleText, visibleTextChunks, withoutBoilerplateParagraphs } from "./helpers/visible-text.js";

const files = allCorpusFiles();
const formsByFile = manifest();
const records = new Map<string, ArticleRecord>();
const failures: string[] = [];
for (const file of files) {
  const result = safeParse(corpusFile(file), { file });
  if (result.success) records.set(file, result.data);
  else failures.push(`${file}: ${result.error.code} ${result.error.message}`);
}

/** Share of records for which `has` holds, as a percentage. */
function coverage(has: (record: ArticleRecord) => boolean): string {
  let n = 0;
  for (const record of records.values()) if (has(record)) n++;
  return `${((n / records.size) * 100).toFixed(1)}%`;
}

describe(`the whole corpus (${files.length} files)`, () => {
  it("parses every file with no error", () => {
    expect(failures).toEqual([]);
    expect(records.size).toBe(files.length);
  });

  it("gives records that satisfy the schema", () => {
    for (const [file, record] of records) {
      const check = articleRecordSchema.safeParse(record);
      expect(check.success, `${file}: ${check.error?.message}`).toBe(true);
    }
  });

  it("detects each file's variant as MANIFEST.tsv says", () => {
    const expected: Record<string, string> = { F1_exact: "F1", F2_jekyll_ts: "F2", F3_nots_date: "F3", F6_ts_other: "F6" };
    for (const [file, record] of records) {
      const row = formsByFile.get(file);
      if (row) expect(record.format, file).toBe(expected[row.form]);
    }
  });

  it("gives text whose whitespace is canonical, so that its hash text needs only line breaks folded", () => {
    for (const [file, record] of records) {
      // Single spaces, a line break between lines, a blank line between blocks; none at either end.
      expect(record.text, file).not.toMatch(/[^\S \n]| {2}| \n|\n |\n{3}|^\s|\s$/);
      expect(normalizeArticleTextForHash(record.text), file).toBe(normalizeForHash(record.text));
    }
  });

  it("leaves no feedx footer or site boilerplate in the text", () => {
    for (const [file, record] of records) {
      expect(record.text, file).not.toMatch(
        /获取更多RSS|feedx\.(?:net|xyz|run)|Better Feed|appeared first on|点击查看本文英文版|汤森路透“信任原则”|欢迎点击此处订阅|get_post_time|德国之声版权声明/,
      );
      expect(record.text, file).not.toMatch(/&(?:amp|nbsp|lt|gt|quot|#\d+);|\u00a0/);
    }
  });

  it("loses no article text: what a reader sees of the body is in the record, bar boilerplate", () => {
    const losses: string[] = [];
    for (const [file, record] of records) {
      const raw = corpusFile(file).toString("utf8");
      const body = raw.slice(raw.indexOf("\n------\n") + 8);
      const seen = recordVisibleText(record);
      const lost = visibleTextChunks(withoutBoilerplateParagraphs(body, record.url)).filter(
        (chunk) => !seen.includes(chunk) && !DROPPED_ON_PURPOSE.some((re) => re.test(chunk)),
      );
      const lostChars = lost.reduce((sum, chunk) => sum + chunk.length, 0);
      if (lostChars > 40) losses.push(`${file}: ${lost.join(" | ").slice(0, 200)}`);
    }
    expect(losses).toEqual([]);
  });

  it("gives every record a stable id and a content hash, and unique ids to distinct URLs", () => {
    const idsByUrl = new Map<string, string>();
    for (const record of records.values()) {
      expect(record.id).toMatch(/^[0-9a-f]{64}$/);
      expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
      const seen = idsByUrl.get(record.canonicalUrl);
      if (seen) expect(seen).toBe(record.id);
      idsByUrl.set(record.canonicalUrl, record.id);
    }
    expect(new Set(idsByUrl.values()).size).toBe(idsByUrl.size);
  });

  it("knows every source of the corpus", () => {
    const unknown = [...records.values()].filter((r) => !r.source.known).map((r) => r.source.domain);
    expect([...new Set(unknown)]).toEqual([]);
  });

  it("prints field coverage", () => {
    const table = {
      files: records.size,
      publishedAt: coverage((r) => r.publishedAt !== null),
      "publishedAt zone assumed": coverage((r) => r.publishedAtDetail?.zoneAssumed === true),
      archivedAt: coverage((r) => r.archivedAt !== null),
      author: coverage((r) => r.author !== null),
      image: coverage((r) => r.image !== null),
      "image credit": coverage((r) => r.image?.credit != null),
      "image caption": coverage((r) => r.image?.caption != null),
      script: coverage((r) => r.script !== null),
      headings: coverage((r) => r.blocks.some((b) => b.type === "heading")),
      links: coverage((r) => r.links.length > 0),
      entities: coverage((r) => r.entities.length > 0),
      tags: coverage((r) => r.tags.length > 0),
      keywords: coverage((r) => r.keywords.length > 0),
      "money mentions": coverage((r) => r.moneyMentions.length > 0),
      "no warnings": coverage((r) => r.warnings.length === 0),
    };
    console.log("field coverage over the corpus:\n", table);
    expect(table.files).toBe(files.length);
  });
});
