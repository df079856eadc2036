import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spaceTolerant, trieSource } from "./regex-trie.js";

describe("trieSource", () => {
  it("shares prefixes", () => {
    expect(trieSource(["美元", "美金", "欧元"])).toBe("美(?:元|金)|欧元");
  });

  it("prefers the longest word at a position", () => {
    const re = new RegExp(trieSource(["元", "元人民币", "人民币"]), "g");
    expect("30亿元人民币".match(re)).toEqual(["元人民币"]);
  });

  it("lets a space match any whitespace when asked", () => {
    const re = new RegExp(`^(?:${trieSource(["us dollars"], spaceTolerant)})$`);
    expect(re.test("us  dollars")).toBe(true);
  });

  it("finds what a longest-first alternation finds", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "$", "."), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.string({ unit: fc.constantFrom("a", "b", "c", "$", ".", " "), maxLength: 30 }), (words, text) => {
        const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const plain = new RegExp([...words].sort((a, b) => b.length - a.length).map(escape).join("|"), "g");
        const trie = new RegExp(trieSource(words), "g");
        expect(text.match(trie)).toEqual(text.match(plain));
      }),
    );
  });
});
