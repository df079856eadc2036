import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ArticleRecord, parse } from "../src/index.js";
import { corpusFile } from "./helpers/corpus.js";

/** Hand-checked expectations for files of every source and variant; the inputs are read from ../shared/corpus. */
interface ArticleFixture {
  file: string;
  format: ArticleRecord["format"];
  source: string;
  title: string;
  canonicalUrl: string;
  archivedAt: string | null;
  publishedAt: string | null;
  publishedAtDetail: { origin: string; raw: string; zone: string; zoneAssumed: boolean } | null;
  author: string | null;
  language: string;
  script: ArticleRecord["script"];
  image: { url: string; credit: string | null } | null;
  /** The first headings, in order. */
  headings: string[];
  /** Pairs that must be among the entities. */
  entities: Array<{ zh: string; en: string }>;
  textStartsWith: string;
  textEndsWith: string;
  textIncludes?: string[];
  textExcludes: string[];
  warnings: string[];
  tags: string[];
  categories: string[];
  /** The first keywords, in order. */
  keywords: string[];
  note?: string;
}

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/articles.json", import.meta.url), "utf8")) as ArticleFixture[];

describe("hand-checked articles", () => {
  it("cover at least 30 files, every variant and many sources", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(new Set(fixtures.map((f) => f.format))).toEqual(new Set(["F1", "F2", "F3", "F6"]));
    expect(new Set(fixtures.map((f) => f.source)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures.map((f) => [`${f.file} (${f.source}, ${f.format})`, f] as const))("%s", (_name, fixture) => {
    const record = parse(corpusFile(fixture.file), { file: fixture.file.split("/").pop() });
    expect(record.format).toBe(fixture.format);
    expect(record.source.name).toBe(fixture.source);
    expect(record.title).toBe(fixture.title);
    expect(record.canonicalUrl).toBe(fixture.canonicalUrl);
    expect(record.archivedAt).toBe(fixture.archivedAt);
    expect(record.publishedAt).toBe(fixture.publishedAt);
    if (fixture.publishedAtDetail === null) expect(record.publishedAtDetail).toBeNull();
    else expect(record.publishedAtDetail).toMatchObject(fixture.publishedAtDetail);
    expect(record.author).toBe(fixture.author);
    expect(record.language).toBe(fixture.language);
    expect(record.script).toBe(fixture.script);
    if (fixture.image === null) expect(record.image).toBeNull();
    else expect(record.image).toMatchObject(fixture.image);
    const headings = record.blocks.filter((b) => b.type === "heading").map((b) => b.text);
    expect(headings.slice(0, fixture.headings.length)).toEqual(fixture.headings);
    for (const pair of fixture.entities) expect(record.entities).toContainEqual(pair);
    expect(record.text.startsWith(fixture.textStartsWith)).toBe(true);
    expect(record.text.endsWith(fixture.textEndsWith)).toBe(true);
    for (const snippet of fixture.textIncludes ?? []) expect(record.text).toContain(snippet);
    for (const snippet of fixture.textExcludes) expect(record.text).not.toContain(snippet);
    expect(record.warnings.map((w) => w.code)).toEqual(fixture.warnings);
    expect(record.tags).toEqual(fixture.tags);
    expect(record.categories).toEqual(fixture.categories);
    expect(record.keywords.slice(0, fixture.keywords.length)).toEqual(fixture.keywords);
  });
});
