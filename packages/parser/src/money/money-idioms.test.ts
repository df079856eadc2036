import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "./char-normaliser.js";
import { scanAmounts } from "./mention-scanner.js";
import { idiomDecision, idiomSpan } from "./money-idioms.js";

/** The idiom words around the first amount of `text`, or null. */
function idiom(text: string): string | null {
  const norm = normaliseForMatching(text);
  const [amount] = scanAmounts(norm);
  const span = idiomSpan(norm, amount!);
  return span === null ? null : text.slice(span.start, span.end);
}

describe("idiomSpan", () => {
  it.each([
    ["美国向乌克兰提供的每一美元援助都受到严格监督", "每一美元"],
    ["每1美元的援助都要有交代", "每1美元"],
    ["纳税人的每一歐元都用在刀刃上", "每一歐元"],
    ["一美元也不会给基辅", "一美元也"],
    ["十亿美元富豪的财富增长", "十亿美元富豪"],
    ["百万美元级富翁", "百万美元级富翁"],
  ])("%s → %s", (text, words) => {
    expect(idiom(text)).toBe(words);
  });

  it.each([
    "美国宣布向乌克兰提供10亿美元援助",
    "汽油每加仑上涨一美元", // a price, not an idiom (and not aid for other reasons)
    "每年提供5亿美元",
    "第一美元", // never scanned as an amount at all
  ])("%s holds no idiom", (text) => {
    const norm = normaliseForMatching(text);
    for (const amount of scanAmounts(norm)) expect(idiomSpan(norm, amount)).toBeNull();
  });
});

describe("idiomDecision", () => {
  it("is never aid and keeps the idiom as evidence", () => {
    expect(idiomDecision({ start: 3, end: 7 })).toMatchObject({ isAid: false, aidType: null, status: "unknown", cumulative: false, evidence: [{ start: 3, end: 7 }] });
  });
});
