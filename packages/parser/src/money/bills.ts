import type { AidStatus } from "../schema/money-mention.js";
import type { Span } from "./mention-scope.js";

/**
 * Aid bills and omnibus packages (POLICY.md: "Omnibus foreign-aid bills", "For US Congress bills, use
 * United States", and the stages `proposed` / `approved`). A bill's total is aid even when it also
 * carries non-aid money (the $118bn Senate bill with $20.2bn for the US border), spans several kinds
 * when it spans several recipients, and takes its stage from the legislature, never from the
 * transfer verbs inside it ("包括向乌克兰提供的610亿美元" is part of a bill, not an announcement).
 */

/** Nouns that make a figure a bill's or package's total when they stand right after it (or just before). */
const BILL_NOUN = /法案|议案|一揽子|拨款案|支出案|补充拨款|(?<![A-Za-z])(?:bill|bills|legislation|package|supplemental)(?![A-Za-z])/;
const BILL_NOUNS = new RegExp(BILL_NOUN.source, "g");
/** Words that make a sentence a legislature's business: a bill, a vote. */
const BILL_SENTENCE = /法案|议案|立法|表决|投票|(?<![A-Za-z])(?:bill|bills|legislation|vote|votes|voted)(?![A-Za-z])/;
/** A legislature named as such: with it, a package is a bill too. */
const LEGISLATURE = /国会|众议院|参议院|众院|参院|(?<![A-Za-z])(?:Congress|Senate|House)(?![A-Za-z])/;
/** Packages that are not bills (a Pentagon drawdown is a "weapons package"). */
const PACKAGE_ONLY = /^(?:一揽子|package|packages)$/;
/** How far a bill noun may stand after its figure ("1180亿美元的两党国家安全法案", "$95 billion foreign aid package"). */
const AFTER_REACH = 24;
const BEFORE_REACH = 8;

/**
 * The omnibus packages of 2023–24 by size in USD, as the news names them without saying what is in
 * them ("拜登签署了950亿美元的援助法案"): the $95bn supplemental (953亿 in the Senate's count), the
 * $118bn Senate bill of February 2024 and the White House's $106bn request. A figure of this size
 * counts only with a bill, package or request word beside it.
 */
const KNOWN_PACKAGES_USD: readonly number[] = [9.5e10, 9.53e10, 9.54e10, 1.18e11, 1.06e11, 1.058e11];
const REQUEST_NOUN = /请求|申请|要求|(?<![A-Za-z])(?:request|requested)(?![A-Za-z])/;

export interface BillContext {
  /** The figure is a bill's or package's total (a bill noun stands right beside it). */
  total: boolean;
  /** The sentence is about a bill or a vote, so its figures are a bill's lines. */
  sentence: boolean;
  /** The figure is one of the named omnibus packages (see KNOWN_PACKAGES_USD). */
  known: boolean;
}

/** The bill nouns of `text`, a bill's own before a mere package's ("一揽子法案" is a bill). */
function billNoun(text: string): string | null {
  const all = text.match(BILL_NOUNS);
  if (all === null) return null;
  return all.find((n) => !PACKAGE_ONLY.test(n)) ?? all[0]!;
}

function nearNoun(cue: string, mention: Span, clause: Span): string | null {
  const after = cue.slice(mention.end, Math.min(clause.end, mention.end + AFTER_REACH));
  return billNoun(after.replace(/[，,；;。].*$/, "")) ?? billNoun(cue.slice(Math.max(clause.start, mention.start - BEFORE_REACH), mention.start));
}

/**
 * What the words around a figure say about bills (see `BillContext`). `cue` has names blanked, so
 * the legislature is looked for in `norm`, the same field unblanked.
 */
export function billContext(cue: string, norm: string, mention: Span, clause: Span, sentence: Span, amount: number, currency: string): BillContext {
  const text = norm.slice(sentence.start, sentence.end);
  const legislature = LEGISLATURE.test(text);
  const noun = nearNoun(cue, mention, clause);
  const total = noun !== null && (!PACKAGE_ONLY.test(noun) || legislature);
  const known = currency === "USD" && KNOWN_PACKAGES_USD.includes(amount) && (noun !== null || REQUEST_NOUN.test(text));
  return { total, sentence: total || BILL_SENTENCE.test(text), known };
}

/**
 * A bill's stage when none of its sentence's words name one: the stage an earlier bill figure of the
 * story had ("众议院周六通过了该法案。这项950亿美元的一揽子法案包括…"), else a bill that is only
 * described is one that was introduced.
 */
export function defaultBillStage(storyStage: AidStatus | null): AidStatus {
  return storyStage ?? "proposed";
}
