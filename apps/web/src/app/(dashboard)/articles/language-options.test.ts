import { describe, expect, it } from "vitest";
import { en } from "@/i18n/en";
import { zh } from "@/i18n/zh";
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
  it.each([
    ["the dictionary's name", "bo", "藏文"],
    ["the dictionary's word for an undetermined language", "und", "未识别语言"],
    ["the code for a language the dictionary does not name", "qaa", "qaa"],
  ])("gives %s", (_, code, expected) => {
    expect(languageLabel(code, zh.articles.languages)).toBe(expected);
  });

  it("names every language the parser tells apart, in both dashboard languages", () => {
    const parserLanguages = ["zh", "en", "ja", "ko", "fr", "de", "es", "vi", "ru", "uk", "ar", "fa", "ur", "ug", "bo", "my", "km", "lo", "th", "he", "el", "hi", "und"];
    for (const dictionary of [zh, en]) {
      expect(parserLanguages.filter((code) => !(code in dictionary.articles.languages))).toEqual([]);
    }
  });
});
