import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { asConversion, findEquivalents } from "./equivalents.js";
import { scanAmounts } from "./mention-scanner.js";

function links(text: string): (number | null)[] {
  const norm = normaliseForMatching(text);
  return findEquivalents(norm, scanAmounts(norm));
}

describe("findEquivalents", () => {
  it.each([
    ["500亿澳币（约320亿美元）", [null, 0]],
    ["304万亿盾（约合125亿美元）", [null, 0]],
    ["17亿欧元(约合19亿美元)", [null, 0]],
    ["16亿日元（1065万美元）", [null, 0]],
    ["2兆美元（新台币59兆元）", [null, 0]],
    ["累计金额高达3620亿美元，约2.45万亿元人民币（按照当前汇率计算）", [null, 0]],
    ["lose £500m ($670m) this year", [null, 0]],
    ["1.2 trillion yen ($8 billion) in aid", [null, 0]],
    ["提供10亿美元（约合70亿元人民币、9亿欧元）", [null, 0, 0]],
    ["罚款10万港元（1.3万美元；9.1万元人民币）", [null, 0, 0]],
    ["达到台币172亿6500万元（新台币，下同，8亿1663.59万新元）", [null, 0]],
    ["清洗逾30亿元（港元，下同，5亿2900万新元）黑钱", [null, 0]],
    ["投资20万卢布（购买力约相当于现在的5500万人民币）建立", [null, 0]],
    ["月薪仅6000卢比（台币约2341元）", [null, 0]],
    ["产值已达台币2.7万亿台币(约6400亿人民币)，居全球第二", [null, 0]],
    ["他供称收款新台币一万五泼粪（约3400人民币），并供出", [null, 0]],
  ])("%s → %j", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    ["提供10亿美元（其中5亿美元用于防空）", [null, null]],
    ["英国提供25亿英镑，美国提供30亿美元", [null, null]],
    ["100卢布兑1美元", [null, null]],
    ["提供10亿美元（其中约5亿欧元用于防空）", [null, null]],
    ["10亿美元（联合国提供5亿欧元）", [null, null]],
    ["提供10亿美元援助（另有5亿欧元贷款）", [null, null]],
  ])("%s is not a conversion: %j", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it("makes an unqualified conversion approximate", () => {
    const [, converted] = scanAmounts("16亿日元（1065万美元）");
    expect(asConversion(converted!).qualifier).toBe("approx");
    expect(asConversion({ ...converted!, qualifier: "over" }).qualifier).toBe("over");
  });
});
