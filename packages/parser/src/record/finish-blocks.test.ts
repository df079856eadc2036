import { describe, expect, it } from "vitest";
import { walkBody } from "../html/body-walker.js";
import { finishBlocks } from "./finish-blocks.js";

const BASE = new URL("https://chinadigitaltimes.net/chinese/2020/06/x/");
const finish = (html: string) => finishBlocks(walkBody(html, BASE), "标题", "Asia/Shanghai", BASE.href);

describe("finishBlocks", () => {
  it.each([
    ["<p><strong>最终的成员国地位</strong></p>", "heading"],
    ["<p><strong>谁在说谎？</strong></p>", "heading"],
    ["<p><strong>这一段加粗，但以句号结束。</strong></p>", "paragraph"],
    ["<p><strong>记者：您当初为什么希望翻译方方日记？</strong></p>", "paragraph"],
    ["<p><b>问：美国读者有些什么样的反馈？</b></p>", "paragraph"],
    ["<p><strong>2020年6月30日</strong></p>", "heading"],
    ["<p><strong>许艳 2020.11.6</strong></p>", "paragraph"],
    ["<p><strong>冤民唐云淑 电话：15683637229</strong></p>", "paragraph"],
    ["<p><strong>https://rss.dw.com/xml/podcast_chi_klassischemusik</strong></p>", "paragraph"],
  ])("reads %s as a %s", (html, type) => {
    expect(finish(`<p>正文。</p>${html}<p>正文。</p>`).blocks[1]?.type).toBe(type);
  });

  it.each([
    ["<p>**美国疫情愈演愈烈和中美关系紧张** </p>", { type: "heading", text: "美国疫情愈演愈烈和中美关系紧张" }],
    ["<p>** 新一轮冷战？***</p>", { type: "heading", text: "新一轮冷战？" }],
    ["<p>**这一段是一整句加粗的话，以句号结束。**</p>", { type: "paragraph", text: "这一段是一整句加粗的话，以句号结束。" }],
    ["<p>帮忙**黄**，救命</p>", { type: "paragraph", text: "帮忙**黄**，救命" }],
  ])("reads the markdown bold of %s", (html, block) => {
    expect(finish(`<p>正文。</p>${html}<p>正文。</p>`).blocks[1]).toMatchObject(block);
  });

  it("reads the bold questions of a speaker with several turns as paragraphs, a panel's bold theses as headings", () => {
    const interview = finish(
      "<p><strong>德国之声：样本是直接来自武汉的吗？</strong></p><p>是的。</p>" +
        "<p><strong>德国之声：这个药现在的价格是多少？</strong></p><p>还不知道。</p>" +
        "<p><strong>林晓旭：三文鱼不会引起呼吸道疾病</strong></p><p>林晓旭说。</p><p><strong>林晓旭：病毒适应力在增强</strong></p>",
    );
    expect(interview.blocks.map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "heading", "paragraph", "heading"]);
  });

  it("drops a feed's lone link to the rest of the article and marks the body an excerpt", () => {
    const body = finish('<p>文章开头。</p><p class="medium-feed-link"><a href="https://medium.com/p/1">Continue reading on Medium »</a></p>');
    expect(body.blocks.map((b) => b.text)).toEqual(["文章开头。"]);
    expect(body.excerpt).toBe(true);
    expect(body.links).toEqual([]);
  });

  it("takes the archiver's date div off the top, but not a sentence that opens with a date", () => {
    const dated = finish("<div>2020-07-20 19:22:17</div><p>正文。</p>");
    expect(dated.dateDiv?.raw).toBe("2020-07-20 19:22:17");
    expect(dated.blocks.map((b) => b.text)).toEqual(["正文。"]);
    const sentence = finish("<p>2020年7月11日，包头王永明案继续开庭。</p><p>正文。</p>");
    expect(sentence.dateDiv).toBeNull();
    expect(sentence.blocks.map((b) => b.text)).toEqual(["2020年7月11日，包头王永明案继续开庭。", "正文。"]);
  });

  it("drops a body's only text when it repeats the title, keeps it beside other text", () => {
    expect(finish("<div>标题</div>").blocks).toEqual([]);
    expect(finish("<p>标题</p><p>正文。</p>").blocks.map((b) => b.text)).toEqual(["标题", "正文。"]);
  });
});
