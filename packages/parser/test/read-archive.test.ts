import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArchiveItem, type ArchiveJsonItem, readArchive, readArchiveJson } from "../src/index.js";
import { makeTar, makeZip, type NamedFile } from "./helpers/archives.js";
import { corpusFile } from "./helpers/corpus.js";

const GOOD: NamedFile[] = [
  { name: "a/seed.txt", bytes: corpusFile("seed/000_ebadd0a474f263cc.txt") },
  { name: "a/b/f3.txt", bytes: corpusFile("dev/1924_b67171ae7e04abaf.txt") },
  { name: "f2.md", bytes: corpusFile("dev/1261_bd94f01bf06d8932.txt") },
];
const BAD: NamedFile = { name: "z/notes.txt", bytes: Buffer.from("just some notes\n") };
const FILES = [...GOOD, BAD];

async function collect(input: Parameters<typeof readArchive>[0], jobs = 1): Promise<ArchiveItem[]> {
  const items: ArchiveItem[] = [];
  for await (const item of readArchive(input, { jobs })) items.push(item);
  return items;
}

/** What each item must say about its file: name, size, hash of the raw bytes, outcome. */
function expectItems(items: ArchiveItem[], files: readonly NamedFile[]): void {
  const byName = new Map(items.map((item) => [item.file, item]));
  expect(items.map((i) => i.file).sort()).toEqual(files.map((f) => f.name).sort());
  for (const file of files) {
    const item = byName.get(file.name);
    expect(item?.size).toBe(file.bytes.byteLength);
    expect(item?.sha256).toBe(createHash("sha256").update(file.bytes).digest("hex"));
  }
  for (const file of GOOD.filter((g) => files.includes(g))) {
    const item = byName.get(file.name);
    expect(item?.ok, file.name).toBe(true);
    if (item?.ok) expect(item.record.file).toBe(file.name);
  }
  const bad = byName.get(BAD.name);
  if (bad) {
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe("UNKNOWN_FORMAT");
  }
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsdesk-archive-test-"));
  const folder = join(dir, "folder");
  for (const file of [...FILES, { name: ".hidden/x.txt", bytes: Buffer.from("x") }, { name: "photo.jpg", bytes: Buffer.from([0xff, 0xd8]) }]) {
    mkdirSync(join(folder, file.name, ".."), { recursive: true });
    writeFileSync(join(folder, file.name), file.bytes);
  }
  writeFileSync(join(dir, "files.zip"), makeZip(FILES));
  writeFileSync(join(dir, "files.tar"), await makeTar(FILES));
  writeFileSync(join(dir, "files.tar.gz"), await makeTar(FILES, true));
  writeFileSync(join(dir, "archive-without-extension"), makeZip(FILES));
  writeFileSync(join(dir, "broken.zip"), Buffer.from("PK\u0003\u0004 this is not really a zip"));
  writeFileSync(join(dir, "truncated.tar.gz"), (await makeTar(FILES, true)).subarray(0, 200));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readArchive", () => {
  it("reads a folder recursively, in sorted order, skipping hidden and non-text files", async () => {
    const items = await collect(join(dir, "folder"));
    expect(items.map((i) => i.file)).toEqual(["a/b/f3.txt", "a/seed.txt", "f2.md", "z/notes.txt"]);
    expectItems(items, FILES);
  });

  it.each(["files.zip", "files.tar", "files.tar.gz", "archive-without-extension"])("reads %s", async (name) => {
    expectItems(await collect(join(dir, name)), FILES);
  });

  it("reads a single file under its base name", async () => {
    const items = await collect(join(dir, "folder", "a", "seed.txt"));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: true, file: "seed.txt" });
  });

  it.each([
    ["a .tar.gz stream", async () => Readable.from([await makeTar(FILES, true)])],
    ["a .zip stream", async () => Readable.from([makeZip(FILES)])],
    ["a .tar given as bytes", async () => makeTar(FILES)],
  ])("reads %s", async (_name, make) => {
    expectItems(await collect(await make()), FILES);
  });

  it("reads a stream that is one archive file", async () => {
    const items = await collect(Readable.from([corpusFile("seed/000_ebadd0a474f263cc.txt")]));
    expect(items).toEqual([expect.objectContaining({ ok: true, file: "-" })]);
  });

  it("parses on worker threads with the same results, in the same order", async () => {
    const single = await collect(join(dir, "folder"), 1);
    const parallel = await collect(join(dir, "folder"), 2);
    expect(parallel.map((i) => i.file)).toEqual(single.map((i) => i.file));
    expect(parallel.map((i) => (i.ok ? i.record : i.error.code))).toEqual(single.map((i) => (i.ok ? i.record : i.error.code)));
  });

  it.each([1, 2])("gives each record as its JSON text with readArchiveJson (jobs %i)", async (jobs) => {
    const records = await collect(join(dir, "folder"), 1);
    const json: ArchiveJsonItem[] = [];
    for await (const item of readArchiveJson(join(dir, "folder"), { jobs })) json.push(item);
    expect(json.map((i) => i.file)).toEqual(records.map((i) => i.file));
    expect(json.map((i) => (i.ok ? i.json : i.error.code))).toEqual(records.map((i) => (i.ok ? JSON.stringify(i.record) : i.error.code)));
    expect(json.map((i) => i.sha256)).toEqual(records.map((i) => i.sha256));
    const failed = json.find((i) => !i.ok);
    expect(failed && !failed.ok && failed.error.code).toBe("UNKNOWN_FORMAT");
  });

  it("lets the process exit once worker threads are idle", () => {
    const dist = new URL("../dist/index.js", import.meta.url).href;
    const script = `import { readArchive } from ${JSON.stringify(dist)};
      for await (const item of readArchive(${JSON.stringify(join(dir, "folder"))}, { jobs: 2 })) if (!item.ok && item.error.code !== "UNKNOWN_FORMAT") process.exit(3);`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { timeout: 30_000 });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
  });

  it("reports unreadable inputs and corrupt archives as error items and goes on", async () => {
    const items = await collect([join(dir, "missing.txt"), join(dir, "broken.zip"), join(dir, "truncated.tar.gz"), join(dir, "folder", "f2.md")]);
    expect(items.map((i) => (i.ok ? "ok" : i.error.code))).toEqual(["READ_FAILED", "ARCHIVE_INVALID", "ARCHIVE_INVALID", "ok"]);
    expect(items[0]?.file).toBe(join(dir, "missing.txt"));
  });

  it("reports files over the size limit without reading them whole", async () => {
    const items: ArchiveItem[] = [];
    for await (const item of readArchive(join(dir, "files.zip"), { maxBytes: 4000 })) items.push(item);
    const large = items.filter((i) => !i.ok && i.error.code === "TOO_LARGE").map((i) => i.file);
    expect(large).toEqual(GOOD.filter((f) => f.bytes.byteLength > 4000).map((f) => f.name));
  });
});
