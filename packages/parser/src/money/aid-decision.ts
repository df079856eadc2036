import type { AidStatus, AidType } from "../schema/money-mention.js";
import {
  DOMESTIC_PROGRAMME,
  FOREIGN_TARGET,
  aidCues,
  cumulativeCues,
  exclusionCues,
  mixedCues,
  typeCues,
  type Cue,
  type ExclusionCategory,
} from "./aid-cues.js";
import { decideStatus } from "./aid-status.js";
import type { BillContext } from "./bills.js";
import type { Span } from "./mention-scope.js";

/**
 * Whether a money mention is an aid figure, of what kind, at what stage, and whether it is a running
 * total (POLICY.md). Cue words score by how close they stand to the figure — attached to it, in its
 * clause, in its share of the sentence, elsewhere in the sentence — so "15亿美元的赠款，用于支付公务员
 * 工资" is aid (the grant is attached, the wages are only its purpose) while "出售价值1.47亿美元的
 * 炮弹" is not. A figure without words of its own that continues an aid figure of the same sentence
 * ("外加170亿欧元", "比去年增加2亿英镑") inherits it.
 */

export interface AidDecisionInput {
  /** Normalised field with names and mention surfaces blanked. */
  cue: string;
  mention: Span;
  scope: Span;
  clause: Span;
  sentence: Span;
  hasRecipient: boolean;
  /**
   * A government or body is named as giver (a marked donor or subject) or as the one appealing.
   * Aid is money a government or international body gives: with no giver and no recipient named,
   * a sum is domestic spending or private giving, whatever the words around it.
   */
  hasGiver: boolean;
  /** The decision for the previous figure of the same sentence, if any. */
  previous: AidDecision | null;
  /** Whether this is the first figure of its sentence (cumulative words before it apply). */
  first: boolean;
  /** An aid figure stood in one of the two sentences before. */
  inAidStory: boolean;
  /** The article names foreign-aid recipients or terms anywhere (see `FOREIGN_STORY`). */
  foreignStory: boolean;
  /** How many recipients the figure has. */
  recipients: number;
  /**
   * The giver is an international body, a donor group or an aid agency (世界银行, 国际社会, USAID): its
   * money goes abroad, so the domestic-programme rule does not apply.
   */
  internationalGiver: boolean;
  /** The figure is the budget or funding of a donor's aid agency (POLICY.md: USAID's 400亿 is aid), or goes through an aid fund (the European Peace Facility). */
  aidAgency: boolean;
  /** The figure is a lender body's loan or programme (IMF): a loan given as aid, whatever the deal words. */
  officialLender: boolean;
  /** What the words around the figure say about bills (see `bills.ts`). */
  bill: BillContext;
  /** The stage of the last bill figure of the story before this one, if any. */
  billStage: AidStatus | null;
}

export interface AidDecision {
  isAid: boolean;
  aidType: AidType | null;
  status: AidStatus;
  cumulative: boolean;
  /** Spans of the deciding words. */
  evidence: Span[];
  score: number;
  /** Strong aid words and strong exclusion words both stand near the figure. */
  conflicting: boolean;
  /** A loan counted as aid (POLICY.md's borderline rule). */
  loan: boolean;
  exclusion: ExclusionCategory | null;
}

type Level = "attached" | "clause" | "scope" | "sentence";
const AID_WEIGHTS: Readonly<Record<string, Readonly<Record<Level, number>>>> = {
  "aid-noun": { attached: 3, clause: 2, scope: 1.5, sentence: 0.5 },
  transfer: { attached: 1.5, clause: 1, scope: 0.5, sentence: 0 },
  appeal: { attached: 1.5, clause: 1.5, scope: 1, sentence: 0.5 },
  loan: { attached: 2, clause: 1.5, scope: 1, sentence: 0 },
};
const EXCLUSION_WEIGHTS: Readonly<Record<Level, number>> = { attached: 4, clause: 2.5, scope: 1.5, sentence: 0 };
const SOFT_EXCLUSIONS = new Set<ExclusionCategory>(["need", "subsidy"]);
const ATTACHED_DISTANCE = 8;

