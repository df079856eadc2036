import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { canonicalParty, findParties, isKnownParty } from "./gazetteer.js";

const names = (text: string): string[] => findParties(normaliseForMatching(text)).map((h) => h.name);

describe("gazetteer", () => {
  it.each([
    ["美国", "United States"], ["美國", "United States"], ["华盛顿", "United States"], ["白宫", "United States"],
    ["五角大楼", "United States"], ["美国国会", "United States"], ["基辅", "Ukraine"], ["烏克蘭", "Ukraine"],
    ["欧盟", "European Union"], ["歐盟", "European Union"], ["欧盟委员会", "European Union"], ["北约", "NATO"],
    ["七国集团", "G7"], ["英国", "United Kingdom"], ["加沙", "Gaza"], ["加薩", "Gaza"], ["印太地区", "Indo-Pacific"],
    ["台灣", "Taiwan"], ["中方", "China"], ["世界银行", "World Bank"], ["國際貨幣基金組織", "International Monetary Fund"],
    ["联合国中央应急基金", "United Nations"], ["欧洲盟友", "European allies"], ["西方国家", "Western countries"],
    ["中国红十字会", "Red Cross Society of China"], ["土耳其红新月会", "Turkish Red Crescent"],
    ["Washington", "United States"], ["Kyiv", "Ukraine"], ["the EU", "European Union"], ["Britain", "United Kingdom"],
    ["Pentagon", "United States"], ["Congress", "United States"], ["U.S.", "United States"],
    ["拜登", "United States"], ["澤連斯基", "Ukraine"], ["朔尔茨", "Germany"], ["冯德莱恩", "European Union"],
    ["Zelensky", "Ukraine"], ["Blinken", "United States"],
  ])("%s → %s", (name, canonical) => {
    expect(names(name)).toEqual([canonical]);
  });

  it.each([
    ["发展中国家", []],
    ["马里兰州", []],
    ["其中方案", []],
    ["美国之音报道", []],
    ["Latin America", []],
    ["us and them", []],
    ["罗马尼亚", ["Romania"]],
    ["南苏丹", ["South Sudan"]],
    ["约旦河西岸", ["West Bank"]],
    ["对乌军事援助", []],
  ])("%s → %j (names inside other words do not count)", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("reads a bare legislature as Congress, and one after a country's name as that country's", () => {
    expect(names("众议院通过了法案")).toEqual(["United States"]);
    expect(names("日本国会通过了预算")).toEqual(["Japan"]);
  });

  it("reads a leader named right after their own state as that one party", () => {
    expect(names("乌克兰总统泽连斯基表示")).toEqual(["Ukraine"]);
    expect(names("Ukrainian President Zelensky said")).toEqual(["Ukraine"]);
    expect(names("美国总统拜登会见泽连斯基")).toEqual(["United States", "Ukraine"]);
    expect(names("乌克兰，泽连斯基")).toEqual(["Ukraine", "Ukraine"]);
  });

  it("keeps offsets and the name as written", () => {
    const text = "美国已向乌克兰提供";
    expect(findParties(text).map((h) => [h.text, h.start, h.end])).toEqual([["美国", 0, 2], ["乌克兰", 4, 7]]);
  });

  it("marks names that stand for different bodies", () => {
    expect(findParties("布鲁塞尔")[0]?.alternatives).toContain("NATO");
  });

  it("knows canonical names", () => {
    expect(canonicalParty("基辅")).toBe("Ukraine");
    expect(isKnownParty("Indo-Pacific")).toBe(true);
    expect(isKnownParty("Atlantis")).toBe(false);
  });
});
