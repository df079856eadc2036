import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { scanAmounts } from "./mention-scanner.js";

/** The surfaces the scanner reads as money in `text`. */
function surfaces(text: string): string[] {
  const norm = normaliseForMatching(text);
  return scanAmounts(norm).map((a) => text.slice(a.start, a.end));
}

describe("a lone Chinese digit before 元", () => {
  it.each([
    ["詹姆斯季後賽第27次大三元", []],
    ["光明、新希望、燕塘、三元等四家以低温奶销售为主的乳品企业", []],
    ["全国食品工业标准化技术委员会、三元、蒙牛、伊利", []],
    ["影响广州三元里、罗冲围一带部分用户", []],
    ["极权下的一元独断制", []],
    ["推行一元化领导", []],
  ])("%s is no money: %j", (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it.each([
    ["他们每推一辆车挣一元钱", ["一元"]],
    ["每人三元", ["三元"]],
    ["一天一元工资", ["一元"]],
    ["一小时大约可赚到八元", ["八元"]],
    ["门槛只有一元", ["一元"]],
    ["票价约三元", ["约三元"]],
    ["花了一千元", ["一千元"]],
    ["工钱是六十元", ["六十元"]],
    ["一个月也不过几元零用钱", ["几元"]],
    ["大3元", ["3元"]],
    ["公交车费两元", ["两元"]],
    ["罚款五元", ["五元"]],
    ["只需五元", ["五元"]],
    ["价格从三元涨至五元", ["三元", "五元"]],
    ["五元的硬币", ["五元"]],
  ])("%s → %j", (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});
