import { describe, expect, it } from "vitest";
import { currencyTokens, firstTokenOffset } from "./currency-tokens.js";

const tokens = (text: string): string[] => currencyTokens(text).map((t) => text.slice(t.start, t.end));

describe("currencyTokens", () => {
  it.each([
    ["30至40亿元人民币", ["元人民币"]],
    ["新台币59兆元", ["新台币", "元"]],
    ["750亿挪威克朗和20亿克朗", ["挪威克朗", "克朗"]],
    ["US$5 and HK$3 and $2", ["US$", "HK$", "$"]],
    ["2 billion euros and 5 USD", ["euros", "USD"]],
    ["petrodollars", []],
    // A currency phrase that starts inside a word ("us dollars" of "campus") is no token; the word after is.
    ["campus dollars", ["dollars"]],
    ["5 EURO", []],
    ["十亿美元富豪", ["美元"]],
  ])("%s → %j", (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it("starts where asked", () => {
    expect(tokens("10美元和20欧元").length).toBe(2);
    expect(currencyTokens("10美元和20欧元", 5).map((t) => t.start)).toEqual([7]);
  });
});

describe("firstTokenOffset", () => {
  it.each([
    ["美国提供了10亿美元", 8],
    ["英國提供2億英鎊", 6],
    ["港幣1.3兆元", 0],
    ["It cost ＄5", 8],
    ["pledged €50bn", 8],
    ["a fee of 5 USD", 11],
    ["没有钱的新闻。", -1],
    ["NATO foreign ministers met in Brussels.", -1],
  ])("%s → %d", (text, offset) => {
    expect(firstTokenOffset(text)).toBe(offset);
  });
});
