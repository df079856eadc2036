import { describe, expect, it } from "vitest";
import { csvField, csvLine, exportStream, type ExportRow } from "./article-export";

const row: ExportRow = {
  id: "a1",
  title: "布林肯：北约支持乌克兰“没有疲劳感”, said \"Blinken\"",
  source: "美国之音",
  sourceDomain: "www.voachinese.com",
  publishedAt: "2023-11-29T22:43:38.000Z",
  archivedAt: null,
  language: "zh",
  url: "https://www.voachinese.com/a/x.html",
  tags: ["NATO", "乌克兰"],
  aidFigureCount: 2,
  duplicateOfId: null,
};

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text, so the test can see it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

async function* rows(list: ExportRow[]) {
  yield* list;
}

describe("article export", () => {
  it("quotes CSV fields that need it and defuses formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(null)).toBe("");
    expect(csvLine(row)).toBe(
      'a1,"布林肯：北约支持乌克兰“没有疲劳感”, said ""Blinken""",美国之音,www.voachinese.com,2023-11-29T22:43:38.000Z,,zh,https://www.voachinese.com/a/x.html,NATO; 乌克兰,2,\r\n',
    );
  });

  it("streams CSV with a BOM and a header, and JSON as an array", async () => {
    const csv = await text(exportStream(rows([row, { ...row, id: "a2", tags: [] }]), "csv"));
    expect(csv.startsWith("\uFEFFid,title,source,sourceDomain,publishedAt,archivedAt,language,url,tags,aidFigureCount,duplicateOfId\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
    const json = JSON.parse(await text(exportStream(rows([row]), "json"))) as ExportRow[];
    expect(json).toEqual([row]);
    expect(JSON.parse(await text(exportStream(rows([]), "json")))).toEqual([]);
  });
});
