import type { AidStatus } from "../schema/money-mention.js";
import { GENERIC_GIVER, LENDER_DEAL } from "./aid-cues.js";
import type { AidDecision } from "./aid-decision.js";
import type { BillContext } from "./bills.js";
import { AID_AGENCY_NAMES, MILITARY_AID_FUND_NAMES, OFFICIAL_LENDERS } from "./gazetteer-bodies.js";
import type { Span } from "./mention-scope.js";
import type { MentionParties } from "./parties.js";
import type { RoledParty } from "./party-roles.js";

/**
 * What the givers of a figure are, beyond their names: an international body or donor group (their
 * money goes abroad), a donor's aid agency (its budget is aid), an official lender (its loan
 * programmes are aid). And the corrections that follow from who gives once a figure is aid: a US
 * bill's donor, the IMF's kind of aid, NATO's.
 */

export interface GiverKinds {
  /** An international body or donor group gives or appeals, or 国际社会 / donors do. */
  internationalGiver: boolean;
  /** A giver the gazetteer cannot name (国际社会, 捐助国) stands in the sentence. */
  genericGiver: boolean;
  /** The figure is the budget or funding of an aid agency (美国国际开发署每年的预算). */
  aidAgency: boolean;
  /** The figure is an official lender's loan or programme (与国际货币基金组织达成…贷款协议). */
  officialLender: boolean;
  /** A fund that arms Ukraine is named in the figure's clause (欧盟将通过欧洲和平基金再提供50亿欧元). */
  militaryFund: boolean;
}

const GIVING_ROLES = new Set<RoledParty["role"]>(["donor", "subject", "requester"]);
const AGENCY_MONEY = /预算|拨款|经费|资金|资助|(?<![A-Za-z])(?:budget|funding|funds|appropriation)(?![A-Za-z])/;

function within(r: RoledParty, span: Span): boolean {
  return r.hit.start >= span.start && r.hit.end <= span.end;
}

export function giverKinds(cue: string, roled: readonly RoledParty[], parties: MentionParties, scope: Span, clause: Span, sentence: Span): GiverKinds {
  const genericGiver = GENERIC_GIVER.test(cue.slice(sentence.start, sentence.end));
  let international = genericGiver;
  let agency = false;
  let militaryFund = false;
  for (const r of roled) {
    if (!within(r, sentence)) continue;
    if (MILITARY_AID_FUND_NAMES.has(r.hit.text) && within(r, clause)) militaryFund = true;
    if ((r.hit.kind === "body" || r.hit.kind === "group") && GIVING_ROLES.has(r.role)) international = true;
    if (AID_AGENCY_NAMES.has(r.hit.text) && within(r, clause)) agency = true;
  }
  const aidAgency = agency && AGENCY_MONEY.test(cue.slice(scope.start, scope.end));
  const lenderGives = parties.donor !== null && !parties.donorGuessed && OFFICIAL_LENDERS.has(parties.donor);
  const officialLender = lenderGives && LENDER_DEAL.test(cue.slice(clause.start, clause.end));
  return { internationalGiver: international || aidAgency, genericGiver, aidAgency, officialLender, militaryFund };
}

/** POLICY.md: "For US Congress bills, use United States." A bill whose sentence names no giver is Congress's. */
export function withBillDonor(parties: MentionParties, decision: AidDecision, bill: BillContext): MentionParties {
  if (!decision.isAid || parties.donor !== null || !(bill.sentence || bill.known)) return parties;
  return { ...parties, donor: "United States" };
}

/**
 * The kind a giver's aid has when the words do not say: the IMF lends budget money (financial), NATO's
 * and its members' funds and the European Peace Facility arm Ukraine (military).
 */
export function typeByDonor(decision: AidDecision, donor: string | null, kinds: GiverKinds): AidDecision {
  if (!decision.isAid || decision.aidType !== "unspecified") return decision;
  if (donor === "International Monetary Fund") return { ...decision, aidType: "financial" };
  if (donor === "NATO" || kinds.militaryFund) return { ...decision, aidType: "military" };
  return decision;
}

/** The stage a bill's later figures take when their own sentence names none (see `defaultBillStage`). */
export function nextBillStage(previous: AidStatus | null, decision: AidDecision, bill: BillContext): AidStatus | null {
  return decision.isAid && bill.sentence && decision.status !== "unknown" ? decision.status : previous;
}
