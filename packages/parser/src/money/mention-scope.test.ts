import { describe, expect, it } from "vitest";
import { clauseAround, maskSpans, scopeMentions } from "./mention-scope.js";

function scopes(text: string, surfaces: string[]): [string, string][] {
  const spans = surfaces.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
  return scopeMentions(text, { start: 0, end: text.length }, spans).map((m) => [
    text.slice(m.scope.start, m.scope.end),
    text.slice(m.clause.start, m.clause.end),
  ]);
}

describe("scopeMentions", () => {
  it("gives the whole sentence to a single mention", () => {
    expect(scopes("美国已向乌克兰提供了约770亿美元的援助，其中包括人道、财政和军事援助。", ["约770亿美元"])[0]![0]).toBe(
      "美国已向乌克兰提供了约770亿美元的援助，其中包括人道、财政和军事援助。",
    );
  });

  it("splits the words between two mentions at the clause break", () => {
    const text = "欧盟已向乌克兰提供约850亿欧元的财政、人道主义和军事援助，外加170亿欧元用于支持欧盟境内的乌克兰难民。";
    expect(scopes(text, ["约850亿欧元", "170亿欧元"])).toEqual([
      ["欧盟已向乌克兰提供约850亿欧元的财政、人道主义和军事援助，", "欧盟已向乌克兰提供约850亿欧元的财政、人道主义和军事援助"],
      ["外加170亿欧元用于支持欧盟境内的乌克兰难民。", "外加170亿欧元用于支持欧盟境内的乌克兰难民。"],
    ]);
  });

  it("splits a list of shares at its separators", () => {
    const text = "包括援助乌克兰608亿美元、以色列264亿美元及印太地区81亿美元";
    expect(scopes(text, ["608亿美元", "264亿美元", "81亿美元"]).map((s) => s[0])).toEqual([
      "包括援助乌克兰608亿美元、",
      "以色列264亿美元",
      "及印太地区81亿美元",
    ]);
  });

  it("splits at a conjunction when there is no clause break", () => {
    const text = "中国提供1000万元人民币紧急援助和价值300万美元的物资";
    expect(scopes(text, ["1000万元人民币", "300万美元"]).map((s) => s[0])).toEqual([
      "中国提供1000万元人民币紧急援助",
      "和价值300万美元的物资",
    ]);
  });
});

describe("clauseAround and maskSpans", () => {
  it("finds the clause", () => {
    const text = "他说，美国将提供10亿美元，用于防空。";
    const at = text.indexOf("10亿");
    const clause = clauseAround(text, { start: 0, end: text.length }, at, at + "10亿美元".length);
    expect(text.slice(clause.start, clause.end)).toBe("美国将提供10亿美元");
  });

  it("blanks spans without moving offsets", () => {
    expect(maskSpans("欧洲投资银行提供贷款", [{ start: 0, end: 6 }])).toBe("□□□□□□提供贷款");
  });
});