function levelOf(cue: Span, input: AidDecisionInput): Level {
  const { mention, clause, scope } = input;
  const inClause = cue.start >= clause.start && cue.end <= clause.end;
  if (inClause && cue.end <= mention.start && mention.start - cue.end <= ATTACHED_DISTANCE) return "attached";
  if (inClause && cue.start >= mention.end && cue.start - mention.end <= ATTACHED_DISTANCE) return "attached";
  if (inClause) return "clause";
  if (cue.start >= scope.start && cue.end <= scope.end) return "scope";
  return "sentence";
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const length = (s: Span): number => s.end - s.start;

interface Weighed {
  cue: Cue;
  weight: number;
}

/** Whether a cue of `cues` overlaps `c` and is longer (or, with `orEqual`, as long). */
function covered(cues: readonly Cue[], c: Cue, orEqual: boolean): boolean {
  for (const other of cues) {
    if (overlaps(other, c) && (orEqual ? length(other) >= length(c) : length(other) > length(c))) return true;
  }
  return false;
}

/** The aid cue of `category` that weighs most for this figure (the first of equals), or null. */
function strongestAid(cues: readonly Cue[], category: string, input: AidDecisionInput): Weighed | null {
  const weights = AID_WEIGHTS[category]!;
  let best: Weighed | null = null;
  for (const cue of cues) {
    if (cue.category !== category) continue;
    const weight = weights[levelOf(cue, input)];
    if (weight > 0 && (best === null || weight > best.weight)) best = { cue, weight };
  }
  return best;
}

/** The exclusion that weighs most for this figure (the first of equals), or null. */
function strongestExclusion(cues: readonly Cue[], input: AidDecisionInput): Weighed | null {
  let best: Weighed | null = null;
  for (const cue of cues) {
    const level = levelOf(cue, input);
    const weight = level === "sentence" && cue.category === "arms-sale" ? 1 : EXCLUSION_WEIGHTS[level] * (SOFT_EXCLUSIONS.has(cue.category as ExclusionCategory) ? 0.6 : 1);
    if (weight > 0 && (best === null || weight > best.weight)) best = { cue, weight };
  }
  return best;
}

function decideType(input: AidDecisionInput, evidence: Span[]): AidType {
  const { cue, scope, mention } = input;
  const mixed = mixedCues.find(cue, scope.start, scope.end);
  if (mixed.length > 0) {
    evidence.push(mixed[0]!);
    return "mixed";
  }
  // 财政部 and 国防部 are ministries, not kinds of aid.
  const cues = typeCues.find(cue, scope.start, scope.end).filter((c) => !/^[部长]/.test(cue.slice(c.end, c.end + 1)));
  if (cues.length === 0) return "unspecified";
  const dist = (c: Span): number => (c.end <= mention.start ? mention.start - c.end : Math.abs(c.start - mention.end));
  const nearest = cues.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  // The list the nearest cue stands in: "人道、财政和军事援助" names three kinds, so the package is mixed.
  const i = cues.indexOf(nearest);
  let lo = i;
  let hi = i;
  // "人道、财政和军事援助", and with the noun after each kind: "人道援助和财政支持", "humanitarian aid and military support".
  const joined = (a: Span, b: Span): boolean =>
    /^(?:援助|支持|支援|aid|assistance|support)?(?:[、，,和及与或 ]*|以及| and |, and )$/.test(cue.slice(a.end, b.start));
  while (lo > 0 && joined(cues[lo - 1]!, cues[lo]!)) lo--;
  while (hi < cues.length - 1 && joined(cues[hi]!, cues[hi + 1]!)) hi++;
  const list = cues.slice(lo, hi + 1);
  evidence.push(...list);
  const kinds = new Set(list.map((c) => c.category));
  return kinds.size > 1 ? "mixed" : nearest.category;
}

/** Exclusion words that a word shortly before makes harmless: the profits of frozen Russian assets fund aid. */
const NEUTRALISED_BY: Readonly<Record<string, RegExp>> = {
  assets: /frozen|immobili[sz]ed/,
  资产: /冻结/,
  // "帮助发展中国家购买…疫苗": what the aid pays for is bought, the aid is not a sale.
  购买: /(?:帮助|协助|资助|用于)[^，,；;。]{0,10}$/,
  采购: /(?:帮助|协助|资助|用于)[^，,；;。]{0,10}$/,
};

/** Exclusion words that the words right after make harmless: money "spent on military aid" is aid, not a price. */
const NEUTRALISED_AFTER: Readonly<Record<string, RegExp>> = {
  spent: /^[^,;.]{0,24}?\bon\s+(?:[a-z-]+\s+){0,2}(?:aid|assistance)\b/,
  花费: /^[^，,；;。]{0,16}?用于[^，,；;。]{0,8}援助/,
};

function neutralised(cue: string, c: Cue): boolean {
  const by = NEUTRALISED_BY[c.word];
  if (by !== undefined && by.test(cue.slice(Math.max(0, c.start - 24), c.start))) return true;
  const after = NEUTRALISED_AFTER[c.word];
  return after !== undefined && after.test(cue.slice(c.end, c.end + 60));
}

/**
 * "Biden asked Congress for $106bn", "Zelensky urged America to provide …": a request made to a named
 * party is an appeal. Cue words cannot hold it, as the names in the cue text are blanked (□), so it is
 * matched here, blanks and all.
 */
const ASKED_PARTY_FOR =
  /(?<![A-Za-z])(?:asked|asks|asking|requested|requests|requesting|urged|urges|urging)\s+□+\s+(?:for|to\s+(?:approve|pass|provide|fund|send))(?![A-Za-z])/g;

function withAskedFor(cue: string, sentence: Span, found: Cue[]): Cue[] {
  const text = cue.slice(sentence.start, sentence.end);
  if (!text.includes("□")) return found;
  ASKED_PARTY_FOR.lastIndex = 0;
  let all: Cue[] | null = null;
  for (let m = ASKED_PARTY_FOR.exec(text); m !== null; m = ASKED_PARTY_FOR.exec(text)) {
    all ??= [...found];
    all.push({ word: m[0], category: "appeal", start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  return all ?? found;
}

/** Words after a total that open its parts (the same as `parties.ts` reads). */
const PARTS_FOLLOW = /包括|其中|including|includes|of which/;

/** `found` without the cues that stand in the parts listed after the mention. */
function withoutParts(cue: string, found: readonly Cue[], mention: Span): Cue[] {
  const kept: Cue[] = [];
  for (const c of found) if (!(c.start >= mention.end && PARTS_FOLLOW.test(cue.slice(mention.end, c.start)))) kept.push(c);
  return kept;
}

/** Exclusion words that an official lender's programme is called by: its deal, its bailout. */
const LENDER_DEAL_WORDS = new Set(["交易", "合同", "纾困", "deal", "contract", "bailout"]);

/** Decides isAid, aidType, status and cumulative for one figure. */
export function decideAid(input: AidDecisionInput): AidDecision {
  const { cue, sentence, scope, mention } = input;
  const exclusions = exclusionCues.find(cue, sentence.start, sentence.end);
  const found = withAskedFor(cue, sentence, aidCues.find(cue, sentence.start, sentence.end));
  // Where an aid word and an exclusion overlap, the longer reading wins (预算支持 over 预算, 失业救济 over 救济).
  const realExclusions: Cue[] = [];
  // An official lender's "deal" or "协议" is its loan programme, not a commercial contract.
  const lenderDeal = input.officialLender;
  for (const e of exclusions) {
    if (e.category === "neutral" || neutralised(cue, e) || covered(found, e, false)) continue;
    if (lenderDeal && LENDER_DEAL_WORDS.has(e.word)) continue;
    realExclusions.push(e);
  }
  const aid: Cue[] = [];
  for (const a of found) if (!covered(exclusions, a, true)) aid.push(a);

  // A bill's total is aid though its parts carry non-aid money ("1180亿美元的两党法案，其中包括…边境安全
  // 资金"): exclusions among the parts are theirs, not the total's.
  const exclusionsOfFigure = input.bill.total || input.bill.known ? withoutParts(cue, realExclusions, mention) : realExclusions;

  const noun = strongestAid(aid, "aid-noun", input);
  const transfer = strongestAid(aid, "transfer", input);
  const appeal = strongestAid(aid, "appeal", input);
  const loanCue = strongestAid(aid, "loan", input);
  const exclusion = strongestExclusion(exclusionsOfFigure, input);

  // A named omnibus package, an aid agency's budget and an official lender's programme are aid by
  // what they are, whatever words stand beside them ("Pakistan reached a $3 billion deal with the IMF").
  const byNature = input.bill.known || input.aidAgency || input.officialLender ? 3 : 0;
  const positive = (noun?.weight ?? 0) + (transfer?.weight ?? 0) + (appeal?.weight ?? 0) + (loanCue?.weight ?? 0) + byNature;
  // Receivers the gazetteer cannot name (帮助发展中国家) count as named ones.
  const scopeText = cue.slice(scope.start, scope.end);
  const foreignTarget = FOREIGN_TARGET.test(scopeText);
  const recipientBonus = input.hasRecipient || foreignTarget ? (positive > 0 ? 1.5 : 0.5) : 0;
  const ownExclusion = exclusion !== null && levelOf(exclusion.cue, input) !== "sentence";
  const inherit = input.previous?.isAid && !ownExclusion && positive < 2 ? 2 : 0;
  // "其中，608亿美元用于乌克兰。" right after an aid figure continues the story.
  const story = input.inAidStory && !ownExclusion && inherit === 0 ? 1.5 : 0;
  const score = positive + recipientBonus + inherit + story - (exclusion?.weight ?? 0);
  // A bill or relief measure with no recipient, in an article that never mentions foreign aid, is
  // domestic, unless the money plainly goes abroad (an international body gives, 发展中国家 receive).
  const abroad = input.internationalGiver || input.bill.known || foreignTarget;
  const domestic = !input.hasRecipient && !input.foreignStory && !abroad && DOMESTIC_PROGRAMME.test(scopeText);
  const giver = input.hasRecipient || input.hasGiver || input.bill.total || input.bill.known || foreignTarget;
  const isAid = score >= 2 && giver && !domestic;

  const evidence: Span[] = [];
  for (const found of [noun, transfer, appeal, loanCue]) if (found !== null) evidence.push(found.cue);
  if (exclusion !== null) evidence.push(exclusion.cue);
  if (!isAid) {
    return { isAid, aidType: null, status: "unknown", cumulative: false, evidence, score, conflicting: false, loan: false, exclusion: (exclusion?.cue.category as ExclusionCategory) ?? null };
  }

  const cumulativeFound = cumulativeCues
    .find(cue, input.first ? sentence.start : scope.start, scope.end)
    .find((c) => c.start >= scope.start || c.end <= mention.start);
  if (cumulativeFound !== undefined) evidence.push(cumulativeFound);
  // A bill's total that spans several recipients, and the named omnibus packages, span several kinds.
  const aidType = input.bill.known || (input.bill.total && input.recipients > 1) ? "mixed" : decideType(input, evidence);
  const transferNear = transfer !== null && levelOf(transfer.cue, input) !== "sentence";
  const status = decideStatus(input, cumulativeFound !== undefined, transferNear, evidence);
  const loan = input.officialLender || /贷款|loan/.test(cue.slice(input.clause.start, input.clause.end));
  return {
    isAid,
    aidType,
    status,
    cumulative: cumulativeFound !== undefined,
    evidence,
    score,
    conflicting: positive >= 2 && (exclusion?.weight ?? 0) >= 2,
    loan,
    exclusion: null,
  };
}
