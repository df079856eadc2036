import { describe, expect, it } from "vitest";
import { ENGLISH_SCALES, qualifierFor, scale } from "./scanned-amount.js";

describe("scale", () => {
  it.each([
    [1.1, 1e9, 1_100_000_000],
    [12.5, 1e8, 1_250_000_000],
    [27, 0.01, 0.27],
    [1.45, 1e12, 1_450_000_000_000],
  ])("%d × %d = %d, without binary noise", (value, factor, expected) => {
    expect(scale(value, factor)).toBe(expected);
  });

  it("knows the English scale words", () => {
    expect([ENGLISH_SCALES.bn, ENGLISH_SCALES.m, ENGLISH_SCALES.trillion, ENGLISH_SCALES.crore]).toEqual([1e9, 1e6, 1e12, 1e7]);
  });
});

describe("qualifierFor", () => {
  it.each([
    [null, false, false, "exact"],
    [null, true, false, "over"],
    [null, false, true, "over"],
    ["approx", true, false, "approx"],
    ["up_to", false, true, "up_to"],
  ] as const)("%s, vague %s, 多 %s → %s", (word, vague, more, expected) => {
    expect(qualifierFor(word, vague, more)).toBe(expected);
  });
});
