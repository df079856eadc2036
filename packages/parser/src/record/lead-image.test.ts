import { describe, expect, it } from "vitest";
import type { ArticleBlock } from "../schema/article-block.js";
import { walkBody } from "../html/body-walker.js";
import { firstVideoPoster, leadImage } from "./lead-image.js";

const image = (text: string, credit = ""): ArticleBlock => ({ type: "image", text, src: "https://a.example/b.jpg", proxiedSrc: null, credit });
const paragraph: ArticleBlock = { type: "paragraph", text: "正文。", html: "正文。" };

describe("leadImage", () => {
  it("takes the first image with its caption and the credit read from it", () => {
    expect(leadImage([paragraph, image("布林肯在布鲁塞尔举行新闻发布会。（美联社照片）"), image("另一张")], "zh")).toEqual({
      url: "https://a.example/b.jpg",
      proxiedUrl: null,
      caption: "布林肯在布鲁塞尔举行新闻发布会。（美联社照片）",
      credit: "AP",
      creditText: "美联社",
    });
  });

  it.each([
    ["an alt text in English in a Chinese article", "poster", "zh", null],
    ["China Digital Times' placeholder alt", "img", "zh", null],
    ["an English caption in an English article", "Russian President Vladimir Putin", "en", "Russian President Vladimir Putin"],
    ["no caption at all", "", "zh", null],
  ])("gives %s as caption %s", (_name, text, language, caption) => {
    expect(leadImage([image(text, "Getty Images")], language)).toMatchObject({ caption, credit: "Getty Images" });
  });

  it("takes a video's poster, with the video's caption, when the body has no picture", () => {
    const walk = walkBody(
      '<video poster="https://images.weserv.nl?url=gdb.voanews.com/a_tv_r1_s_w900.jpg" src="https://av.voanews.com/v.mp4"></video>' +
        '<div><small>时事大家谈：北京疫情复燃</small></div><p>正文。</p>',
      new URL("https://www.voachinese.com/a/x.html"),
    );
    expect(leadImage([paragraph], "zh", firstVideoPoster(walk.blocks))).toEqual({
      url: "https://gdb.voanews.com/a_tv_r1_s_w900.jpg",
      proxiedUrl: "https://images.weserv.nl?url=gdb.voanews.com/a_tv_r1_s_w900.jpg",
      caption: "时事大家谈：北京疫情复燃",
      credit: null,
      creditText: null,
    });
    expect(leadImage([image("图。")], "zh", firstVideoPoster(walk.blocks))?.url).toBe("https://a.example/b.jpg");
  });

  it("is null without an image", () => {
    expect(leadImage([paragraph], "zh")).toBeNull();
  });
});
