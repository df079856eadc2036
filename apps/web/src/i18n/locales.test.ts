import { describe, expect, it } from "vitest";
import { resolveLocale } from "./locales";

describe("resolveLocale", () => {
  it("prefers the remembered cookie", () => {
    expect(resolveLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
  });
  it("falls back to the browser's first supported language", () => {
    expect(resolveLocale(undefined, "fr-FR, en-GB;q=0.8, zh;q=0.5")).toBe("en");
    expect(resolveLocale("xx", "zh-TW")).toBe("zh");
  });
  it("defaults to Chinese", () => {
    expect(resolveLocale(undefined, null)).toBe("zh");
    expect(resolveLocale(undefined, "fr")).toBe("zh");
  });
});
