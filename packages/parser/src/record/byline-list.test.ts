import { describe, expect, it } from "vitest";
import { walkBody } from "../html/body-walker.js";
import { bylineListName, englishBylineName } from "./byline-list.js";

const BASE = new URL("https://www.bbc.com/zhongwen/simp/chinese-news-1");
const nameAt = (html: string, index = 0) => bylineListName(walkBody(html, BASE).blocks, index);

describe("bylineListName", () => {
  it.each([
    ["BBC's name and role", '<ul class="css-pu07qy-Person"><li>陈志芬</li><li>BBC中文网记者</li></ul><p>正文。</p>', "陈志芬"],
    ["a bilingual name", "<ul><li>安德鲁•沃克（Andrew Walker）</li><li>BBC经济事务记者</li></ul>", "安德鲁•沃克（Andrew Walker）"],
  ])("reads %s", (_, html, expected) => {
    expect(nameAt(html)).toBe(expected);
  });

  it.each([
    ["a list whose second item is no role", "<ul><li>苹果</li><li>香蕉</li></ul>"],
    ["a longer list", "<ul><li>陈志芬</li><li>BBC中文网记者</li><li>第三项</li></ul>"],
    ["a sentence before a role", "<ul><li>他说，这是真的。</li><li>BBC中文网记者</li></ul>"],
  ])("reads no byline in %s", (_, html) => {
    expect(nameAt(html)).toBeNull();
  });
});

describe("englishBylineName", () => {
  it.each([
    ["by Dominic Ziegler, Banyan columnist, The Economist", "Dominic Ziegler"],
    ["by Geoffrey Carr: science editor, The Economist", "Geoffrey Carr"],
    ["by P.U.", "P.U."],
    ["by Amelia Tait", "Amelia Tait"],
    ["by the time the vote came, the party had split", null],
    ["Written by Amelia Tait", null],
  ])("%s → %s", (text, expected) => {
    const [block] = walkBody(`<p>${text}</p>`, BASE).blocks;
    expect(englishBylineName(block!)).toBe(expected);
  });
});
