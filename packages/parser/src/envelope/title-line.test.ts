import { describe, expect, it } from "vitest";
import { readTitleLine } from "./title-line.js";

describe("readTitleLine", () => {
  it.each([
    ["brackets in the title, parentheses in the URL", "[【独家】标题[图]](https://a.example/a_(b).html)", "【独家】标题[图]", "https://a.example/a_(b).html"],
    ["a lone closing bracket in the title", "[Title with ] bracket](https://a.example/a)", "Title with ] bracket", "https://a.example/a"],
    ["a link title after the URL", '[标题](https://a.example/a "tooltip")', "标题", "https://a.example/a"],
    ["a link title in single quotes", "[标题](https://a.example/a 'tooltip')", "标题", "https://a.example/a"],
    ["an angle-bracketed URL", "[标题](<https://a.example/a>)", "标题", "https://a.example/a"],
    ["an angle-bracketed URL with a space", "[标题](<https://a.example/a b>)", "标题", "https://a.example/a%20b"],
    ["escaped brackets in the title", "[标题\\[图\\]](https://a.example/a)", "标题[图]", "https://a.example/a"],
    ["spaces inside the parentheses", "[标题]( https://a.example/a )", "标题", "https://a.example/a"],
  ])("reads %s", (_, line, title, url) => {
    expect(readTitleLine(line, 1)).toEqual({ title, url });
  });

  it.each([
    ["no URL", "[标题]()"],
    ["a URL with a space and no title", "[标题](https://a.example/a b c)"],
    ["no link at all", "标题"],
  ])("refuses %s", (_, line) => {
    expect(() => readTitleLine(line, 1)).toThrow(/title line|Expected/);
  });
});
