import type { AidStatus, MoneyMention } from "../schema/money-mention.js";
import { FOREIGN_STORY } from "./aid-cues.js";
import { decideAid, type AidDecision } from "./aid-decision.js";
import { billContext } from "./bills.js";
import { normaliseForMatching } from "./char-normaliser.js";
import { resolveCurrency } from "./currency-context.js";
import { findElidedAmounts } from "./elided-currency.js";
import { asConversion, findEquivalents } from "./equivalents.js";
import { giverKinds, nextBillStage, typeByDonor, withBillDonor } from "./figure-context.js";
import { findParties, type PartyHit } from "./gazetteer.js";
import { firstMoneyOffset, scanAmounts } from "./mention-scanner.js";
import { maskSpans, scopeMentions, type Span } from "./mention-scope.js";
import { idiomDecision, idiomSpan } from "./money-idioms.js";
import { partiesFor, type MentionParties } from "./parties.js";
import { roleParties } from "./party-roles.js";
import { reviewReasons } from "./review.js";
import { firstEndingAfter, withCurrency, type ScannedAmount } from "./scanned-amount.js";
import { sentenceIndexAt, sentencesAround, splitSentences, type SentenceSpan } from "./sentences.js";
import { lazyStoryPlace, type StoryPlace } from "./story-place.js";

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
  /** Where the article is set (`lazyStoryPlace` of title and text); judged from the field when absent. */
  storyPlace?: () => StoryPlace;
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

/** The one place a `Decided` is built (every field, fixed order: one object shape). */
function decidedOf(
  amount: ScannedAmount,
  sentence: SentenceSpan,
  decision: AidDecision,
  parties: MentionParties,
  equivalentOf: number | null,
  currencyFromContext: boolean,
): Decided {
  return { amount, sentence, decision, parties, equivalentOf, currencyFromContext };
}

