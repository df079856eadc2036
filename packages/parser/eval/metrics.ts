import type { Matching, MatchedPair } from "./match.js";

/**
 * The scores the issue asks for, from a matching of gold and predicted mentions:
 * - amount+currency precision and recall: a pair counts when amount (and, for ranges, the upper
 *   bound) and currency agree; precision is over all predictions, recall over all gold mentions;
 * - qualifier accuracy over matched pairs;
 * - isAid precision, recall and F1 over all mentions (an unmatched prediction marked aid is a false
 *   positive, an unmatched gold aid figure a false negative);
 * - donor, recipient, aidType and status accuracy over matched pairs whose gold mention is aid.
 */

export interface Ratio {
  hits: number;
  total: number;
  value: number;
}

export interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  amountPrecision: Ratio;
  amountRecall: Ratio;
  qualifierAccuracy: Ratio;
  aidPrecision: Ratio;
  aidRecall: Ratio;
  aidF1: number;
  donorAccuracy: Ratio;
  recipientAccuracy: Ratio;
  aidTypeAccuracy: Ratio;
  statusAccuracy: Ratio;
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total === 0 ? 1 : hits / total };
}

/** Amounts agree when equal up to float noise (6亿2千万 computed either way). */
export function sameAmount(a: number, b: number | null): boolean {
  if (b === null) return false;
  return Math.abs(a - b) <= Math.max(1e-6, Math.abs(a) * 1e-9);
}

export function amountAgrees(pair: MatchedPair): boolean {
  const { gold, predicted } = pair;
  const m = predicted.mention;
  if (!sameAmount(gold.amount, m.amount) || gold.currency !== m.currency) return false;
  return gold.rangeMax === null || gold.qualifier !== "range" || sameAmount(gold.rangeMax, m.amountHigh);
}

const sameName = (a: string | null, b: string | null): boolean => (a ?? "").trim() === (b ?? "").trim();

export function score(matching: Matching): Scores {
  const { pairs, unmatchedGold, unmatchedPredicted } = matching;
  const gold = pairs.length + unmatchedGold.length;
  const predicted = pairs.length + unmatchedPredicted.length;
  const amountHits = pairs.filter(amountAgrees).length;

  const aidTruePositives = pairs.filter((p) => p.gold.isAid && p.predicted.mention.isAid).length;
  const predictedAid = pairs.filter((p) => p.predicted.mention.isAid).length + unmatchedPredicted.filter((p) => p.mention.isAid).length;
  const goldAid = pairs.filter((p) => p.gold.isAid).length + unmatchedGold.filter((g) => g.isAid).length;
  const aidPrecision = ratio(aidTruePositives, predictedAid);
  const aidRecall = ratio(aidTruePositives, goldAid);
  const f1 = aidPrecision.value + aidRecall.value === 0 ? 0 : (2 * aidPrecision.value * aidRecall.value) / (aidPrecision.value + aidRecall.value);

  const aidPairs = pairs.filter((p) => p.gold.isAid);
  const typed = aidPairs.filter((p) => p.gold.aidType !== undefined);
  const staged = aidPairs.filter((p) => p.gold.status !== undefined);
  return {
    gold,
    predicted,
    matched: pairs.length,
    amountPrecision: ratio(amountHits, predicted),
    amountRecall: ratio(amountHits, gold),
    qualifierAccuracy: ratio(pairs.filter((p) => p.gold.qualifier === p.predicted.mention.qualifier).length, pairs.length),
    aidPrecision,
    aidRecall,
    aidF1: f1,
    donorAccuracy: ratio(aidPairs.filter((p) => sameName(p.gold.donor, p.predicted.mention.donor)).length, aidPairs.length),
    recipientAccuracy: ratio(aidPairs.filter((p) => sameName(p.gold.recipient, p.predicted.mention.recipient)).length, aidPairs.length),
    aidTypeAccuracy: ratio(typed.filter((p) => p.gold.aidType === p.predicted.mention.aidType).length, typed.length),
    statusAccuracy: ratio(staged.filter((p) => p.gold.status === p.predicted.mention.status).length, staged.length),
  };
}
