import { describe, expect, it } from "vitest";
import { walkBody } from "../html/body-walker.js";
import { relatedReadingBlocks } from "./related-reading.js";

const BASE = new URL("https://www.cna.com.tw/news/aopl/202008030123.aspx");
const related = (html: string) => {
  const walk = walkBody(html, BASE);
  return [...relatedReadingBlocks(walk, BASE.href)].map((i) => walk.blocks[i]?.text);
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
    [
      "RFA's unlabelled list of the site's other stories, mid-article",
      "<p>导语。</p><ul><li><b><a href='https://www.cna.com.tw/news/a1.aspx'>美军航母在南海举行军演</a></b></li></ul><ul><li><a href='http://cna.com.tw/news/a2.aspx'>互别苗头</a></li></ul><p>正文。</p>",
      ["美军航母在南海举行军演", "互别苗头"],
    ],
    [
      "DW's gallery of another story: its label, each picture and its caption paragraph, up to the article's next text",
      "<p>正文。</p><h3>相关图集：香港理大13日\"围城\" 大事记</h3><div><img src='https://www.cna.com.tw/a.jpg'><b>第一日</b>：交通受阻。</div>" +
        "<div><img src='https://www.cna.com.tw/b.jpg'><b>火光冲天</b>：爆发冲突。</div><p>正文又起。</p><p>再一段。</p>",
      ["相关图集：香港理大13日\"围城\" 大事记", "", "第一日：交通受阻。", "", "火光冲天：爆发冲突。"],
    ],
    [
      "a label that only the feed's footer follows (its embedded posts were dropped as chrome)",
      "<p>正文。</p><p>相关阅读：</p><blockquote class='wp-embedded-content'><p><a href='/a'>标题</a></p></blockquote><div>获取更多RSS：https://feedx.net</div>",
      ["相关阅读："],
    ],
    [
      "DW's label and headline in one paragraph",
      "<p>正文。</p><p>延伸阅读: <a href='https://www.dw.com/zh/a-1'>美国确诊人数暴增 多州叫停重启计划</a></p><p>正文又起。</p>",
      ["延伸阅读: 美国确诊人数暴增 多州叫停重启计划"],
    ],
  ])("drops %s", (_, html, expected) => {
    expect(related(html)).toEqual(expected);
  });

  it.each([
    ["a label with no links after it (a heading of the article's own)", "<p>正文。</p><p>延伸阅读</p><p>一段没有链接的正文。</p>"],
    ["a label opening a sentence of the article's own", "<p>相关报道指出，<a href='/a'>报告</a>显示疫情严重，各国应加强合作并分享资料。</p>"],
    ["a paragraph with a link in running text after a label", "<p>延伸閱讀</p><p>他說，<a href='/a'>報告</a>指出疫情嚴重，各國應加強合作並分享資料。</p>"],
    ["no label", "<p><a href='/a'>只是一个链接</a></p>"],
    ["a list item linking to another site", "<ul><li><a href='https://www.un.org/report'>联合国报告全文</a></li></ul>"],
    ["a list of references, one of them to another site", "<ol><li><a href='https://www.cna.com.tw/news/a1.aspx'>徵才文一</a></li><li><a href='https://github.com/x'>徵才文二</a></li></ol>"],
    ["a list item with its own words around a link", "<ul><li>第一，<a href='/a'>报告</a>指出疫情严重，各国应加强合作。</li></ul>"],
  ])("keeps %s", (_, html) => {
    expect(related(html)).toEqual([]);
  });
});
