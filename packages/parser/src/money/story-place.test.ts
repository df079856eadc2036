import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { storyPlace, type StoryPlace } from "./story-place.js";

const times = (text: string, n: number): string => Array.from({ length: n }, () => text).join("。");

describe("storyPlace", () => {
  it.each<[string, string, string, StoryPlace]>([
    ["a Hong Kong court story", "被控非法组织香港六四烛光晚会的13人出庭应讯", times("香港警方拘捕了他们", 5), "HK"],
    ["a Taiwan story in Traditional", "蔡總統到彰化買伴手禮", times("蔡英文總統在臺灣", 4), "TW"],
    ["Hong Kong's gifts to the mainland", "对香港道一声谢谢", `${times("香港", 8)}。${times("深圳和内地", 3)}`, null],
    ["a mainland story naming Hong Kong", "沪深股市", `${times("上海和北京", 3)}。香港也涨了`, null],
    ["a bare mention or two", "", "香港和台湾", null],
  ])("%s → %s", (_, title, text, expected) => {
    expect(storyPlace(normaliseForMatching(title), normaliseForMatching(text))).toBe(expected);
  });
});
