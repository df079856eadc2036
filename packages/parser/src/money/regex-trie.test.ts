import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchableUpTo, spaceTolerant, trieReach, trieSource } from "./regex-trie.js";

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

describe("searchableUpTo", () => {
  /** The matches of `re` starting in [from, to) and ending by `to`, as the cue and party scans take them. */
  function scan(re: RegExp, text: string, from: number, to: number): string[] {
    const found: string[] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
      if (m.index + m[0].length > to) break;
      found.push(`${m.index}:${m[0]}`);
    }
    return found;
  }

  it("finds in the cut text what the scan finds in the whole text (lookarounds at the cut included)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "援", "助"), minLength: 1, maxLength: 4 });
    const text = fc.string({ unit: fc.constantFrom("a", "b", "x", "援", "助", "。"), maxLength: 40 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), text, fc.nat(40), fc.nat(40), (words, t, a, b) => {
        const [from, to] = [Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length)];
        const re = new RegExp(`(?<![a-z])(?:${trieSource(words)})(?![a-z])`, "g");
        expect(scan(re, searchableUpTo(t, to, trieReach(words)), from, to)).toEqual(scan(re, t, from, to));
      }),
    );
  });

  it("cuts only what lies beyond the reach", () => {
    expect(searchableUpTo("0123456789", 4, 3)).toBe("0123456");
    expect(searchableUpTo("0123456789", 8, 3)).toBe("0123456789");
  });
});
