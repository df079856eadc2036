import { describe, expect, it } from "vitest";
import { moneyMentionSchema, safeParse, type ArticleRecord } from "../../src/index.js";
import { allCorpusFiles, corpusFile } from "../helpers/corpus.js";

/**
 * The money extractor over every file of ../shared/corpus (seed and dev): invariants that must hold
 * for every mention, the seed's two figures exactly, and a printed count of mentions, aid figures
 * and mentions flagged for review.
 */

const records: ArticleRecord[] = [];
for (const file of allCorpusFiles()) {
  const result = safeParse(corpusFile(file), { file });
  if (result.success) records.push(result.data);
}
const mentions = records.flatMap((r) => r.moneyMentions.map((m) => ({ record: r, m })));

describe(`money mentions across the corpus (${records.length} records)`, () => {
  it("prints how many mentions were found and how many were flagged for review", () => {
    const aid = mentions.filter(({ m }) => m.isAid).length;
    const flagged = mentions.filter(({ m }) => m.review.needed).length;
    const reasons = new Map<string, number>();
    for (const { m } of mentions) for (const r of m.review.reasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
    console.log(
      `money mentions: ${mentions.length} in ${records.filter((r) => r.moneyMentions.length > 0).length} records; ` +
        `aid figures: ${aid}; flagged for review: ${flagged} (${[...reasons].map(([r, n]) => `${r} ${n}`).join(", ")})`,
    );
    expect(mentions.length).toBeGreaterThan(1000);
    expect(flagged).toBeLessThan(mentions.length);
  });

  it("gives every mention exact offsets, an exact sentence and a valid shape", () => {
    for (const { record, m } of mentions) {
      const field = m.field === "title" ? record.title : record.text;
      expect(field.slice(m.start, m.end), record.file).toBe(m.surface);
      expect(field, record.file).toContain(m.sentence);
      expect(m.sentence, record.file).toContain(m.surface);
      expect(moneyMentionSchema.safeParse(m).success, record.file).toBe(true);
    }
  });

  it("orders mentions title first, then by offset, and links conversions backwards", () => {
    for (const record of records) {
      const list = record.moneyMentions;
      list.forEach((m, i) => {
        if (m.equivalentOf !== null) expect(m.equivalentOf, record.file).toBeLessThan(i);
        if (i === 0) return;
        const previous = list[i - 1]!;
        const order = (x: typeof m): number => (x.field === "title" ? 0 : 1);
        expect(order(previous) < order(m) || (order(previous) === order(m) && previous.start < m.start), record.file).toBe(true);
      });
    }
  });

  it("reads the seed's two figures as POLICY.md records them", () => {
    const seed = records.find((r) => r.file.startsWith("seed/"))!;
    expect(seed.moneyMentions.map(({ surface, amount, currency, qualifier, isAid, donor, recipient, status, cumulative }) => ({
      surface, amount, currency, qualifier, isAid, donor, recipient, status, cumulative,
    }))).toEqual([
      { surface: "约770亿美元", amount: 77e9, currency: "USD", qualifier: "approx", isAid: true, donor: "United States", recipient: "Ukraine", status: "delivered", cumulative: true },
      { surface: "超过1100亿美元", amount: 110e9, currency: "USD", qualifier: "over", isAid: true, donor: "European allies", recipient: "Ukraine", status: "delivered", cumulative: false },
    ]);
  });

  it("never reads people or object counts, percentages or years as money", () => {
    for (const { m } of mentions) expect(m.surface).not.toMatch(/[人名发枚份剂吨%年]$/);
  });
});
