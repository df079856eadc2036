import { readFile } from "node:fs/promises";
import { parse } from "@newsdesk/parser";
import { describe, expect, it } from "vitest";
import { demoArchivePath } from "../sample-paths.js";
import { demoDomainSuffix } from "./demo-sources.js";
import { generateDemoArchive } from "./generate-demo-archive.js";
import { tarGz } from "./tar-gz.js";

const files = generateDemoArchive();
const records = files.map((file) => parse(file.text, { file: file.name }));

describe("the demo archive", () => {
  it("is what the generator makes: the committed sample/demo-archive.tar.gz is up to date", async () => {
    const committed = await readFile(demoArchivePath);
    expect((await tarGz(files)).equals(committed), "run `npm run demo:archive -w @newsdesk/db` and commit").toBe(true);
  });

  it("parses completely, every record from a synthetic source", () => {
    expect(files.length).toBeGreaterThanOrEqual(300);
    expect(files.length).toBeLessThanOrEqual(600);
    for (const record of records) expect(record.source.domain.endsWith(demoDomainSuffix)).toBe(true);
    expect(new Set(records.map((record) => record.source.domain)).size).toBeGreaterThanOrEqual(12);
  });

  it("spans 2019–2025, the three formats, both scripts and English", () => {
    const years = new Set(records.map((record) => record.publishedAt?.slice(0, 4)));
    for (let year = 2019; year <= 2025; year++) expect(years.has(String(year))).toBe(true);
    expect(new Set(records.map((record) => record.format))).toEqual(new Set(["F1", "F2", "F3"]));
    expect(records.filter((record) => record.script === "Hans").length).toBeGreaterThan(100);
    expect(records.filter((record) => record.script === "Hant").length).toBeGreaterThan(50);
    expect(records.filter((record) => record.language === "en").length).toBeGreaterThan(20);
  });

  it("has what the dashboard's demo and tests need", () => {
    expect(records.filter((record) => record.text.includes("乌克兰")).length).toBeGreaterThanOrEqual(25);
    expect(records.filter((record) => record.text.includes("烏克蘭")).length).toBeGreaterThanOrEqual(5);
    expect(records.filter((record) => record.moneyMentions.some((mention) => mention.isAid)).length).toBeGreaterThan(50);
    expect(records.filter((record) => record.entities.length > 0).length).toBeGreaterThan(100);
    expect(records.filter((record) => record.image?.credit).length).toBeGreaterThan(30);
    expect(records.filter((record) => record.title.includes("XSS"))).toHaveLength(3);
    const texts = files.map((file) => file.text).join("\n");
    for (const payload of ["<script>", "onerror=", "<iframe", "javascript:"]) expect(texts).toContain(payload);
    // Near-duplicates (same text, other URL) and re-archived versions (same URL, later archive time).
    const byHash = new Map<string, number>();
    for (const record of records) byHash.set(record.contentHash, (byHash.get(record.contentHash) ?? 0) + 1);
    expect([...byHash.values()].filter((count) => count > 1).length).toBeGreaterThanOrEqual(10);
    const byId = new Map<string, number>();
    for (const record of records) byId.set(record.id, (byId.get(record.id) ?? 0) + 1);
    expect([...byId.values()].filter((count) => count > 1).length).toBeGreaterThanOrEqual(5);
  });
});
