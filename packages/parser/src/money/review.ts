/**
 * Why an editor should look at a money mention before it goes into the aid tracker. Each reason
 * is a stable code the dashboard can filter on; a mention needs review when it has any.
 */

export const REVIEW_REASONS = {
  "no-donor": "an aid figure with no donor named in its sentence",
  "no-recipient": "an aid figure with no recipient named in its sentence",
  "donor-guessed": "the donor is a state named nearby, not marked as the giver",
  "ambiguous-party": "a name that stands for different bodies (布鲁塞尔) decided donor or recipient",
  "vague-amount": "a vague amount (数十亿, billions of): the figure is a floor",
  "inferred-currency": "the currency word was left out and taken from the sentence",
  "currency-from-context": "the currency word is shared by several currencies (元, ¥, 克朗) and context chose one",
  "conflicting-cues": "words for aid and words against it (sale, budget, price …) both stand near the figure",
  "weak-aid-cue": "counted as aid on weak evidence",
  "loan-as-aid": "a loan counted as aid (POLICY.md's borderline rule)",
  "small-aid-amount": "an aid figure under 10,000 units: possibly a typo in the source (80美元 for 80亿美元)",
} as const;

export type ReviewReason = keyof typeof REVIEW_REASONS;

export interface ReviewInput {
  isAid: boolean;
  donor: string | null;
  recipient: string | null;
  donorGuessed: boolean;
  ambiguousParty: boolean;
  vague: boolean;
  currencyInferred: boolean;
  currencyFromContext: boolean;
  conflicting: boolean;
  score: number;
  loan: boolean;
  amount: number;
}

/** The score below which an aid decision counts as weak (see `decideAid`). */
const WEAK_SCORE = 3;

export function reviewReasons(input: ReviewInput): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (input.isAid) {
    if (input.donor === null) reasons.push("no-donor");
    else if (input.donorGuessed) reasons.push("donor-guessed");
    if (input.recipient === null) reasons.push("no-recipient");
    if (input.ambiguousParty) reasons.push("ambiguous-party");
    if (input.score < WEAK_SCORE) reasons.push("weak-aid-cue");
    if (input.loan) reasons.push("loan-as-aid");
    if (input.amount < 10_000) reasons.push("small-aid-amount");
  }
  if (input.conflicting) reasons.push("conflicting-cues");
  if (input.vague) reasons.push("vague-amount");
  if (input.currencyInferred) reasons.push("inferred-currency");
  if (input.currencyFromContext) reasons.push("currency-from-context");
  return reasons;
}
