import type { Span } from "./mention-scope.js";
import type { RoledParty } from "./party-roles.js";

/**
 * Donor and recipient of one money mention (POLICY.md: canonical English names, null when not
 * stated, several recipients joined with "; " in text order), chosen from the roled parties of
 * its sentence: recipients from the mention's own words first, then its clause, then the sentence;
 * the donor is a party marked as giver (来自/由/from X, X提供的), else the nearest subject before
 * the figure that is not a recipient.
 */

export interface MentionParties {
  donor: string | null;
  recipient: string | null;
  /** Spans of the words that decided (marker through name), in the normalised field. */
  evidence: Span[];
  /** A name that stands for different bodies in different stories (布鲁塞尔) decided a role. */
  ambiguous: boolean;
  /** The donor is a bare "other" mention of a state rather than a marked giver or subject. */
  donorGuessed: boolean;
  /** A party in the sentence appeals or asks for the money (联合国呼吁…): a giver-side party. */
  requester: boolean;
}

const COORDINATION = /^(?:、|，|,|和|及|与|以及|或|and|or|, and|&)$/;

function within(r: RoledParty, span: Span): boolean {
  return r.hit.start >= span.start && r.hit.end <= span.end;
}

function distance(r: RoledParty, mention: Span): number {
  const at = r.markerAt;
  return at < mention.start ? mention.start - at : Math.max(0, at - mention.end);
}

function resolveName(r: RoledParty, all: readonly RoledParty[]): { name: string; ambiguous: boolean } {
  if (r.hit.alternatives.length === 0) return { name: r.hit.name, ambiguous: false };
  const named = r.hit.alternatives.find((alt) => all.some((o) => o.hit.name === alt && o !== r));
  return { name: named ?? r.hit.name, ambiguous: true };
}

/** The highest strength among `all` (not empty). */
function strongestOf(all: readonly RoledParty[]): number {
  let strongest = -Infinity;
  for (const c of all) if (c.strength > strongest) strongest = c.strength;
  return strongest;
}

function withStrength(all: readonly RoledParty[], strength: number): RoledParty[] {
  const kept: RoledParty[] = [];
  for (const c of all) if (c.strength === strength) kept.push(c);
  return kept;
}

function chooseRecipients(cue: string, all: readonly RoledParty[], mention: Span): RoledParty[] {
  if (all.length === 0) return [];
  const candidates = withStrength(all, strongestOf(all));
  let nearest = candidates[0]!;
  for (const c of candidates) if (distance(c, mention) < distance(nearest, mention)) nearest = c;
  const group: RoledParty[] = [];
  for (const c of candidates) if (c.markerAt === nearest.markerAt) group.push(c);
  for (let i = 1; i < group.length; i++) {
    if (!COORDINATION.test(cue.slice(group[i - 1]!.hit.end, group[i]!.hit.start).trim())) return [group[group.length - 1]!];
  }
  return group;
}

/**
 * A total's recipients, taken from the whole sentence: the strongest ones, except a party named
 * before the figure in another role, which is the bill's owner and gives ("参议院的1180亿美元法案包括
 * 向乌克兰提供的600亿美元援助和202亿美元的美国边境安全资金": the United States is no recipient).
 */
function sentenceRecipients(all: readonly RoledParty[], roled: readonly RoledParty[], mention: Span): RoledParty[] {
  const owners = new Set<string>();
  for (const r of roled) if (r.role !== "recipient" && r.hit.end <= mention.start) owners.add(r.hit.name);
  const kept: RoledParty[] = [];
  for (const r of all) if (!owners.has(r.hit.name)) kept.push(r);
  if (kept.length === 0) return [];
  return withStrength(kept, strongestOf(kept));
}

function recipientsWithin(roled: readonly RoledParty[], span: Span): RoledParty[] {
  const found: RoledParty[] = [];
  for (const r of roled) if (r.role === "recipient" && within(r, span)) found.push(r);
  return found;
}

/**
 * The party nearest the mention with `role` in the sentence (before the mention when `before`) that
 * is no place and not one of the recipients; the first of equals.
 */
