import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.js";

describe("detectLanguage", () => {
  it.each([
    ["Simplified Chinese", "布林肯：北约支持乌克兰", "美国国务卿表示，美国对乌克兰有强劲的两党支持，这是他们的决定。", "zh", "Hans"],
    ["Traditional Chinese", "跡象顯示 北戴河會議舉行在即", "中共領導人最新的公開活動停留在7月31日，部分省部級領導日前也有調動。", "zh", "Hant"],
    ["English", "Would a Biden administration be softer?", "In recent weeks America has imposed sanctions on the officials of the party.", "en", null],
    ["Chinese with English names", "美国", "美国总统特朗普（Donald Trump）和国务卿蓬佩奥（Mike Pompeo）周三发表讲话，他们说这是重要的一步。", "zh", "Hans"],
    ["Japanese", "東京", "日本政府は新型コロナウイルスの対策について発表しました。", "ja", null],
    ["Korean", "서울", "대한민국 정부는 오늘 새로운 정책을 발표했습니다.", "ko", null],
    ["German", "Die Lage", "Die Regierung hat nicht mit der Opposition gesprochen und das ist ein Problem.", "de", null],
  ])("%s", (_name, title, text, language, script) => {
    expect(detectLanguage(title, text, "und")).toEqual({ language, script });
  });

  it("falls back to the source's language when there is no text", () => {
    expect(detectLanguage("", "", "zh")).toEqual({ language: "zh", script: null });
  });
});
