import { describe, expect, it } from "vitest";
import { textDirection } from "./text-direction";

describe("textDirection", () => {
  it.each([
    ["ug", "rtl"],
    ["fa", "rtl"],
    ["ar", "rtl"],
    ["he", "rtl"],
    ["zh", undefined],
    ["bo", undefined],
    ["en", undefined],
    ["und", undefined],
  ])("%s → %s", (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});
