import type { AidStatus } from "../schema/money-mention.js";
import { statusCues, type Cue } from "./aid-cues.js";
import type { AidDecisionInput } from "./aid-decision.js";
import { defaultBillStage } from "./bills.js";
import type { Span } from "./mention-scope.js";

/**
 * The stage of an aid figure (POLICY.md's `status`): the status word nearest before it in its clause,
 * its share of the sentence, the sentence (or the first one after it in its clause), with a request
 * word before an approval making a request, a bill's figures at the bill's stage, and a bare "X向Y
 * 提供" an announcement. Running totals are `delivered` whatever the verbs.
 */

/** 通过 is "passed" after a legislature or before a bill, and "through/via" elsewhere. */
function isPassing(cue: string, c: Cue): boolean {
  if (c.word !== "通过") return true;
  // "通过欧洲和平基金再提供": a blanked name followed by a giving verb is the channel, not a bill.
  if (/^通过□+(?:再|又|向|提供|为|给|拨|捐)/.test(cue.slice(c.start, c.start + 24))) return false;
  // After it a bill or the figure itself (blanked: "通过□□□□的援外法案"); before it a chamber or a vote ("以70票对29票通过").
  return /^通过(?:了|的|该|法案|议案|一项|这项|新的|总额|总值|对|□)/.test(cue.slice(c.start, c.start + 4)) || /(?:院|会|国会|议会|投票|表决|票|获|已|□)$/.test(cue.slice(c.start - 2, c.start));
}

/**
 * "融资计划向台湾…": 计划 ending a programme's name is a noun, not "plans to"; so is 拨款 in a bill's
 * name ("国会通过拨款法案，提供台湾…": the bill is passed, nothing is yet appropriated).
 */
function isProgrammeName(cue: string, c: Cue): boolean {
  if (c.word === "拨款") return /^(?:法案|议案|案)/.test(cue.slice(c.end, c.end + 2));
  return c.word.startsWith("计划") && /[资助援作训展金融]/.test(cue[c.start - 1] ?? "");
}

/** A request word shortly before an approval word ("要求国会批准", "asked Congress to approve"). */
const REQUEST_BEFORE_APPROVAL = /(?:要求|请求|申请|寻求|敦促|促请|呼吁|吁请)[^，,；;。]{0,8}$|(?<![A-Za-z])(?:asked|asks|urged|urges|requested)\b[^,;.]{0,24}\bto\s+$/i;

/** Words that put a bill forward: it is `proposed` (POLICY.md), whatever "将" or "unveiled" say elsewhere. */
const BILL_PROPOSED = /^(?:提议|提案|提出|拟议|拟|草案|议案|公布|推出|将|unveiled|introduced|proposed|proposal|draft|will|plans|planned)$/;

/** A bill's stage: passed or signed is `approved`, put forward or to be voted on is `proposed`. */
function billStatus(input: AidDecisionInput, cues: readonly Cue<Exclude<AidStatus, "unknown">>[], evidence: Span[]): AidStatus {
  const { cue, sentence } = input;
  const approved = cues.find((c) => c.category === "approved");
  if (approved !== undefined) {
    evidence.push(approved);
    return REQUEST_BEFORE_APPROVAL.test(cue.slice(Math.max(sentence.start, approved.start - 12), approved.start)) ? "requested" : "approved";
  }
  const proposed = cues.find((c) => c.category === "proposed" || BILL_PROPOSED.test(c.word));
  if (proposed !== undefined) {
    evidence.push(proposed);
    return "proposed";
  }
  return defaultBillStage(input.billStage);
}

export function decideStatus(input: AidDecisionInput, cumulative: boolean, transferNear: boolean, evidence: Span[]): AidStatus {
  if (cumulative) return "delivered";
  const { cue, sentence, mention, clause, scope } = input;
  const cues = statusCues.find(cue, sentence.start, sentence.end).filter((c) => isPassing(cue, c) && !isProgrammeName(cue, c));
  const requested = cues.find((c) => c.category === "requested" && (c.end <= mention.start || (c.start >= scope.start && c.end <= scope.end)));
  if (requested !== undefined) {
    evidence.push(requested);
    return "requested";
  }
  // A bill's figures, total and lines alike, are at the bill's stage, not at its transfer verbs'.
  if (input.bill.sentence) return billStatus(input, cues, evidence);
  const preceding = (span: Span): Cue<Exclude<AidStatus, "unknown">>[] => cues.filter((c) => c.end <= mention.start && c.start >= span.start);
  const pick = preceding(clause).at(-1) ?? preceding(scope).at(-1) ?? preceding(sentence).at(-1) ??
    cues.find((c) => c.start >= mention.end && c.end <= clause.end);
  if (pick !== undefined) {
    evidence.push(pick);
    // "白宫要求国会批准240亿美元", "拜登要求国会拨款1060亿美元": an approval or appropriation that is asked
    // for is a request (the name between is blanked).
    const askable = pick.category === "approved" || pick.word === "拨款";
    if (askable && REQUEST_BEFORE_APPROVAL.test(cue.slice(Math.max(sentence.start, pick.start - 12), pick.start))) {
      return "requested";
    }
    return pick.category;
  }
  return unstagedStatus(cue.slice(clause.start, mention.start), transferNear);
}

/** "美国向乌克兰提供的援助略高于750亿美元": a giving verb made a noun by 的 describes what was given. */
const GIVEN_BEFORE = /(?:提供|给予|给|拨付|拨出|援助|捐助|捐赠|捐出|出资)的[^，,；;：:]{0,16}$/;
/** "美国暂停了向近东救济工程处提供的3亿美元资金": money held back is neither given nor newly pledged. */
const HALTED_BEFORE = /(?:暂停|冻结|停止|中止|取消|削减|扣留|搁置)/;
/** "IMF一直在迅速部署约1,000亿美元": giving that is under way. */
const UNDER_WAY_BEFORE = /(?:一直在?|正在|持续)[^，,；;：:]{0,10}$/;
/** "每年向世卫组织提供近4.5亿美元": a habit per period states no stage of any one transfer. */
const PER_PERIOD_BEFORE = /(?:每年|每月|每季|每周|每天|年均|每一年|一年|annually|every year|each year|a year)/;

/**
 * The stage of a figure whose sentence has no status word (POLICY.md: `delivered` for what is stated
 * as given, `unknown` when no stage is stated). `before` is the clause up to the figure. A bare "X向Y
 * 提供…援助" reports an announcement: a commitment.
 */
function unstagedStatus(before: string, transferNear: boolean): AidStatus {
  if (HALTED_BEFORE.test(before)) return "unknown";
  if (GIVEN_BEFORE.test(before) || UNDER_WAY_BEFORE.test(before)) return "delivered";
  if (PER_PERIOD_BEFORE.test(before)) return "unknown";
  return transferNear ? "committed" : "unknown";
}
