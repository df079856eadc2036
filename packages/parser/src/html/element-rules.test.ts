import { describe, expect, it } from "vitest";
import { isDecorativeImage, pickImageSource, resolveLink } from "./element-rules.js";

const BASE = new URL("https://www.economist.com/china/2020/07/30/story");

describe("resolveLink", () => {
  it.each([
    ["https://www.voachinese.com/a/1.html", "https://www.voachinese.com/a/1.html"],
    ["/china/2020/07/29/other", "https://www.economist.com/china/2020/07/29/other"],
    ["//www.bbc.com/zhongwen/simp/1", "https://www.bbc.com/zhongwen/simp/1"],
    // A site prefix glued before a full address: the address after it is the link.
    ["https://www.economist.comhttp://iea.org/reports/global-energy-review-2020", "http://iea.org/reports/global-energy-review-2020"],
    ["https://www.economist.comhttps://www.cell.com/joule/pdf/x", "https://www.cell.com/joule/pdf/x"],
    ["http://https//www.bbc.com/zhongwen/simp/world-53", "https://www.bbc.com/zhongwen/simp/world-53"],
    // An address that merely holds another in its query stays as it is.
    ["https://example.com/share?u=https://www.voachinese.com/a/1.html", "https://example.com/share?u=https://www.voachinese.com/a/1.html"],
  ])("%s → %s", (href, expected) => {
    expect(resolveLink(href, BASE)).toBe(expected);
  });

  it.each(["#top", "javascript:void(0)", "mailto:letters@economist.com", "https://www.economist.commailto:letters@economist.com/", ""])(
    "gives no link for %j",
    (href) => {
      expect(resolveLink(href, BASE)).toBeNull();
    },
  );
});

describe("isDecorativeImage", () => {
  it.each([
    ["https://ichef.bbci.co.uk/news/640/cpsprodpb/1/production/_grey_line-nc.png", true],
    ["https://www.economist.com/engassets/og-fallback-image.f1ea9088.png", true],
    ["https://s.rfi.fr/media/display/x/WB15400-RFI-CN-20100304.png", true],
    ["https://gdb.voanews.com/01000000-c0a8-0242-c324-08dbf0f17998_r1_s_w900.jpg", false],
  ])("%s → %s", (src, decorative) => {
    expect(isDecorativeImage(src, {})).toBe(decorative);
  });
});

describe("pickImageSource", () => {
  it.each([
    ["src", { src: "https://a.example/x.jpg" }, "https://a.example/x.jpg"],
    ["a lazy image's real address", { src: "data:image/gif;base64,R0lGOD", "data-src": "https://a.example/x.jpg" }, "https://a.example/x.jpg"],
    ["the largest of a srcset by width", { srcset: "https://a.example/x-400.jpg 400w, https://a.example/x-800.jpg 800w, https://a.example/x-600.jpg 600w" }, "https://a.example/x-800.jpg"],
    ["the largest of a srcset by density", { srcset: "https://a.example/a.jpg, https://a.example/b.jpg 2x" }, "https://a.example/b.jpg"],
    ["a srcset URL holding a comma", { srcset: "https://a.example/w_400,h_300/x.jpg 400w" }, "https://a.example/w_400,h_300/x.jpg"],
    ["a lazy srcset", { "data-srcset": "https://a.example/s.jpg 300w, https://a.example/l.jpg 900w" }, "https://a.example/l.jpg"],
    ["nothing", {}, ""],
  ])("takes %s", (_, attribs, expected) => {
    expect(pickImageSource(attribs as Record<string, string>)).toBe(expected);
  });
});
