import type { MoneyMention } from "../schema/money-mention.js";
import { FOREIGN_STORY } from "./aid-cues.js";
import { decideAid, type AidDecision } from "./aid-decision.js";
import { normaliseForMatching } from "./char-normaliser.js";
import { resolveCurrency } from "./currency-context.js";
import { findElidedAmounts } from "./elided-currency.js";
import { asConversion, findEquivalents } from "./equivalents.js";
import { findParties, type PartyHit } from "./gazetteer.js";
import { firstMoneyOffset, scanAmounts } from "./mention-scanner.js";
import { maskSpans, scopeMentions, type Span } from "./mention-scope.js";
import { partiesFor, type MentionParties } from "./parties.js";
import { roleParties } from "./party-roles.js";
import { reviewReasons } from "./review.js";
import type { ScannedAmount } from "./scanned-amount.js";
import { sentenceIndexAt, sentencesAround, splitSentences, type SentenceSpan } from "./sentences.js";

/** One field of a record, as the extractor reads it. */
export interface MoneyField {
  field: MoneyMention["field"];
  text: string;
  language: string;
  /** Whether the article is a foreign-aid story (see `FOREIGN_STORY`); judged from the field when absent. */
  foreignStory?: boolean;
  /** `firstMoneyOffset(text)` when the caller has it already (each is a pass over the whole text). */
  moneyFrom?: number;
  /** `normaliseForMatching(text)` when the caller has it already. */
  normalised?: string;
}

interface Decided {
  amount: ScannedAmount;
  sentence: SentenceSpan;
  decision: AidDecision;
  parties: MentionParties;
  equivalentOf: number | null;
  currencyFromContext: boolean;
}

interface Found {
  amount: ScannedAmount;
  sentence: SentenceSpan;
  fromContext: boolean;
}

/** Every amount of the field, explicit and elided, in text order, with context-resolved currencies. */
function amountsOf(norm: string, language: string, from: number): Found[] {
  const explicit = scanAmounts(norm, from);
  if (explicit.length === 0) return [];
  const sentences = sentencesAround(norm, explicit.map((a) => a.start));
  const bySentence = new Map<number, ScannedAmount[]>();
  for (const amount of explicit) {
    const index = sentenceIndexAt(sentences, amount.start);
    if (index < 0) continue;
    bySentence.set(index, [...(bySentence.get(index) ?? []), amount]);
  }
  const result: Found[] = [];
  for (const [index, list] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const sentence = sentences[index]!;
    const all = [...list, ...findElidedAmounts(norm, sentence, list)].sort((a, b) => a.start - b.start);
    const sentenceText = norm.slice(sentence.start, sentence.end);
    for (const amount of all) {
      const resolved = resolveCurrency(amount, sentenceText, norm, language);
      result.push({ amount: { ...amount, currency: resolved.currency }, sentence, fromContext: resolved.fromContext });
    }
  }
  return result;
}

/** How far back (sentences, characters) an aid figure still sets the scene for one that names no party. */
const CONTEXT_SENTENCES = 2;
const CONTEXT_CHARS = 400;

function continuesAidStory(norm: string, lastAid: SentenceSpan | null, sentence: SentenceSpan): boolean {
  if (lastAid === null || sentence.start - lastAid.end > CONTEXT_CHARS) return false;
  return splitSentences(norm, lastAid.end, sentence.start).length < CONTEXT_SENTENCES;
}

