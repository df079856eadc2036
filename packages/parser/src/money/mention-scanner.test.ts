import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { mayMentionMoney, scanAmounts } from "./mention-scanner.js";

describe("mayMentionMoney", () => {
  it.each([
    ["美国提供了10亿美元", true],
    ["歐盟承諾提供500億歐元", true],
    ["英國提供2億英鎊", true],
    ["港幣1.3兆元", true],
    ["It cost ＄5", true],
    ["pledged €50bn", true],
    ["北约外长周三在布鲁塞尔开会，讨论对乌克兰的支持。", false],
    ["NATO foreign ministers met in Brussels.", false],
  ])("%s → %s", (text, expected) => {
    expect(mayMentionMoney(text)).toBe(expected);
  });
});

describe("scanAmounts", () => {
  it("finds every amount of a field in order, without overlaps", () => {
    const text = "中国向斯里兰卡提供1000万元人民币紧急援助和价值300万美元的物资，以及2兆美元（新台币59兆元）。";
    const found = scanAmounts(normaliseForMatching(text)).map((a) => text.slice(a.start, a.end));
    expect(found).toEqual(["1000万元人民币", "300万美元", "2兆美元", "新台币59兆元"]);
  });

  it("joins two amounts written as a range", () => {
    const [range] = scanAmounts("300万美元至400万美元");
    expect(range).toMatchObject({ start: 0, end: 13, amount: 3e6, amountHigh: 4e6, qualifier: "range" });
  });

  it("keeps the surface offsets of the original field", () => {
    const text = "歐盟承諾向烏克蘭提供５００億歐元。";
    const [amount] = scanAmounts(normaliseForMatching(text));
    expect(text.slice(amount!.start, amount!.end)).toBe("５００億歐元");
  });
});
