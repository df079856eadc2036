import type { AidDecision } from "./aid-decision.js";
import type { Span } from "./mention-scope.js";
import type { ScannedAmount } from "./scanned-amount.js";

/**
 * Money words used as idioms (POLICY.md, "Further rules"): "每一美元援助都受到监督" ("every dollar")
 * and "十亿美元富豪" (the billionaire class). They are annotated as mentions but are never aid,
 * whatever aid words stand around them: "every dollar of aid" speaks of aid without giving one.
 */

/** "One dollar" as "every dollar" or "not a single dollar": 每一美元, 每1美元, 一美元也不. */
const EVERY_BEFORE = "每";
const NOT_A_SINGLE_AFTER = /^[也都]/;
/** A class of rich people named by a money amount: 十亿美元富豪, 百万美元级富翁. */
const RICH_CLASS_AFTER = /^级?(?:富豪|富翁|富人|大亨)/;

/**
 * The words that make `amount` an idiom in `norm` (the normalised field), as a span for the
 * mention's evidence, or null when it is an ordinary amount.
 */
export function idiomSpan(norm: string, amount: ScannedAmount): Span | null {
  if (amount.currencyWord === "") return null;
  if (amount.amount === 1 && amount.amountHigh === null) {
    if (norm[amount.numberStart - 1] === EVERY_BEFORE) return { start: amount.numberStart - 1, end: amount.end };
    const notASingle = NOT_A_SINGLE_AFTER.exec(norm.slice(amount.end, amount.end + 1));
    if (notASingle !== null) return { start: amount.start, end: amount.end + notASingle[0].length };
  }
  const rich = RICH_CLASS_AFTER.exec(norm.slice(amount.end, amount.end + 3));
  if (rich !== null) return { start: amount.start, end: amount.end + rich[0].length };
  return null;
}

/** The decision for an idiom: a mention, never aid, with the idiom's words as evidence. */
export function idiomDecision(span: Span): AidDecision {
  return {
    isAid: false,
    aidType: null,
    status: "unknown",
    cumulative: false,
    evidence: [span],
    score: 0,
    conflicting: false,
    loan: false,
    exclusion: null,
  };
}
