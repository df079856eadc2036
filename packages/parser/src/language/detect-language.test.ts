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
    ["Russian", "Блинкен", "Госсекретарь США Блинкен заявил в среду, что Украина станет членом НАТО.", "ru", null],
    ["Ukrainian", "Блінкен", "Держсекретар США Блінкен заявив у середу, що Україна стане членом НАТО.", "uk", null],
    ["Tibetan", "", "ཨ་མེ་རི་ཁའི་ཕྱི་སྲིད་བློན་ཆེན་གྱིས་གསུངས་པ།", "bo", null],
    ["Uyghur", "", "ئامېرىكا تاشقى ئىشلار مىنىستىرى بلىنكېن چارشەنبە كۈنى ئېيتتى.", "ug", null],
    ["Persian", "", "وزیر امور خارجه آمریکا روز چهارشنبه گفت که اوکراین عضو ناتو خواهد شد.", "fa", null],
    ["Arabic", "", "قال وزير الخارجية الأمريكي يوم الأربعاء إن أوكرانيا ستصبح عضوا في الناتو.", "ar", null],
    ["Burmese", "", "အမေရိကန် နိုင်ငံခြားရေးဝန်ကြီး ဘလင်ကန်က ပြောကြားခဲ့သည်။", "my", null],
    ["Khmer", "", "រដ្ឋមន្ត្រីការបរទេសអាមេរិកបាននិយាយថា។", "km", null],
    ["Thai", "", "รัฐมนตรีต่างประเทศสหรัฐกล่าวเมื่อวันพุธว่ายูเครนจะเป็นสมาชิกนาโต", "th", null],
    ["Vietnamese", "", "Ngoại trưởng Mỹ Antony Blinken hôm thứ Tư cho biết Ukraine sẽ trở thành thành viên NATO.", "vi", null],
    ["Chinese with a Russian name", "普京", "俄罗斯总统普京（Владимир Путин）周三在莫斯科发表讲话，他说这是重要的一步。", "zh", "Hans"],
  ])("%s", (_name, title, text, language, script) => {
    expect(detectLanguage(title, text, "und")).toEqual({ language, script });
  });

  it("falls back to the source's language when there is no text", () => {
    expect(detectLanguage("", "", "zh")).toEqual({ language: "zh", script: null });
  });
});