/** Decides aid, parties and links for the amounts of one field. */
function decide(norm: string, found: readonly Found[], foreignStory: boolean): Decided[] {
  const amounts = found.map((f) => f.amount);
  const links = findEquivalents(norm, amounts);
  const hitsBySentence = new Map<SentenceSpan, PartyHit[]>();
  for (const { sentence } of found) {
    if (!hitsBySentence.has(sentence)) {
      const hits = findParties(norm, sentence.start, sentence.end).filter((h) => !amounts.some((a) => h.start < a.end && h.end > a.start));
      hitsBySentence.set(sentence, hits);
    }
  }
  const cue = maskSpans(norm, [...amounts, ...[...hitsBySentence.values()].flat()]);
  const decided: (Decided | null)[] = found.map(() => null);
  let lastAid: SentenceSpan | null = null;
  for (const [sentence, hits] of hitsBySentence) {
    const roled = roleParties(cue, sentence, hits);
    // "其中，军事援助约为330亿欧元。" names no party: the aid figure just before sets the scene.
    const inAidStory = continuesAidStory(norm, lastAid, sentence);
    const primary = found.map((f, i) => i).filter((i) => found[i]!.sentence === sentence && links[i] === null);
    const scopes = scopeMentions(cue, sentence, primary.map((i) => amounts[i]!));
    let previous: AidDecision | null = null;
    primary.forEach((index, k) => {
      const mention: Span = amounts[index]!;
      const { scope, clause } = scopes[k]!;
      const parties = partiesFor(cue, roled, mention, scope, clause, sentence);
      const decision = decideAid({
        cue,
        mention,
        scope,
        clause,
        sentence,
        hasRecipient: parties.recipient !== null,
        hasGiver: (parties.donor !== null && !parties.donorGuessed) || parties.requester || inAidStory,
        previous,
        first: k === 0,
        inAidStory,
        foreignStory,
      });
      decided[index] = { amount: amounts[index]!, sentence, decision, parties, equivalentOf: null, currencyFromContext: found[index]!.fromContext };
      previous = decision;
      if (decision.isAid) lastAid = sentence;
    });
  }
  // Conversions take the decision of the amount they convert.
  return found.map((f, i) => {
    const link = links[i] ?? null;
    if (link === null) return decided[i]!;
    const source = decided[link]!;
    return { ...source, amount: asConversion(f.amount), sentence: f.sentence, equivalentOf: link, currencyFromContext: f.fromContext };
  });
}

function toMention(field: MoneyField, d: Decided, indexBase: number): MoneyMention {
  const { amount, decision, parties } = d;
  const raw = field.text;
  const isAid = decision.isAid;
  const donor = isAid ? parties.donor : null;
  const recipient = isAid ? parties.recipient : null;
  const spans = [...decision.evidence, ...(isAid ? parties.evidence : [])].sort((a, b) => a.start - b.start);
  const evidence = [...new Set(spans.map((s) => raw.slice(s.start, s.end).trim()).filter((s) => s !== "" && !/^□+$/.test(s)))];
  const reasons = reviewReasons({
    isAid,
    donor,
    recipient,
    donorGuessed: parties.donorGuessed,
    ambiguousParty: isAid && parties.ambiguous,
    vague: amount.vague,
    currencyInferred: amount.currencyInferred,
    currencyFromContext: d.currencyFromContext,
    conflicting: decision.conflicting,
    score: decision.score,
    loan: isAid && decision.loan,
    amount: amount.amount,
  });
  return {
    field: field.field,
    surface: raw.slice(amount.start, amount.end),
    sentence: raw.slice(d.sentence.start, d.sentence.end),
    start: amount.start,
    end: amount.end,
    amount: amount.amount,
    amountHigh: amount.amountHigh,
    currency: amount.currency,
    currencyInferred: amount.currencyInferred,
    qualifier: amount.qualifier,
    vague: amount.vague,
    isAid,
    aidType: isAid ? decision.aidType : null,
    donor,
    recipient,
    status: isAid ? decision.status : "unknown",
    cumulative: isAid && decision.cumulative,
    equivalentOf: d.equivalentOf === null ? null : indexBase + d.equivalentOf,
    evidence,
    review: { needed: reasons.length > 0, reasons },
  };
}

/**
 * Whether an article is a foreign-aid story: its title or text (both normalised) names aid recipients
 * or foreign-aid terms. Only asked of articles that mention money at all (see `extractMoneyMentions`).
 */
export function isForeignAidStory(titleNorm: string, textNorm: string): boolean {
  return FOREIGN_STORY.test(titleNorm) || FOREIGN_STORY.test(textNorm);
}

/**
 * The money mentions of one field. `indexBase` is the number of mentions already returned for
 * earlier fields, so `equivalentOf` indexes the record's whole `moneyMentions` array.
 */
export function extractFromField(field: MoneyField, indexBase = 0): MoneyMention[] {
  const from = field.moneyFrom ?? (field.text === "" ? -1 : firstMoneyOffset(field.text));
  if (from < 0) return [];
  const norm = field.normalised ?? normaliseForMatching(field.text);
  const found = amountsOf(norm, field.language, from);
  if (found.length === 0) return [];
  const foreignStory = field.foreignStory ?? FOREIGN_STORY.test(norm);
  return decide(norm, found, foreignStory).map((d) => toMention(field, d, indexBase));
}
