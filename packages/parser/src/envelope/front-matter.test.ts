import { describe, expect, it } from "vitest";
import { ParseError } from "../errors.js";
import { frontMatterList, frontMatterString, readFrontMatter } from "./front-matter.js";

describe("readFrontMatter", () => {
  it("reads the Jekyll keys of F2 files", () => {
    const fm = readFrontMatter(
      [
        "layout: post",
        'title: "专访程益中：《新京报》、中国言论环境的\\"拐点\\"和对同业的期待"',
        "date: 2020-07-21T10:22:11.000Z",
        "author: 中国数字时代",
        "from: https://www.ft.com/content/62fe82c5#new_tab",
        "tags: [ 中国数字时代 ]",
        "comments: True",
        "categories: [ news, 纽约时报 ]",
      ],
      2,
    );
    expect(fm).toEqual({
      layout: "post",
      title: '专访程益中：《新京报》、中国言论环境的"拐点"和对同业的期待',
      date: "2020-07-21T10:22:11.000Z",
      author: "中国数字时代",
      from: "https://www.ft.com/content/62fe82c5#new_tab",
      tags: ["中国数字时代"],
      comments: "True",
      categories: ["news", "纽约时报"],
    });
  });

  it.each([
    ["block lists", ["tags:", "  - a", "  - 'b c'"], { tags: ["a", "b c"] }],
    ["quoted list items with commas", ['tags: [ "a, b", c ]'], { tags: ["a, b", "c"] }],
    ["single quotes", ["title: 'It''s'"], { title: "It's" }],
    ["comments and blank lines", ["# note", "", "title: x # trailing"], { title: "x" }],
    ["escapes", ['title: "a\\tb\\u4e2d"'], { title: "a\tb中" }],
    ["an empty value", ["author:"], { author: "" }],
  ])("reads %s", (_name, lines, expected) => {
    expect(readFrontMatter(lines, 1)).toEqual(expected);
  });

  it.each([
    ["a line without a key", ["just text"], 1],
    ["an unclosed double quote", ['title: "abc'], 1],
    ["an unclosed list", ["tags: [ a, b"], 1],
    ["an indented line outside a list", ["title: x", "  more"], 2],
    ["text after a closing quote", ['title: "a" b'], 1],
  ])("refuses %s with FRONT_MATTER_INVALID and the line", (_name, lines, line) => {
    let error: unknown;
    try {
      readFrontMatter(lines, 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).code).toBe("FRONT_MATTER_INVALID");
    expect((error as ParseError).line).toBe(line);
  });

  it("gives values as strings and lists", () => {
    const fm = { tags: ["a", "b"], title: "t" };
    expect(frontMatterString(fm, "tags")).toBe("a, b");
    expect(frontMatterList(fm, "title")).toEqual(["t"]);
    expect(frontMatterList(null, "tags")).toEqual([]);
  });
});
