import { describe, expect, it } from "vitest";
import { walkBody } from "./body-walker.js";
import { MAX_OPEN_ELEMENTS } from "./shared-tokenizer.js";

const BASE = new URL("https://www.voachinese.com/a/x.html");
const walk = (html: string) => walkBody(html, BASE);
const summary = (html: string) => walk(html).blocks.map((b) => [b.type, b.text]);

describe("walkBody", () => {
  it("splits at <p> and at <br /><br />, keeps a single <br> as a line break", () => {
    expect(summary("<p>一<br /><br />二<br/> <br/>三<br>四</p><p>五</p>")).toEqual([
      ["paragraph", "一"],
      ["paragraph", "二"],
      ["paragraph", "三\n四"],
      ["paragraph", "五"],
    ]);
  });

  it("reads a table row as one block, its cells separated and empty cells left out", () => {
    const table =
      "<table><tbody><tr><th colspan='3'>移交数量</th></tr><tr><th>国家</th><th>2014</th><th>2015</th></tr>" +
      "<tr><td>韩国</td><td>0</td><td>2</td><td></td></tr></tbody></table><p>后文</p>";
    expect(summary(table)).toEqual([
      ["paragraph", "移交数量"],
      ["paragraph", "国家 | 2014 | 2015"],
      ["paragraph", "韩国 | 0 | 2"],
      ["paragraph", "后文"],
    ]);
  });

  it("marks bold-only blocks and keeps inline html", () => {
    const [heading, paragraph] = walk("<p>x<br /><br /><strong>最终的成员国地位</strong><br /><br />文<a href='/b'>链</a></p>").blocks.slice(1);
    expect(heading).toMatchObject({ text: "最终的成员国地位", boldOnly: true, html: "<strong>最终的成员国地位</strong>" });
    expect(paragraph).toMatchObject({ text: "文链", boldOnly: false, html: '文<a href="https://www.voachinese.com/b">链</a>' });
  });

  it("reads source line breaks alike in text and html: dropped between CJK, a space elsewhere, none left over", () => {
    const [first, second] = walk("<p>北京\n折腾委？\n</p><p><b>小标题</b>\nword\nnext</p>").blocks;
    expect(first).toMatchObject({ text: "北京折腾委？", html: "北京折腾委？" });
    expect(second).toMatchObject({ text: "小标题 word next", html: "<b>小标题</b> word next" });
  });

  it("reads headings, quotes and list items", () => {
    expect(summary("<h2>小标题</h2><blockquote><p>引语</p></blockquote><ol><li>一</li></ol><ul><li>二</li></ul>")).toEqual([
      ["heading", "小标题"],
      ["quote", "引语"],
      ["list-item", "一"],
      ["list-item", "二"],
    ]);
    expect(walk("<ol><li>一</li></ol><ul><li>二</li></ul>").blocks.map((b) => b.ordered)).toEqual([true, false]);
  });

  it("gives an image the caption and credit that follow it", () => {
    const [image] = walk(
      '<img src="https://images.weserv.nl?url=gdb.voanews.com/a.jpg" width="100%"><div><small style="color: #999;">布林肯。（美联社照片）</small></div><p>正文</p>',
    ).blocks;
    expect(image).toMatchObject({
      type: "image",
      src: "https://gdb.voanews.com/a.jpg",
      proxiedSrc: "https://images.weserv.nl?url=gdb.voanews.com/a.jpg",
      caption: "布林肯。（美联社照片）",
    });
    const bbc = walk(
      '<span><img alt="alt" src="https://ichef.bbci.co.uk/a.jpg"><span class="off-screen">图片版权</span><span class="story-image-copyright">Getty Images</span></span><figcaption><span class="off-screen">Image caption</span><span class="media-caption__text">说明</span></figcaption>',
    ).blocks[0];
    expect(bbc).toMatchObject({ caption: "说明", credit: "Getty Images", alt: "alt" });
    const rfa = walk(
      '<div><img alt="a.png" src="https://www.rfa.org/a.png"></div><div class="image-caption"><span>陈瑶华认为台湾应承担更多责任。(记者 李宗翰摄)</span><span class="copyright">Photo: RFA</span></div><p>正文</p>',
    ).blocks[0];
    expect(rfa).toMatchObject({ caption: "陈瑶华认为台湾应承担更多责任。(记者 李宗翰摄)", credit: "Photo: RFA" });
    const [withCredit, creditOnly] = walk(
      '<figure><img alt="一" src="https://ichef.bbci.co.uk/a.jpg"><br><figcaption>北京绕过香港立法会实施《国安法》。 ©Reuters</figcaption></figure>' +
        '<figure><img alt="中美国旗" src="https://ichef.bbci.co.uk/b.jpg"><br><figcaption> ©Getty Images</figcaption></figure>',
    ).blocks;
    expect(withCredit).toMatchObject({ caption: "北京绕过香港立法会实施《国安法》。", credit: "Reuters" });
    expect(creditOnly).toMatchObject({ caption: "", alt: "中美国旗", credit: "Getty Images" });
  });

  it("gives a video the caption right after it", () => {
    const blocks = walk('<video src="https://av.voanews.com/a.mp4" controls></video><div><small>VOA英语视频: 标题</small></div><p>正文</p>').blocks;
    expect(blocks.map((b) => [b.type, b.type === "embed" ? b.caption : b.text])).toEqual([
      ["embed", "VOA英语视频: 标题"],
      ["paragraph", "正文"],
    ]);
  });

  it("keeps iframes as embeds and drops scripts, styles, ads and tracking pixels", () => {
    const walked = walk(
      '<script>var a = "x";</script><style>p{}</style><p>正文</p><div class="bbccom_slot mpu-ad"><div>广告</div></div>' +
        '<iframe title="视频" src="//player.vimeo.com/video/1"><a href="https://www.youtube.com/watch?v=1">YouTube</a></iframe>' +
        '<img src="https://medium.com/_/stat?event=x" width="1" height="1"><p>其后</p>',
    );
    expect(walked.blocks.map((b) => [b.type, b.text, b.src])).toEqual([
      ["paragraph", "正文", ""],
      ["embed", "视频", "https://player.vimeo.com/video/1"],
      ["paragraph", "其后", ""],
    ]);
  });

  it("reads a body that nests too deep up to there and says so", () => {
    const walked = walk(`<p>开头</p>${"<div>".repeat(MAX_OPEN_ELEMENTS + 50)}深处`);
    expect(walked.truncated).toBe(true);
    expect(walked.blocks.map((b) => b.text)).toEqual(["开头"]);
    // The shared parser starts afresh for the next body.
    expect(walk("<p>下一篇</p>")).toMatchObject({ truncated: false, blocks: [{ text: "下一篇" }] });
  });

  it("drops separator lines drawn as images and programme logos, keeps photos", () => {
    const walked = walk(
      '<p>一</p><img src="https://ichef.bbci.co.uk/news/640/cpsprodpb/FB9C/production/_90021446_grey_line_new.jpg">' +
        '<img src="https://ichef.bbci.co.uk/news/640/cpsprodpb/1/production/_87719139_line976.jpg">' +
        '<img src="https://s.rfi.fr/media/display/x/w:310/p:16x9/fa_guo_shi_jie_bao_wb161923-rfi-cn-20150123_cartouche.jpg">' +
        '<img src="https://s.rfi.fr/media/display/x/w:310/p:16x9/03-revue-de-presse_0.png">' +
        '<img src="https://s.rfi.fr/media/display/x/w:310/p:16x9/WB15400-RFI-CN-20100304.png">' +
        '<img src="https://ichef.bbci.co.uk/news/640/cpsprodpb/2/production/_115000000_airline_pilots.jpg"><p>二</p>',
    );
    expect(walked.blocks.map((b) => b.type)).toEqual(["paragraph", "image", "paragraph"]);
    expect(walked.blocks[1]?.src).toContain("_airline_pilots.jpg");
  });

  it("decodes entities, normalises NBSP and drops a line break between CJK characters", () => {
    expect(summary("<p>A&amp;B&nbsp;C &#8230; 中\n文 &quot;引&quot;</p>")).toEqual([["paragraph", 'A&B C … 中文 "引"']]);
  });

  it("decodes entities a source encoded twice", () => {
    expect(summary("<p>大江大河 Caixin [&amp;#8230;] &amp;amp; &amp;nbsp;x</p>")).toEqual([["paragraph", "大江大河 Caixin […] & x"]]);
  });

  it("collects links with their text, resolved", () => {
    expect(walk('<p><a href="/a/1.html">一</a> <a href="#x">跳</a> <a href="javascript:void(0)">无</a></p>').links).toEqual([
      { href: "https://www.voachinese.com/a/1.html", text: "一", block: 0 },
    ]);
  });

  it("records <time> elements and marks time-only blocks", () => {
    const walked = walk('<div><time datetime="2020-06-25">2020年6月25日</time></div><p>正文</p>');
    expect(walked.times).toEqual([{ datetime: "2020-06-25", text: "2020年6月25日" }]);
    expect(walked.blocks[0]?.timeOnly).toBe(true);
  });

  it("survives malformed HTML", () => {
    expect(summary('<p>一<div><divclass="m-block-ad "data-x="1"><span>二</p></div>三')).toEqual([
      ["paragraph", "一"],
      ["paragraph", "二"],
      ["paragraph", "三"],
    ]);
  });

  it("starts each body afresh on the shared tokenizer (nothing left open from the one before)", () => {
    const first = walk("<p>一<b>粗 &amp; <a href='/x'>链<script>x</p>");
    expect(first.blocks.map((b) => b.text)).toEqual(["一粗 & 链"]);
    const again = walk("<p>二</p>");
    expect(again.blocks).toMatchObject([{ type: "paragraph", text: "二", html: "二", boldOnly: false }]);
    expect(again.links).toEqual([]);
    // An entity cut off at the end of one body is not continued by the next.
    expect(walk("<p>三&am").blocks.map((b) => b.text)).toEqual(["三&am"]);
    expect(walk("p;四").blocks.map((b) => b.text)).toEqual(["p;四"]);
  });
});
