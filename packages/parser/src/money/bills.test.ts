import { describe, expect, it } from "vitest";
import { billContext, defaultBillStage, type BillContext } from "./bills.js";
import { normaliseForMatching } from "./char-normaliser.js";
import { scanAmounts } from "./mention-scanner.js";

/** The bill context of the first amount of a one-sentence text (names are not blanked: no name is a bill word). */
function contextOf(text: string): BillContext {
  const norm = normaliseForMatching(text);
  const amount = scanAmounts(norm, 0)[0]!;
  const sentence = { start: 0, end: norm.length };
  const comma = norm.slice(amount.end).search(/[，,]/);
  const clause = { start: 0, end: comma < 0 ? norm.length : amount.end + comma };
  return billContext(norm, norm, amount, clause, sentence, amount.amount, amount.currency);
}

describe("billContext", () => {
  it.each<[string, BillContext]>([
    ["参议院公布了一项1180亿美元的两党法案，其中包括对乌克兰的援助。", { total: true, sentence: true, known: true }],
    ["这项950亿美元的一揽子法案包括向乌克兰提供的610亿美元。", { total: true, sentence: true, known: true }],
    ["共和党人提出了一项143亿美元的援助以色列法案。", { total: true, sentence: true, known: false }],
    ["The Senate unveiled a $118 billion bill that includes $20.2 billion for the US border.", { total: true, sentence: true, known: true }],
    ["The House passed a $95 billion foreign aid package.", { total: true, sentence: true, known: true }],
    // A package that no legislature handles is a tranche, not a bill.
    ["五角大楼宣布了一项4亿美元的一揽子军事援助。", { total: false, sentence: false, known: false }],
    ["众议院将分别表决对以色列的263.8亿美元援助。", { total: false, sentence: true, known: false }],
    ["白宫要求国会批准1060亿美元的紧急拨款。", { total: false, sentence: false, known: true }],
    // The size alone is not a package.
    ["该国去年的出口额为950亿美元。", { total: false, sentence: false, known: false }],
    ["美国宣布向乌克兰提供4亿美元的军事援助。", { total: false, sentence: false, known: false }],
  ])("%s", (text, expected) => {
    expect(contextOf(text)).toEqual(expected);
  });

  it("gives a bill without a stage word the story's stage, else proposed", () => {
    expect(defaultBillStage("approved")).toBe("approved");
    expect(defaultBillStage(null)).toBe("proposed");
  });
});
