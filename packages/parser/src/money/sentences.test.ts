import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, sentenceIndexAt, sentencesAround, splitSentences } from "./sentences.js";

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("cuts at 。！？ and keeps the stop", () => {
    expect(split("美国提供了援助。欧盟呢？他说：够了！")).toEqual(["美国提供了援助。", "欧盟呢？", "他说：够了！"]);
  });

  it("cuts at line breaks, which stand for the HTML breaks of the file", () => {
    expect(split("标题一行\n布林肯表示，美国已提供了约770亿美元的援助\n\n下一段")).toEqual([
      "标题一行",
      "布林肯表示，美国已提供了约770亿美元的援助",
      "下一段",
    ]);
  });

  it("reads a sentence of thousands of characters in pieces of at most MAX_SENTENCE_CHARS, cut after a comma", () => {
    const text = "美国向乌克兰提供10亿美元援助，".repeat(400) + "完。";
    const pieces = split(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith("，")).toBe(true);
    expect(pieces.join("")).toBe(text);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(split("他说：“我们将继续支持乌克兰。”布林肯补充说。")).toEqual(["他说：“我们将继续支持乌克兰。”", "布林肯补充说。"]);
  });

  it("ends English sentences at a full stop before a capital, not after abbreviations", () => {
    expect(split("The U.S. Congress approved $61 billion. Mr. Biden signed it. Prices rose 2.5 percent.")).toEqual([
      "The U.S. Congress approved $61 billion.",
      "Mr. Biden signed it.",
      "Prices rose 2.5 percent.",
    ]);
  });

  it("does not cut inside numbers or ASCII punctuation runs", () => {
    expect(split("增长了2.5%?!而且")).toEqual(["增长了2.5%?!", "而且"]);
  });

  it("finds the sentence at an offset", () => {
    const spans = splitSentences("一。二。三。");
    expect(sentenceIndexAt(spans, 2)).toBe(1);
    expect(sentenceIndexAt(spans, 99)).toBe(-1);
  });
});

describe("sentencesAround", () => {
  it("splits only the paragraphs that hold the offsets", () => {
    const text = "第一段。没有钱。\n第二段提到10亿美元。还有一句。\n第三段。";
    const spans = sentencesAround(text, [text.indexOf("10亿")]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["第二段提到10亿美元。", "还有一句。"]);
  });

  it("returns the same spans as a full split for those paragraphs", () => {
    const text = "甲。乙\n丙。丁。\n戊";
    const offsets = [0, 5, 10];
    expect(sentencesAround(text, offsets)).toEqual(splitSentences(text));
  });
});