/** Every amount of the field, explicit and elided, in text order, with context-resolved currencies. */
function amountsOf(norm: string, language: string, from: number, place: () => StoryPlace): Found[] {
  const explicit = scanAmounts(norm, from);
  if (explicit.length === 0) return [];
  const offsets: number[] = [];
  for (const amount of explicit) offsets.push(amount.start);
  const sentences = sentencesAround(norm, offsets);
  const bySentence = new Map<number, ScannedAmount[]>();
  for (const amount of explicit) {
    const index = sentenceIndexAt(sentences, amount.start);
    if (index < 0) continue;
    const list = bySentence.get(index);
    if (list === undefined) bySentence.set(index, [amount]);
    else list.push(amount);
  }
  const result: Found[] = [];
  for (const [index, list] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const sentence = sentences[index]!;
    const all = list.slice();
    for (const elided of findElidedAmounts(norm, sentence, list)) all.push(elided);
    all.sort((a, b) => a.start - b.start);
    const sentenceText = norm.slice(sentence.start, sentence.end);
    for (const amount of all) {
      const resolved = resolveCurrency(amount, sentenceText, norm, language, place);
      const found: Found = { amount: withCurrency(amount, resolved.currency), sentence, fromContext: resolved.fromContext };
      result.push(found);
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

/**
 * The party names of one sentence that are not inside a money mention. `amounts` are the field's, in
 * text order and without overlaps, so only those that reach into the sentence are compared (found by
 * binary search): comparing all of them made a field of n amounts cost n².
 */
function partiesOutside(hits: readonly PartyHit[], amounts: readonly ScannedAmount[], sentence: SentenceSpan): PartyHit[] {
  const low = firstEndingAfter(amounts, sentence.start);
  const kept: PartyHit[] = [];
  for (const h of hits) {
    let inside = false;
    for (let i = low; i < amounts.length && amounts[i]!.start < sentence.end; i++) {
      const a = amounts[i]!;
      if (h.start < a.end && h.end > a.start) {
        inside = true;
        break;
      }
    }
    if (!inside) kept.push(h);
  }
  return kept;
}

/**
 * Decides aid, parties and links for the amounts of one field. Plain loops rather than
 * map/filter/forEach with callbacks: V8 inlines each of those with its callback into this function,
 * which made its optimised code large and slow to compile, and it is compiled again after every deopt.
 */
function decide(norm: string, found: readonly Found[], foreignStory: boolean): Decided[] {
  const count = found.length;
  const amounts: ScannedAmount[] = [];
  for (let i = 0; i < count; i++) amounts.push(found[i]!.amount);
  const links = findEquivalents(norm, amounts);
  // Each sentence's amounts by index, in order: one pass, rather than a pass over all amounts per sentence.
  const indicesBySentence = new Map<SentenceSpan, number[]>();
  for (let i = 0; i < count; i++) {
    const sentence = found[i]!.sentence;
    const indices = indicesBySentence.get(sentence);
    if (indices === undefined) indicesBySentence.set(sentence, [i]);
    else indices.push(i);
  }
  const hitsBySentence = new Map<SentenceSpan, PartyHit[]>();
  for (const sentence of indicesBySentence.keys()) {
    hitsBySentence.set(sentence, partiesOutside(findParties(norm, sentence.start, sentence.end), amounts, sentence));
  }
  const masked: Span[] = [];
  for (const amount of amounts) masked.push(amount);
  for (const hits of hitsBySentence.values()) for (const hit of hits) masked.push(hit);
  const cue = maskSpans(norm, masked);
  const decided: (Decided | null)[] = [];
  for (let i = 0; i < count; i++) decided.push(null);
  let lastAid: SentenceSpan | null = null;
  let billStage: AidStatus | null = null;
  for (const [sentence, hits] of hitsBySentence) {
    const roled = roleParties(cue, sentence, hits);
    // "其中，军事援助约为330亿欧元。" names no party: the aid figure just before sets the scene.
    const inAidStory = continuesAidStory(norm, lastAid, sentence);
    const primary: number[] = [];
    const mentions: Span[] = [];
    for (const i of indicesBySentence.get(sentence) ?? []) {
      if (links[i] === null) {
        primary.push(i);
        mentions.push(amounts[i]!);
      }
    }
    const scopes = scopeMentions(cue, sentence, mentions);
    let previous: AidDecision | null = null;
    for (let k = 0; k < primary.length; k++) {
      const index = primary[k]!;
      const mention: Span = amounts[index]!;
      const { scope, clause } = scopes[k]!;
      const found0 = partiesFor(cue, roled, mention, scope, clause, sentence);
      const kinds = giverKinds(cue, roled, found0, scope, clause, sentence);
      const amount = amounts[index]!;
      const bill = billContext(cue, norm, mention, clause, sentence, amount.amount, amount.currency);
      // 每一美元, 十亿美元富豪: idioms stay mentions but are never aid (POLICY.md, "Further rules").
      const idiom = idiomSpan(norm, amount);
      const decision0 = idiom !== null ? idiomDecision(idiom) : decideAid({
        cue,
        mention,
        scope,
        clause,
        sentence,
        hasRecipient: found0.recipient !== null,
        hasGiver: (found0.donor !== null && !found0.donorGuessed) || found0.requester || kinds.genericGiver || inAidStory,
        previous,
        first: k === 0,
        inAidStory,
        foreignStory,
        recipients: found0.recipient === null ? 0 : found0.recipient.split("; ").length,
        internationalGiver: kinds.internationalGiver,
        aidAgency: kinds.aidAgency || kinds.militaryFund,
        officialLender: kinds.officialLender,
        bill,
        billStage,
      });
      const parties = withBillDonor(found0, decision0, bill);
      const decision = typeByDonor(decision0, parties.donor, kinds);
      billStage = nextBillStage(billStage, decision, bill);
      decided[index] = decidedOf(amount, sentence, decision, parties, null, found[index]!.fromContext);
      previous = decision;
      if (decision.isAid) lastAid = sentence;
    }
  }
  // Conversions take the decision of the amount they convert.
  const result: Decided[] = [];
  for (let i = 0; i < count; i++) {
    const f = found[i]!;
    const link = links[i] ?? null;
    if (link === null) {
      result.push(decided[i]!);
      continue;
    }
    const source = decided[link]!;
    result.push(decidedOf(asConversion(f.amount), f.sentence, source.decision, source.parties, link, f.fromContext));
  }
  return result;
}

function toMention(field: MoneyField, d: Decided, indexBase: number): MoneyMention {
  const { amount, decision, parties } = d;
  const raw = field.text;
  const isAid = decision.isAid;
  const donor = isAid ? parties.donor : null;
  const recipient = isAid ? parties.recipient : null;
  const spans: Span[] = decision.evidence.slice();
  if (isAid) for (const span of parties.evidence) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
  // Distinct words in text order, without blanks and masked names.
  const evidence: string[] = [];
  for (const span of spans) {
    const words = raw.slice(span.start, span.end).trim();
    if (words !== "" && !/^□+$/.test(words) && !evidence.includes(words)) evidence.push(words);
  }
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
  const found = amountsOf(norm, field.language, from, field.storyPlace ?? lazyStoryPlace(norm));
  if (found.length === 0) return [];
  const foreignStory = field.foreignStory ?? FOREIGN_STORY.test(norm);
  const mentions: MoneyMention[] = [];
  for (const d of decide(norm, found, foreignStory)) mentions.push(toMention(field, d, indexBase));
  return mentions;
}
