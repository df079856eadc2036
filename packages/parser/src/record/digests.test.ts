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

  it("counts characters that are not whitespace, a surrogate pair as one", () => {
    expect(countChars("中文 ab\n\n😀")).toBe(5);
  });
});
