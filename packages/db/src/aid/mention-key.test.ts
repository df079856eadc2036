import { describe, expect, it } from "vitest";
import { mentionKeysOf } from "./mention-key.js";

const sentence = "美国自战争开始以来已向乌克兰提供了约770亿美元的援助。";

describe("mentionKeysOf", () => {
  it("is the same when mentions are renumbered or moved by text added before them", () => {
    const before = mentionKeysOf([{ field: "text", sentence, surface: "约770亿美元", start: 10 }]);
    const after = mentionKeysOf([
      { field: "text", sentence: "欧洲盟国提供了超过1100亿美元。", surface: "超过1100亿美元", start: 3 },
      { field: "text", sentence, surface: "约770亿美元", start: 120 },
    ]);
    expect(after[1]).toBe(before[0]);
    expect(after[0]).not.toBe(before[0]);
  });

  it("tells repeated identical mentions apart by occurrence, in text order", () => {
    const keys = mentionKeysOf([
      { field: "text", sentence, surface: "约770亿美元", start: 300 },
      { field: "text", sentence, surface: "约770亿美元", start: 10 },
    ]);
    expect(keys[1]!.endsWith(".0")).toBe(true);
    expect(keys[0]!.endsWith(".1")).toBe(true);
    expect(keys[0]!.split(".")[0]).toBe(keys[1]!.split(".")[0]);
  });

  it("changes when the sentence, the surface or the field changes", () => {
    const [base] = mentionKeysOf([{ field: "text", sentence, surface: "约770亿美元", start: 0 }]);
    expect(mentionKeysOf([{ field: "title", sentence, surface: "约770亿美元", start: 0 }])[0]).not.toBe(base);
    expect(mentionKeysOf([{ field: "text", sentence: `${sentence}！`, surface: "约770亿美元", start: 0 }])[0]).not.toBe(base);
    expect(mentionKeysOf([{ field: "text", sentence, surface: "770亿美元", start: 0 }])[0]).not.toBe(base);
  });
});
