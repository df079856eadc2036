import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ArchiveItem } from "../archive/archive-entry.js";
import { ParseError } from "../errors.js";
import { parse } from "../parse.js";
import { createItemWriter, type OutputFormat } from "./record-writers.js";

const record = parse('<!--1593446049000-->\n[标题, "引号"](https://www.dw.com/zh/a-1)\n------\n\n<p>正文</p>', { file: "a.txt" });
const items: ArchiveItem[] = [
  { ok: true, file: "a.txt", size: 10, sha256: "x", record },
  { ok: false, file: "b.txt", size: 3, sha256: "y", error: new ParseError("UNKNOWN_FORMAT", "not, an \"archive\"") },
];

async function write(format: OutputFormat, list: ArchiveItem[]): Promise<string> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const writer = createItemWriter(format, out);
  for (const item of list) await writer.write(item);
  await writer.end();
  return chunks.join("");
}

describe("item writers", () => {
  it("write NDJSON: a record per line, an error object for a failed file", async () => {
    const lines = (await write("ndjson", items)).trim().split("\n").map((line) => JSON.parse(line) as unknown);
    expect(lines[0]).toEqual(record);
    expect(lines[1]).toEqual({ file: "b.txt", error: { code: "UNKNOWN_FORMAT", message: 'not, an "archive"' } });
  });

  it("write JSON: one array, also when empty", async () => {
    expect(JSON.parse(await write("json", items))).toHaveLength(2);
    expect(JSON.parse(await write("json", []))).toEqual([]);
  });

  it("write CSV with RFC 4180 quoting", async () => {
    const rows = (await write("csv", items)).split("\r\n");
    expect(rows[0]?.split(",")[0]).toBe("file");
    expect(rows[1]).toContain('"标题, ""引号"""');
    expect(rows[2]?.startsWith("b.txt,")).toBe(true);
    expect(rows[2]?.endsWith(',UNKNOWN_FORMAT,"not, an ""archive"""')).toBe(true);
  });
});
