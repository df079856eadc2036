import { describe, expect, it } from "vitest";
import { resolveLink } from "./element-rules.js";

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
