import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countChars, normalizeForHash, sha256Hex } from "./digests.js";

describe("digests", () => {
  it("folds whitespace exactly as replacing every whitespace run would", () => {
    const spaced = fc.string({ unit: fc.constantFrom("a", "中", " ", "\n", "\t", "\u00a0", "\u3000", "\u2028"), maxLength: 60 });
    fc.assert(
      fc.property(spaced, (text) => {
        expect(normalizeForHash(text)).toBe(text.normalize("NFC").replace(/\s+/g, " ").trim());
      }),
    );
  });

  it("gives texts that differ only in spacing and composition the same hash", () => {
    const a = normalizeForHash("Caf\u00e9 au lait\n\n第二段");
    const b = normalizeForHash("  Cafe\u0301   au lait 第二段 ");
    expect(sha256Hex(a)).toBe(sha256Hex(b));
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it.each([
    ["中文 ab\n\n😀", 5],
    ["", 0],
    ["   \n\t\r", 0],
    ["a\tb\rc d", 4],
    ["😀😀x", 3],
    // Lone surrogates count one each.
    ["\uD83Dx\uDE00", 3],
    ["\uDE00\uD83D", 2],
  ])("counts the characters of %j that are not whitespace, a surrogate pair as one", (text, expected) => {
    expect(countChars(text)).toBe(expected);
  });

  it("counts as a loop over every character would", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        let expected = 0;
        for (const ch of text) if (!" \n\t\r".includes(ch)) expected++;
        expect(countChars(text)).toBe(expected);
      }),
    );
  });
});
