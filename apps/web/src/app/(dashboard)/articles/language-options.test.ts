import { describe, expect, it } from "vitest";
import { languageLabel, languageOptions } from "./language-options";

describe("languageOptions", () => {
  it.each([
    ["Chinese and English before the archive's list arrives", undefined, undefined, ["zh", "en"]],
    ["the archive's languages in its order", [{ language: "zh" }, { language: "bo" }, { language: "en" }], undefined, ["zh", "bo", "en"]],
    ["the selected language even when the archive has none of it", [{ language: "zh" }], "ug", ["zh", "ug"]],
    ["the selected language once when the archive has it", [{ language: "zh" }, { language: "ug" }], "ug", ["zh", "ug"]],
  ])("gives %s", (_, archive, selected, expected) => {
    expect(languageOptions(archive, selected)).toEqual(expected);
  });
});

describe("languageLabel", () => {
  const own = { zh: "中文", en: "英文", und: "未识别语言" };
  it.each([
    ["the newsroom's own word", "zh", "zh", "中文"],
    ["ICU's name in Chinese", "bo", "zh", "藏语"],
    ["ICU's name in English", "ug", "en", "Uyghur"],
    ["the newsroom's word for an undetermined language (ICU calls it 'root')", "und", "zh", "未识别语言"],
    ["the code where ICU has no name", "qaa", "en", "qaa"],
    ["the code for a malformed tag", "not a tag!", "en", "not a tag!"],
  ])("gives %s", (_, code, locale, expected) => {
    expect(languageLabel(code, locale, locale === "zh" ? own : {})).toBe(expected);
  });
});