function nearestGiver(
  roled: readonly RoledParty[],
  role: RoledParty["role"],
  before: boolean,
  mention: Span,
  sentence: Span,
  recipientNames: ReadonlySet<string>,
): RoledParty | null {
  let best: RoledParty | null = null;
  for (const r of roled) {
    if (r.role !== role || !within(r, sentence) || (before && r.hit.start >= mention.start)) continue;
    if (!eligible(r, recipientNames)) continue;
    if (best === null || distance(r, mention) < distance(best, mention)) best = r;
  }
  return best;
}

function eligible(r: RoledParty, recipientNames: ReadonlySet<string>): boolean {
  return r.hit.kind !== "place" && !recipientNames.has(r.hit.name);
}

/** Words after a total that open its parts: "950亿美元的法案包括向乌克兰提供的610亿美元…", "$95bn package includes $61bn for Ukraine". */
const PARTS_FOLLOW = /包括|其中|including|includes|of which/;

/** The clause's recipients without those of the parts that follow the mention (see PARTS_FOLLOW). */
function ownRecipients(cue: string, clauseRecipients: RoledParty[], mention: Span): RoledParty[] {
  const own: RoledParty[] = [];
  for (const r of clauseRecipients) {
    if (r.markerAt >= mention.end && PARTS_FOLLOW.test(cue.slice(mention.end, r.markerAt))) continue;
    own.push(r);
  }
  return own;
}

/** Donor and recipients for the mention `mention` with its `scope` and `clause`, inside `sentence`. */
export function partiesFor(cue: string, roled: readonly RoledParty[], mention: Span, scope: Span, clause: Span, sentence: Span): MentionParties {
  let recipients = recipientsWithin(roled, scope);
  if (recipients.length === 0) recipients = ownRecipients(cue, recipientsWithin(roled, clause), mention);
  // A figure with no recipient of its own (a bill's total before "其中包括向乌克兰…，向以色列…")
  // goes to every recipient the sentence names, in order.
  const chosen = recipients.length > 0 ? chooseRecipients(cue, recipients, mention) : sentenceRecipients(recipientsWithin(roled, sentence), roled, mention);

  const recipientNames = new Set<string>();
  for (const r of chosen) recipientNames.add(r.hit.name);

  let donorGuessed = false;
  let donor = nearestGiver(roled, "donor", false, mention, sentence, recipientNames);
  donor ??= nearestGiver(roled, "subject", true, mention, sentence, recipientNames);
  if (donor === null) {
    donor = nearestGiver(roled, "other", true, mention, sentence, recipientNames);
    donorGuessed = donor !== null;
  }

  // "美国和欧盟已向乌克兰提供…": givers listed together give together.
  const donors: RoledParty[] = donor === null ? [] : [donor];
  if (donor !== null && !donorGuessed) {
    for (let i = roled.indexOf(donor) - 1; i >= 0; i--) {
      const previous = roled[i]!;
      if (!COORDINATION.test(cue.slice(previous.hit.end, donors[0]!.hit.start).trim()) || !eligible(previous, recipientNames) || previous.role === "location") break;
      donors.unshift(previous);
    }
  }

  const names: string[] = [];
  let ambiguous = false;
  for (const r of chosen) {
    const resolved = resolveName(r, roled);
    ambiguous ||= resolved.ambiguous;
    if (!names.includes(resolved.name)) names.push(resolved.name);
  }
  const donorNames: string[] = [];
  for (const d of donors) {
    const resolved = resolveName(d, roled);
    ambiguous ||= resolved.ambiguous;
    if (!names.includes(resolved.name) && !donorNames.includes(resolved.name)) donorNames.push(resolved.name);
  }

  // Donors' words first, in text order, then the recipients'.
  const evidence: Span[] = [];
  for (const d of donors) evidence.push({ start: Math.min(d.markerAt, d.hit.start), end: Math.max(d.hit.end, d.markerAt) });
  for (const r of chosen) evidence.push({ start: Math.min(r.markerAt, r.hit.start), end: r.hit.end });
  let requester = false;
  for (const r of roled) {
    if (r.role === "requester" && within(r, sentence)) {
      requester = true;
      break;
    }
  }
  return {
    donor: donorNames.length > 0 ? donorNames.join("; ") : null,
    recipient: names.length > 0 ? names.join("; ") : null,
    evidence,
    ambiguous,
    donorGuessed,
    requester,
  };
}
