import { describe, expect, it } from "vitest";
import { safeHttpUrl, sanitizeArticleHtml } from "./sanitize-article-html";

describe("sanitizeArticleHtml", () => {
  it.each([
    ["<p>ok<script>window.__pwned=1</script></p>", "<p>ok</p>"],
    ['<img src="x" onerror="window.__pwned=1">', ""],
    ['<img src="https://img.example/a.jpg" onerror="window.__pwned=1">', '<img src="https://img.example/a.jpg" alt="" loading="lazy" referrerpolicy="no-referrer" />'],
    ['<img src="http://img.example/a.jpg">', ""],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener nofollow ugc noreferrer" target="_blank">x</a>'],
    ['<a href="JaVaScRiPt:alert(1)" onclick="alert(1)">x</a>', '<a rel="noopener nofollow ugc noreferrer" target="_blank">x</a>'],
    ['<p onclick="alert(1)" style="color:red">t</p>', "<p>t</p>"],
    ['<svg onload="alert(1)"><circle/></svg>text', "text"],
    ["<style>body{display:none}</style>after", "after"],
    ['<object data="x.swf"></object><embed src="x">', ""],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', ""],
    ['<a href="//evil.example/">x</a>', '<a rel="noopener nofollow ugc noreferrer" target="_blank">x</a>'],
  ])("neutralises %s", (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });

  it("keeps the newsroom's formatting and makes links safe to follow", () => {
    expect(sanitizeArticleHtml('<b>最终</b><i>成员</i><br /><a href="https://www.voachinese.com/a/1.html" target="_self">VOA</a>')).toBe(
      '<strong>最终</strong><em>成员</em><br /><a href="https://www.voachinese.com/a/1.html" rel="noopener nofollow ugc noreferrer" target="_blank">VOA</a>',
    );
  });

  it("turns an iframe into a link to its source instead of embedding it", () => {
    expect(sanitizeArticleHtml('<iframe src="https://www.youtube.com/embed/x" title="Video" onload="alert(1)"></iframe>')).toBe(
      '<a href="https://www.youtube.com/embed/x" rel="noopener nofollow ugc noreferrer" target="_blank">Video</a>',
    );
  });
});

describe("safeHttpUrl", () => {
  it("accepts only absolute http(s) URLs", () => {
    expect(safeHttpUrl("https://a.example/x")).toBe("https://a.example/x");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("/relative")).toBeNull();
    expect(safeHttpUrl("http://a.example/", ["https:"])).toBeNull();
  });
});
