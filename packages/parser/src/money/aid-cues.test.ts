import { describe, expect, it } from "vitest";
import { CueMatcher, DOMESTIC_PROGRAMME, FOREIGN_STORY, aidCues, exclusionCues, statusCues, typeCues } from "./aid-cues.js";

const words = (matcher: CueMatcher<string>, text: string): string[] => matcher.find(text, 0, text.length).map((c) => `${c.word}:${c.category}`);

describe("CueMatcher", () => {
  const matcher = new CueMatcher({ a: ["援助", "军事援助"], b: ["aid", "aid package"] });

  it("takes the longest word at each position and reports its category", () => {
    expect(words(matcher, "提供军事援助和援助")).toEqual(["军事援助:a", "援助:a"]);
  });

  it("matches English words only as whole words", () => {
    expect(words(matcher, "an aid package, not maiden or aide")).toEqual(["aid package:b"]);
  });

  it("keeps to the span it is given", () => {
    const text = "援助……援助";
    expect(matcher.find(text, 1, text.length).map((c) => c.start)).toEqual([4]);
    expect(matcher.find(text, 0, 3).map((c) => c.start)).toEqual([0]);
  });
});

describe("the lexicons", () => {
  it.each([
    [aidCues, "美国宣布向乌克兰提供援助", ["提供:transfer", "援助:aid-noun"]],
    [aidCues, "IMF批准贷款计划", ["贷款计划:loan"]],
    [exclusionCues, "批准对台军售和国防预算", ["军售:arms-sale", "国防预算:own-budget"]],
    [exclusionCues, "冻结资产的收益", ["冻结资产:neutral"]],
    [exclusionCues, "a commercial loan and back taxes", ["commercial loan:commercial", "back taxes:fine"]],
    [typeCues, "人道、财政和军事援助", ["人道:humanitarian", "财政:financial", "军事:military"]],
    [statusCues, "国会通过，总统签署，已提供", ["通过:approved", "签署:approved", "已提供:delivered"]],
  ] as const)("%#: %s", (matcher, text, expected) => {
    expect(words(matcher as CueMatcher<string>, text)).toEqual(expected);
  });

  it("tells foreign-aid stories from domestic programmes", () => {
    expect(FOREIGN_STORY.test("美国众议院通过援乌法案")).toBe(true);
    expect(FOREIGN_STORY.test("白宫拒绝延长失业救济")).toBe(false);
    expect(DOMESTIC_PROGRAMME.test("3万亿美元援助的法案")).toBe(true);
  });
});
