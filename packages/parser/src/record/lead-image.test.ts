import { describe, expect, it } from "vitest";
import type { ArticleBlock } from "../schema/article-block.js";
import { leadImage } from "./lead-image.js";

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

  it("is null without an image", () => {
    expect(leadImage([paragraph], "zh")).toBeNull();
  });
});
