import { describe, expect, it } from "vitest";
import { canonicalizeUrl, readArticleUrl } from "./canonical-url.js";

const canonical = (written: string, drop: string[] = []) => {
  const url = readArticleUrl(written);
  if (url === null) throw new Error(`not a URL: ${written}`);
  return canonicalizeUrl(url, drop);
};

describe("canonicalizeUrl", () => {
  it.each([
    ["http://www.bbc.com/zhongwen/simp/world-53170148", "https://www.bbc.com/zhongwen/simp/world-53170148"],
    ["HTTPS://WWW.DW.COM:443/zh/a-1", "https://www.dw.com/zh/a-1"],
    ["http://www.rfi.fr//cn/%E4%B8%AD%E5%9B%BD/x", "https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/x"],
    ["https://chinadigitaltimes.net/chinese/2020/06/%e6%9d%8e/", "https://chinadigitaltimes.net/chinese/2020/06/%E6%9D%8E/"],
    ["https://www.dw.com/zh/拉丁美洲/a-54255378", "https://www.dw.com/zh/%E6%8B%89%E4%B8%81%E7%BE%8E%E6%B4%B2/a-54255378"],
    ["https://matters.news/@a/%25E5%25A4%2596-x", "https://matters.news/@a/%E5%A4%96-x"],
    ["https://a.example/%7Euser/%41b", "https://a.example/~user/Ab"],
    ["https://www.ft.com/content/62fe82c5#new_tab", "https://www.ft.com/content/62fe82c5"],
    ["https://medium.com/@y/-b67?source=rss-216c8ba84893------2", "https://medium.com/@y/-b67"],
    ["https://a.example/x?utm_source=t&b=2&a=1&fbclid=z", "https://a.example/x?a=1&b=2"],
    ["https://a.example/x?source=homepage", "https://a.example/x?source=homepage"],
    ["https://www.dw.com/zh/x/a-54255378?maca=chi-rss-chi-all-1127-rdf", "https://www.dw.com/zh/x/a-54255378"],
    ["https://www.bbc.com/zhongwen/simp/world-1?at_medium=RSS&at_custom1=x", "https://www.bbc.com/zhongwen/simp/world-1"],
    ["https://a.example/s?id=5&from=timeline&isappinstalled=0", "https://a.example/s?id=5"],
    ["//cn.reuters.com/article/x", "https://cn.reuters.com/article/x"],
    ["www.voachinese.com/a/x.html", "https://www.voachinese.com/a/x.html"],
  ])("%s → %s", (written, expected) => {
    expect(canonical(written)).toBe(expected);
  });

  it("drops a site's view parameters", () => {
    expect(canonical("https://cn.ft.com/story/001088605?full=y", ["full"])).toBe("https://cn.ft.com/story/001088605");
  });

  it("gives every spelling of one article the same canonical URL", () => {
    const spellings = [
      "https://www.dw.com/zh/%E6%8B%89%E4%B8%81/a-1",
      "http://www.dw.com/zh/%e6%8b%89%e4%b8%81/a-1#top",
      "https://WWW.dw.com//zh/拉丁/a-1?utm_medium=rss",
    ];
    expect(new Set(spellings.map((s) => canonical(s))).size).toBe(1);
  });

  it.each(["", "not a url", "ftp://a.example/x", "javascript:alert(1)", "mailto:a@b.c", "/relative/path"])(
    "refuses %j",
    (written) => {
      expect(readArticleUrl(written)).toBeNull();
    },
  );
});
