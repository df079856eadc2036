import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError, articleRecordSchema, safeParse } from "../src/index.js";
import { allCorpusFiles, corpusFile } from "./helpers/corpus.js";

/** safeParse must return, not throw: a record that satisfies the schema, or a ParseError with a code. */
function checkOutcome(input: string | Uint8Array): void {
  const result = safeParse(input, { file: "property" });
  if (result.success) {
    expect(articleRecordSchema.safeParse(result.data).success).toBe(true);
    // The text's whitespace is canonical whatever the input (the content hash relies on it).
    expect(result.data.text).not.toMatch(/[^\S \n]| {2}| \n|\n |\n{3}|^\s|\s$/);
  } else {
    expect(result.error).toBeInstanceOf(ParseError);
    expect(typeof result.error.code).toBe("string");
  }
}

// Every 40th corpus file: all sources and variants, few enough to keep the run short.
const samples = allCorpusFiles()
  .filter((_file, i) => i % 40 === 0)
  .map((file) => corpusFile(file).toString("utf8"));

const HTML_TOKENS = [
  "<p>", "</p>", "<br />", "<br><br>", "<div>", "</div>", "<strong>", "</strong>", "<b>", "<i>", "</i>", "<a href=\"/x\">", "</a>",
  "<img src=\"https://images.weserv.nl/?url=a.example/b.jpg\">", "<small>", "</small>", "<figcaption>", "<h2>", "</h2>",
  "<blockquote>", "<li>", "<ul>", "<ol>", "<iframe src=\"//v.example/1\"></iframe>", "<script>", "</script>", "<style>",
  "<!--", "-->", "<![CDATA[", "&amp;", "&nbsp;", "&#8230;", "&#x4e2d;", "&bogus;", "（", "）", "(", ")", "·", "“", "\n", " ",
  "获取更多RSS", "https://feedx.net", "美国国务卿安东尼·布林肯（Antony Blinken）", "约770亿美元", "2020年 7月 20日",
  "Wed, 29 Nov 2023 22:43:38 GMT", "<div class=\"mpu-ad\">", "<time datetime=\"2020-01-01\">", "\u00a0", "\u0000", "\ud800",
  // whitespace in every form, also double-encoded
  "\t", "\r", "\u3000", "\u2028", "\ufeff", "\u200b", "&amp;#12288;", "&amp;#9;", "&amp;#10;", "&amp;nbsp;", "  ",
];

const htmlBody = fc.array(fc.oneof(fc.constantFrom(...HTML_TOKENS), fc.string({ maxLength: 20 })), { maxLength: 80 }).map((parts) => parts.join(""));
const envelope = fc
  .record({
    frontMatter: fc.option(fc.array(fc.oneof(fc.constantFrom("title: \"x\"", "date: 2020-07-21T10:22:11.000Z", "tags: [ a, b ]", "author: 某人", "tags:", "  - a"), fc.string({ maxLength: 30 })), { maxLength: 6 })),
    timestamp: fc.option(fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 14n }).map(String), fc.string({ maxLength: 14 }))),
    title: fc.string({ maxLength: 40 }),
    url: fc.oneof(fc.constantFrom("https://www.voachinese.com/a/1.html", "http://www.rfi.fr//cn/%E4%B8%AD", "//cn.reuters.com/x", "not a url", ""), fc.webUrl()),
    dateLine: fc.option(fc.oneof(fc.constantFrom("Fri, 12 Jun 2020 19:14:43 +0000", "20/07/2020 - 17:50"), fc.string({ maxLength: 30 }))),
    body: htmlBody,
  })
  .map(({ frontMatter, timestamp, title, url, dateLine, body }) =>
    [
      frontMatter === null ? "" : `---\n${frontMatter.join("\n")}\n---\n`,
      timestamp === null ? "" : `<!--${timestamp}-->\n`,
      `[${title}](${url})\n------\n`,
      dateLine === null ? "\n" : `日期：${dateLine}\n\n`,
      body,
    ].join(""),
  );

/** A corpus file with one edit: a cut, an insertion, a duplicated range, a truncation or a character swap. */
const mutatedCorpusFile = fc
  .record({
    sample: fc.integer({ min: 0, max: Math.max(0, samples.length - 1) }),
    kind: fc.constantFrom("cut", "insert", "duplicate", "truncate", "swap"),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 0, max: 400 }),
    insert: fc.oneof(fc.constantFrom(...HTML_TOKENS), fc.string({ maxLength: 50 })),
  })
  .map(({ sample, kind, at, length, insert }) => {
    const text = samples[sample] ?? "";
    const i = Math.floor(at * text.length);
    switch (kind) {
      case "cut":
        return text.slice(0, i) + text.slice(i + length);
      case "insert":
        return text.slice(0, i) + insert + text.slice(i);
      case "duplicate":
        return text.slice(0, i + length) + text.slice(i);
      case "truncate":
        return text.slice(0, i);
      default:
        return text.slice(0, i) + (insert[0] ?? "<") + text.slice(i + 1);
    }
  });

describe("safeParse never throws or hangs", () => {
  it("on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => checkOutcome(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => checkOutcome(text)), { numRuns: 300 });
  });

  it("on arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => checkOutcome(bytes)), { numRuns: 300 });
  });

  it("on archive-shaped input with random parts", () => {
    fc.assert(fc.property(envelope, (text) => checkOutcome(text)), { numRuns: 500 });
  });

  it("on mutated corpus files", () => {
    fc.assert(fc.property(mutatedCorpusFile, (text) => checkOutcome(text)), { numRuns: 300 });
  });

  it.each([
    ["deeply nested elements", `<!--1593446049000-->\n[t](https://a.example/x)\n------\n\n${"<div><p><b>".repeat(20000)}x`],
    ["a title line of brackets", `<!--1593446049000-->\n[${"](".repeat(50000)}](https://a.example/x)\n------\n\nx`],
    ["a huge unclosed comment", `<!--1593446049000-->\n[t](https://a.example/x)\n------\n\n<!--${"-".repeat(200000)}`],
    ["many parentheses for the name finder", `<!--1593446049000-->\n[t](https://a.example/x)\n------\n\n<p>${"中（A".repeat(30000)}</p>`],
    ["long runs of spaces and breaks", `<!--1593446049000-->\n[t](https://a.example/x)\n------\n\n<p>${" \n<br>".repeat(50000)}</p>`],
    ["an unclosed chrome box", `<!--1593446049000-->\n[t](https://a.example/x)\n------\n\n<div class="ad">${"<p>文字".repeat(20000)}`],
  ])("on %s", (_name, text) => {
    checkOutcome(text);
  });
});
