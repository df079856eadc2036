import { describe, expect, it } from "vitest";
import type { ArticleBlock } from "../schema/article-block.js";
import { openingByline } from "./opening-byline.js";

const paragraphs = (...texts: string[]): ArticleBlock[] => texts.map((text) => ({ type: "paragraph", text }) as ArticleBlock);

describe("openingByline", () => {
  it.each([
    ["a bracketed dateline", ["【记者张三/台北报导】行政院今天宣布。"], "张三"],
    ["a Traditional bracketed dateline with two reporters", ["〔記者張三、李四／台北報導〕行政院今天宣布。"], "張三, 李四"],
    ["an outlet's reporter and place", ["美国之音记者张三华盛顿报道—", "正文。"], "张三"],
    ["a three-character name running into the place", ["美国之音记者李逸华华盛顿报道—正文。"], "李逸华"],
    ["a staff line", ["本报记者 张三", "正文。"], "张三"],
    ["an English byline", ["By John Smith", "Body."], "John Smith"],
    ["an English byline of two", ["By Jane Doe and John Smith"], "Jane Doe, John Smith"],
    ["a byline in the third paragraph", ["导语。", "第二段。", "By Jane Doe"], "Jane Doe"],
  ])("reads %s", (_, texts, expected) => {
    expect(openingByline(paragraphs(...texts))).toBe(expected);
  });

  it.each([
    ["a reporter who asks", ["美国之音记者提问时说，这是第一次。"]],
    ["an English sentence", ["By the end of the year, prices had doubled."]],
    ["an English sentence of lower-case words", ["By the way, he said"]],
    ["a byline after the third paragraph", ["一。", "二。", "三。", "By Jane Doe"]],
    ["a wire dateline without a reporter", ["（中央社台北3日電）行政院今天宣布。"]],
  ])("finds none in %s", (_, texts) => {
    expect(openingByline(paragraphs(...texts))).toBeNull();
  });
});
