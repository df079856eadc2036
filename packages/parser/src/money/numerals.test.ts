import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumeral, trailingUnits, withoutBinaryNoise } from "./numerals.js";

describe("parseNumeral", () => {
  it.each([
    // POLICY.md's examples
    ["770亿", 77_000_000_000],
    ["6亿2千万", 620_000_000],
    ["61万9976", 619_976],
    ["61万702", 610_702],
    ["35万8千", 358_000],
    ["七亿", 700_000_000],
    ["六亿", 600_000_000],
    ["1千零60亿", 106_000_000_000],
    ["1.5万亿", 1_500_000_000_000],
    ["1180 亿", 118_000_000_000],
    // Chinese numerals
    ["五十亿", 5_000_000_000],
    ["五百亿", 50_000_000_000],
    ["二千五百万", 25_000_000],
    ["两千亿", 200_000_000_000],
    ["二十五万", 250_000],
    ["一点二亿", 120_000_000],
    ["十亿", 1_000_000_000],
    ["一万五", 15_000],
    ["一万零五", 10_005],
    ["两百五", 250],
    ["二〇二四", 2024],
    ["壹佰万", 1_000_000],
    // Arabic forms
    ["1,200亿", 120_000_000_000],
    ["3,3亿", 330_000_000],
    ["1，200", 1200],
    ["12.5亿", 1_250_000_000],
    ["7.0811", 7.0811],
    ["1兆4397亿", 1_439_700_000_000],
    ["4百万", 4_000_000],
    ["千亿", 100_000_000_000],
    ["亿", 100_000_000],
    ["万", 10_000],
  ])("%s = %d", (span, value) => {
    expect(parseNumeral(span)?.value).toBe(value);
  });

  it.each([
    ["数亿", 1e8],
    ["数十亿", 1e9],
    ["数百亿", 1e10],
    ["数千亿", 1e11],
    ["数百万", 1e6],
    ["几十亿", 1e9],
    ["几百万", 1e6],
    ["十几亿", 1e9],
    ["几", 1],
  ])("vague %s has the floor %d", (span, floor) => {
    const parsed = parseNumeral(span);
    expect(parsed?.value).toBe(floor);
    expect(parsed?.vague).toBe(true);
  });

  it.each([
    ["400多亿", 40_000_000_000],
    ["3亿多", 300_000_000],
    ["一千多万", 10_000_000],
    ["1000余万", 10_000_000],
  ])("%s reads as more than %d", (span, value) => {
    const parsed = parseNumeral(span);
    expect(parsed).toMatchObject({ value, more: true, vague: false });
  });

  it.each([
    // Paired estimates: "two or three hundred million", a range from the lower digit to the upper.
    ["两三亿", 2e8, 3e8],
    ["三四十亿", 3e9, 4e9],
    ["五六百万", 5e6, 6e6],
    ["一两千", 1e3, 2e3],
    ["一二千", 1e3, 2e3],
    ["十七八亿", 1.7e9, 1.8e9],
    ["八九万", 8e4, 9e4],
  ])("paired %s reads %d to %d", (span, value, high) => {
    expect(parseNumeral(span)).toMatchObject({ value, high, vague: false, hasUnit: true });
  });

  it.each([
    ["二十三亿", 2.3e9],
    ["三十四亿", 3.4e9],
    ["三百四十万", 3.4e6],
    ["二〇二三", 2023],
    ["一二三", 123],
    ["二〇二三万", 20_230_000],
    ["三二亿", 3.2e9], // descending digits are no pair: left as the digit string it always was
  ])("%s is no paired estimate (= %d)", (span, value) => {
    expect(parseNumeral(span)).toMatchObject({ value, high: null });
  });

  it.each(["一10亿", "多10亿", "余10", "10 20", "数10", "千百", "1,2345", "1,000,00", ""])("%s is not one numeral", (span) => {
    expect(parseNumeral(span)).toBeNull();
  });

  it("marks units and section units", () => {
    expect(parseNumeral("30")).toMatchObject({ hasUnit: false, hasBigUnit: false });
    expect(parseNumeral("3千")).toMatchObject({ hasUnit: true, hasBigUnit: false });
    expect(parseNumeral("40亿")).toMatchObject({ hasUnit: true, hasBigUnit: true });
  });

  it("reads any integer written with thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (n) => {
        expect(parseNumeral(n.toLocaleString("en-US"))?.value).toBe(n);
      }),
    );
  });

  it("reads any integer written as a Chinese numeral", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseNumeral(toChinese(n))?.value).toBe(n);
      }),
    );
  });
});

describe("trailingUnits", () => {
  it.each([
    ["40亿", "亿"],
    ["5百万", "百万"],
    ["5千万", "千万"],
    ["2万亿", "万亿"],
    ["150", ""],
  ])("%s ends with %s", (span, units) => {
    expect(trailingUnits(span)).toBe(units);
  });
});

/** The standard reading of an integer in Chinese numerals (the test's independent oracle). */
function toChinese(n: number): string {
  const digits = "零一二三四五六七八九";
  const section = (x: number): string => {
    let out = "";
    let zero = false;
    for (const [unit, name] of [[1000, "千"], [100, "百"], [10, "十"], [1, ""]] as const) {
      const d = Math.floor(x / unit) % 10;
      if (d === 0) {
        zero = out !== "";
        continue;
      }
      if (zero) out += "零";
      zero = false;
      out += digits[d] + name;
    }
    return out;
  };
  const parts: string[] = [];
  let rest = n;
  let needZero = false;
  for (const [unit, name] of [[1e8, "亿"], [1e4, "万"], [1, ""]] as const) {
    const s = Math.floor(rest / unit);
    rest %= unit;
    if (s === 0) {
      needZero = parts.length > 0;
      continue;
    }
    if (needZero || (parts.length > 0 && s < 1000)) parts.push("零");
    needZero = false;
    parts.push(section(s) + name);
  }
  return parts.join("");
}

describe("withoutBinaryNoise", () => {
  it.each([
    [1.1 * 1e8, 110000000],
    [0.3 * 3, 0.9],
    [6.2e8, 6.2e8],
    [123456789012345, 123456789012345],
    [1234567890123456, 1234567890123460],
    [-5, -5],
  ])("%d → %d", (value, expected) => {
    expect(withoutBinaryNoise(value)).toBe(expected);
  });
});
