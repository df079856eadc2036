import { readdirSync, readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { foldCharCode, normaliseForMatching, traditionalFormsOf } from "./char-normaliser.js";

describe("normaliseForMatching", () => {
  it.each([
    ["美國國會通過了950億美元的援外法案", "美国国会通过了950亿美元的援外法案"],
    ["歐盟承諾向烏克蘭提供500億歐元", "欧盟承诺向乌克兰提供500亿欧元"],
    ["新臺幣59兆元", "新台币59兆元"],
    ["１２３．５億＄", "123.5亿$"],
    ["约\u3000100\u00a0亿", "约 100 亿"],
    ["，（）：；～！？", "，（）：；～！？"],
  ])("%s → %s", (input, folded) => {
    expect(normaliseForMatching(input)).toBe(folded);
  });

  it("keeps the length, so offsets carry over", () => {
    const text = "據報導，美國已向烏克蘭提供了約７７０億美元的援助。";
    expect(normaliseForMatching(text)).toHaveLength(text.length);
  });

  it("returns the same string when nothing needs folding", () => {
    const text = "美国已向乌克兰提供了约770亿美元的援助。";
    expect(normaliseForMatching(text)).toBe(text);
  });

  it("folds single characters and lists their Traditional forms", () => {
    expect(String.fromCharCode(foldCharCode("鎊".charCodeAt(0)))).toBe("镑");
    expect(traditionalFormsOf("镑")).toBe("鎊");
    expect(traditionalFormsOf("美")).toBe("");
  });

  it("folds every Traditional form OpenCC gives for the characters and phrases the lexicons use", () => {
    // Lexicon text: every CJK run in this folder's non-test sources that OpenCC keeps as is.
    const dir = new URL(".", import.meta.url);
    const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
    const runs = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      for (const run of readFileSync(new URL(name, dir), "utf8").match(/[\u4e00-\u9fff]+/g) ?? []) {
        if (toSimplified(run) === run) runs.add(run);
      }
    }
    const lexiconChars = new Set([...runs].flatMap((run) => [...run]));
    // Each Traditional character may stand for several Simplified ones (緬 is 缅; 國 in 寮國 is 挝 of 老挝):
    // folding must give one of them.
    const expected = new Map<string, Set<string>>();
    for (const variant of ["t", "tw", "hk", "twp"] as const) {
      const toTraditional = OpenCC.Converter({ from: "cn", to: variant });
      for (const run of [...runs, ...lexiconChars]) {
        const traditional = toTraditional(run);
        if (traditional.length !== run.length) continue;
        [...traditional].forEach((t, i) => {
          if (t !== run[i] && !lexiconChars.has(t)) expected.set(t, (expected.get(t) ?? new Set()).add(run[i]!));
        });
      }
    }
    const missing = [...expected].filter(([t, simplified]) => !simplified.has(normaliseForMatching(t))).map(([t, s]) => `${t}→${[...s].join("/")}`);
    expect(missing).toEqual([]);
  });
});
