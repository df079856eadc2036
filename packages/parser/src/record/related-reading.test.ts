import { describe, expect, it } from "vitest";
import { walkBody } from "../html/body-walker.js";
import { relatedReadingBlocks } from "./related-reading.js";

const BASE = new URL("https://www.cna.com.tw/news/aopl/202008030123.aspx");
const related = (html: string) => {
  const walk = walkBody(html, BASE);
  return [...relatedReadingBlocks(walk)].map((i) => walk.blocks[i]?.text);
};

describe("relatedReadingBlocks", () => {
  it.each([
    [
      "CNA's label and its paragraph of headlines",
      "<p>正文。</p><p>延伸閱讀</p><p><a href='/a'>拉丁美洲疫情未緩</a><a href='/b'>聯合國：拉美4500萬人恐淪貧戶</a></p>",
      ["延伸閱讀", "拉丁美洲疫情未緩聯合國：拉美4500萬人恐淪貧戶"],
    ],
    [
      "China Digital Times' label with a colon, one link per block, up to the next text",
      "<p>正文。</p><p>相关阅读：</p><p><a href='/a'>现代聊斋 | 标题一</a></p><p><a href='/b'>标题二</a></p><p>正文又起，没有链接。</p>",
      ["相关阅读：", "现代聊斋 | 标题一", "标题二"],
    ],
  ])("drops %s", (_, html, expected) => {
    expect(related(html)).toEqual(expected);
  });

  it.each([
    ["a label with no links after it (a heading of the article's own)", "<p>正文。</p><p>延伸阅读</p><p>一段没有链接的正文。</p>"],
    ["a paragraph with a link in running text after a label", "<p>延伸閱讀</p><p>他說，<a href='/a'>報告</a>指出疫情嚴重，各國應加強合作並分享資料。</p>"],
    ["no label", "<p><a href='/a'>只是一个链接</a></p>"],
  ])("keeps %s", (_, html) => {
    expect(related(html)).toEqual([]);
  });
});
