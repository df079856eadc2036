import { describe, expect, it } from "vitest";
import { ParseError, type ParseErrorCode } from "../errors.js";
import { readEnvelope } from "./read-envelope.js";

const BODY = "<p>正文</p>";

describe("readEnvelope", () => {
  it.each([
    ["F1", `<!--1593446049000-->\n[标题](https://www.dw.com/zh/a-1)\n------\n\n${BODY}`, 1593446049000, null],
    [
      "F2",
      `---\nlayout: post\ntitle: "标题"\n---\n<!--1595326931000-->\n[标题](https://a.example/x)\n------\n\n<div>\n${BODY}\n</div>`,
      1595326931000,
      null,
    ],
    ["F3", `[标题](https://a.example/x)\n------\n日期：Fri, 12 Jun 2020 19:14:43 +0000\n\n${BODY}`, null, "Fri, 12 Jun 2020 19:14:43 +0000"],
    [
      "F6",
      `<!--1593361687000-->\n[标题](https://a.example/x)\n------\n日期：Sun, 28 Jun 2020 16:28:07 +0000\n\n${BODY}`,
      1593361687000,
      "Sun, 28 Jun 2020 16:28:07 +0000",
    ],
  ])("detects %s", (format, text, archivedAtMs, dateLine) => {
    const envelope = readEnvelope(text);
    expect(envelope.format).toBe(format);
    expect(envelope.archivedAtMs).toBe(archivedAtMs);
    expect(envelope.dateLine).toBe(dateLine);
    expect(envelope.body).toContain(BODY);
    expect(envelope.title).toBe("标题");
  });

  it("keeps brackets in titles and parentheses in URLs", () => {
    const envelope = readEnvelope(
      "<!--1595317621000-->\n[[國際] 歐盟達成協議[影]](https://en.wikipedia.org/wiki/Foo_(bar))\n------\n\nx",
    );
    expect(envelope.title).toBe("[國際] 歐盟達成協議[影]");
    expect(envelope.url).toBe("https://en.wikipedia.org/wiki/Foo_(bar)");
  });

  it("reads a title that spans lines (DW)", () => {
    const envelope = readEnvelope("<!--1593446049000-->\n[德语媒体：北京的快速回应\n\n](https://www.dw.com/zh/a-53985946)\n------\n\nx");
    expect(envelope.title).toBe("德语媒体：北京的快速回应\n\n");
    expect(envelope.url).toBe("https://www.dw.com/zh/a-53985946");
  });

  it("reads an indented head (archive comment and title line)", () => {
    const envelope = readEnvelope("  <!--1593446049000-->\n\t[标题](https://www.dw.com/zh/a-1)\n------\n\n<p>x</p>");
    expect(envelope.format).toBe("F1");
    expect(envelope.archivedAtMs).toBe(1593446049000);
    expect(envelope.title).toBe("标题");
  });

  it("skips a front matter line outside the subset with a warning, and reads the rest", () => {
    const envelope = readEnvelope(
      `---\ntitle: "标题"\nsummary: >\n  多行摘要\ntags: [ a ]\n---\n<!--1595326931000-->\n[标题](https://a.example/x)\n------\n\n${BODY}`,
    );
    expect(envelope.format).toBe("F2");
    expect(envelope.frontMatter).toMatchObject({ title: "标题", tags: ["a"] });
    expect(envelope.warnings).toEqual([
      { code: "front-matter-line", message: expect.stringContaining("(line 4)") as unknown as string },
    ]);
  });

  it("reads a file with neither timestamp nor date line as F3 with a warning", () => {
    const envelope = readEnvelope("[t](https://a.example/x)\n------\n\n<p>x</p>");
    expect(envelope.format).toBe("F3");
    expect(envelope.warnings.map((w) => w.code)).toEqual(["no-date-line"]);
  });

  it.each<[string, string, ParseErrorCode]>([
    ["plain text", "hello world", "UNKNOWN_FORMAT"],
    ["HTML", "<html><body>x</body></html>", "UNKNOWN_FORMAT"],
    ["an unclosed front matter", "---\ntitle: x\n", "FRONT_MATTER_INVALID"],
    ["a bad archive comment", "<!--yesterday-->\n[t](https://a.example)\n------\n", "INVALID_TIMESTAMP"],
    ["an archive time outside 1990–2100", "<!--9999999999999-->\n[t](https://a.example)\n------\n", "INVALID_TIMESTAMP"],
    ["a timestamp without title line", "<!--1593446049000-->\n<p>x</p>", "MISSING_TITLE_LINE"],
    ["a title line without URL", "<!--1593446049000-->\n[title only]\n------\n", "MISSING_TITLE_LINE"],
    ["a missing separator", "<!--1593446049000-->\n[t](https://a.example)\n<p>x</p>", "MISSING_SEPARATOR"],
  ])("refuses %s", (_name, text, code) => {
    expect(() => readEnvelope(text)).toThrow(ParseError);
    try {
      readEnvelope(text);
    } catch (error) {
      expect((error as ParseError).code).toBe(code);
    }
  });
});
