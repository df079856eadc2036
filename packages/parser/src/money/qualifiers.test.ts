import { describe, expect, it } from "vitest";
import { enQualifierAfter, enQualifierBefore, zhQualifierAfter, zhQualifierBefore } from "./qualifiers.js";

/** The qualifier right before the number that starts at the "|" in `marked`. */
function zhBefore(marked: string): [string, string] | null {
  const at = marked.indexOf("|");
  const text = marked.replace("|", "");
  const match = zhQualifierBefore(text, at, /^[十百千万亿]/.test(text.slice(at)));
  return match === null ? null : [match.word, match.qualifier];
}

describe("Chinese qualifiers before the number", () => {
  it.each([
    ["提供了约|770亿美元", ["约", "approx"]],
    ["约合|125亿美元", ["约合", "approx"]],
    ["约有|50亿美元", ["约有", "approx"]],
    ["折合约|19亿美元", ["折合约", "approx"]],
    ["相当于|10亿美元", ["相当于", "approx"]],
    ["总额达到近|22亿美元", ["近", "approx"]],
    ["将近|5亿美元", ["将近", "approx"]],
    ["已经提供了超过|1100亿美元", ["超过", "over"]],
    ["超过了|300亿美元", ["超过了", "over"]],
    ["逾|20亿美元", ["逾", "over"]],
    ["上|千亿美元", ["上", "over"]],
    ["至少|50亿欧元", ["至少", "at_least"]],
    ["不少于|50亿欧元", ["不少于", "at_least"]],
    ["多达|30亿英镑", ["多达", "up_to"]],
    ["总价值高达|400亿美元", ["高达", "up_to"]],
    ["最多达|10亿美元", ["最多达", "up_to"]],
    ["不到|400亿美元", ["不到", "under"]],
    ["低于|1亿美元", ["低于", "under"]],
    ["共|10亿美元", ["共", "exact"]],
    // A per-period word between the qualifier and the number (POLICY.md: 约合一年1.45万亿 is approx).
    ["约合一年|1.45万亿", ["约合一年", "approx"]],
    ["约合每年|5亿美元", ["约合每年", "approx"]],
    ["相当于每月|3000万美元", ["相当于每月", "approx"]],
    ["至少每年|10亿美元", ["至少每年", "at_least"]],
  ])("%s → %j", (marked, expected) => {
    expect(zhBefore(marked)).toEqual(expected);
  });

  it.each(["节约|100亿美元", "最近|10亿美元", "联合|5亿美元", "加上|100亿美元", "违约|3亿美元", "向上|1000亿美元", "总共|3亿元"])(
    "%s has no qualifier: the word belongs to another",
    (marked) => {
      expect(zhBefore(marked)).toBeNull();
    },
  );

  it.each(["近一年|100亿美元", "约一年|10亿美元", "过一年|千亿美元", "每年|5亿美元"])(
    "%s has no qualifier: a lone character before a period word belongs to it",
    (marked) => {
      expect(zhBefore(marked)).toBeNull();
    },
  );

  it("reads 上 only before a number that starts with a unit", () => {
    expect(zhBefore("上|1000亿美元")).toBeNull();
  });
});

describe("Chinese qualifiers after the currency", () => {
  it.each([
    ["左右，", "approx"],
    ["以上。", "over"],
    ["上下", "approx"],
  ])("%s → %s", (text, qualifier) => {
    expect(zhQualifierAfter(text, 0)?.qualifier).toBe(qualifier);
  });

  it("finds nothing after an ordinary word", () => {
    expect(zhQualifierAfter("的援助", 0)).toBeNull();
  });
});

describe("English qualifiers", () => {
  it.each([
    ["about ", "approx"],
    ["roughly ", "approx"],
    ["nearly ", "approx"],
    ["more than ", "over"],
    ["topped ", "over"],
    ["at least ", "at_least"],
    ["up to ", "up_to"],
    ["as much as ", "up_to"],
    ["less than ", "under"],
  ])("%s→ %s", (prefix, qualifier) => {
    const text = `${prefix}$61 billion`;
    expect(enQualifierBefore(text, prefix.length)).toMatchObject({ qualifier, start: 0 });
  });

  it("does not read the end of another word", () => {
    expect(enQualifierBefore("cover $5m", 6)).toBeNull();
  });

  it.each([
    [" or more", "over"],
    ["-plus", "over"],
    [" or so", "approx"],
  ])("%s after the amount → %s", (suffix, qualifier) => {
    expect(enQualifierAfter(`$5bn${suffix} in aid`, 4)).toMatchObject({ qualifier, end: 4 + suffix.length });
  });
});
