import type { MoneyMention } from "../src/schema/money-mention.js";
import type { GoldMention } from "./gold.js";

/**
 * Pairs gold mentions with predicted ones, file by file.
 *
 * The rule: a gold mention and a prediction of the same file can pair when their surfaces agree —
 * equal once normalised (NFKC, no whitespace, one kind of quote), or one containing the other (a
 * qualifier word such as 约 or 以上 kept by one side only) — and their sentences agree: the gold
 * sentence is a substring of the raw file cut at every HTML tag, the predicted one comes from the
 * record's plain text, so after decoding entities and normalising, one must contain the other or
 * share at least half of its character bigrams. Among candidate pairs, the best (exact surface
 * first, then sentence similarity, then text order) are taken greedily, one to one.
 */

export interface Prediction {
  file: string;
  mention: MoneyMention;
}

export interface MatchedPair {
  gold: GoldMention;
  predicted: Prediction;
  exactSurface: boolean;
}

export interface Matching {
  pairs: MatchedPair[];
  unmatchedGold: GoldMention[];
  unmatchedPredicted: Prediction[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The form surfaces and sentences are compared in. */
export function normaliseForComparison(text: string): string {
  return decodeEntities(text).normalize("NFKC").replace(/\s+/g, "").replace(/[“”„‟「」『』]/g, '"').replace(/[‘’]/g, "'");
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** 1 when one sentence contains the other, else the Dice overlap of character bigrams. */
export function sentenceSimilarity(a: string, b: string): number {
  if (a === "" || b === "") return a === b ? 1 : 0;
  if (a.includes(b) || b.includes(a)) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  const total = Math.max(1, a.length - 1 + b.length - 1);
  return (2 * shared) / total;
}

const MIN_SENTENCE_SIMILARITY = 0.5;

/** Pairs gold and predicted mentions (see the rule above). */
export function matchMentions(gold: readonly GoldMention[], predicted: readonly Prediction[]): Matching {
  const goldByFile = new Map<string, GoldMention[]>();
  for (const g of gold) goldByFile.set(g.file, [...(goldByFile.get(g.file) ?? []), g]);
  const predictedByFile = new Map<string, Prediction[]>();
  for (const p of predicted) predictedByFile.set(p.file, [...(predictedByFile.get(p.file) ?? []), p]);

  const pairs: MatchedPair[] = [];
  const usedGold = new Set<GoldMention>();
  const usedPredicted = new Set<Prediction>();
  for (const [file, golds] of goldByFile) {
    const candidates: { g: GoldMention; p: Prediction; exact: boolean; similarity: number; order: number }[] = [];
    (predictedByFile.get(file) ?? []).forEach((p, order) => {
      const surface = normaliseForComparison(p.mention.surface);
      const sentence = normaliseForComparison(p.mention.sentence);
      for (const g of golds) {
        const goldSurface = normaliseForComparison(g.mention);
        const exact = goldSurface === surface;
        if (!exact && !goldSurface.includes(surface) && !surface.includes(goldSurface)) continue;
        const similarity = sentenceSimilarity(normaliseForComparison(g.sentence), sentence);
        if (similarity < MIN_SENTENCE_SIMILARITY) continue;
        candidates.push({ g, p, exact, similarity, order });
      }
    });
    candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.similarity - a.similarity || a.order - b.order);
    for (const c of candidates) {
      if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
      usedGold.add(c.g);
      usedPredicted.add(c.p);
      pairs.push({ gold: c.g, predicted: c.p, exactSurface: c.exact });
    }
  }
  return {
    pairs,
    unmatchedGold: gold.filter((g) => !usedGold.has(g)),
    unmatchedPredicted: predicted.filter((p) => !usedPredicted.has(p)),
  };
}
