import { describe, expect, it } from "vitest";
import type { MoneyMention } from "../schema/money-mention.js";
import { extractFromField } from "./extract.js";

/** [surface, status, aidType] of each aid figure of `text`. */
function stages(text: string, language = "zh"): [string, MoneyMention["status"], MoneyMention["aidType"]][] {
  return extractFromField({ field: "text", text, language })
    .filter((m) => m.isAid)
    .map((m) => [m.surface, m.status, m.aidType]);
}

describe("the stage of a figure whose sentence has no status word", () => {
  it.each<[string, [string, MoneyMention["status"], MoneyMention["aidType"]][]]>([
    // Stated as given: a giving verb made a noun by 的, or giving under way.
    ["美国向乌克兰提供的援助略高于750亿美元。", [["略高于750亿美元", "delivered", "unspecified"]]],
    ["格奥尔基耶娃表示，IMF一直在迅速部署约1,000亿美元的紧急融资。", [["约1,000亿美元", "delivered", "financial"]]],
    // Money held back states no stage either.
    ["美国暂停了向近东救济工程处提供的3亿美元援助资金。", [["3亿美元", "unknown", "unspecified"]]],
    // A habit per year states no stage.
    ["美国每年向以色列提供38亿美元的军事援助。", [["38亿美元", "unknown", "military"]]],
    ["美国是世卫组织最大的捐款国，每年给世卫提供大约4.5亿美元的经费。", [["大约4.5亿美元", "unknown", "unspecified"]]],
    // A status word still wins over the habit, and a bare transfer is an announcement.
    ["美国宣布每年向约旦提供10亿美元援助。", [["10亿美元", "committed", "unspecified"]]],
    ["美国向乌克兰提供10亿美元军事援助。", [["10亿美元", "committed", "military"]]],
  ])("%s", (text, expected) => {
    expect(stages(text)).toEqual(expected);
  });
});

describe("reconstruction names a purpose, not a kind", () => {
  it.each<[string, [string, MoneyMention["status"], MoneyMention["aidType"]][], string?]>([
    ["国际社会承诺提供不少于20亿美元的重建援助。", [["不少于20亿美元", "committed", "unspecified"]]],
    ["欧盟将向乌克兰提供5亿欧元用于重建。", [["5亿欧元", "committed", "unspecified"]]],
    ["德国将向乌克兰提供5亿欧元贷款用于重建。", [["5亿欧元", "committed", "financial"]]],
    ["日本将向土耳其提供1亿美元用于震后重建。", [["1亿美元", "committed", "humanitarian"]]],
    ["Donors pledged $2 billion for Ukraine's reconstruction.", [["$2 billion", "committed", "unspecified"]], "en"],
  ])("%s", (text, expected, language) => {
    expect(stages(text, language)).toEqual(expected);
  });
});
