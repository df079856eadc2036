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

function chooseRecipients(cue: string, all: readonly RoledParty[], mention: Span): RoledParty[] {
  if (all.length === 0) return [];
  const strongest = Math.max(...all.map((c) => c.strength));
  const candidates = all.filter((c) => c.strength === strongest);
  let nearest = candidates[0]!;
  for (const c of candidates) if (distance(c, mention) < distance(nearest, mention)) nearest = c;
  const group = candidates.filter((c) => c.markerAt === nearest.markerAt);
  const coordinated = group.every((c, i) => i === 0 || COORDINATION.test(cue.slice(group[i - 1]!.hit.end, c.hit.start).trim()));
  return coordinated ? group : [group.at(-1)!];
}

function sentenceRecipients(all: readonly RoledParty[]): RoledParty[] {
  if (all.length === 0) return [];
  const strongest = Math.max(...all.map((c) => c.strength));
  return all.filter((c) => c.strength === strongest);
}

/** Donor and recipients for the mention `mention` with its `scope` and `clause`, inside `sentence`. */
export function partiesFor(cue: string, roled: readonly RoledParty[], mention: Span, scope: Span, clause: Span, sentence: Span): MentionParties {
  const recipientsIn = (span: Span): RoledParty[] => roled.filter((r) => r.role === "recipient" && within(r, span));
  let recipients = recipientsIn(scope);
  if (recipients.length === 0) recipients = recipientsIn(clause);
  // A figure with no recipient of its own (a bill's total before "其中包括向乌克兰…，向以色列…")
  // goes to every recipient the sentence names, in order.
  const chosen = recipients.length > 0 ? chooseRecipients(cue, recipients, mention) : sentenceRecipients(recipientsIn(sentence));

  const recipientNames = new Set(chosen.map((r) => r.hit.name));
  const before = (r: RoledParty): boolean => r.hit.start < mention.start && within(r, sentence);
  const eligible = (r: RoledParty): boolean => r.hit.kind !== "place" && !recipientNames.has(r.hit.name);
  const nearestOf = (list: RoledParty[]): RoledParty | null =>
    list.reduce<RoledParty | null>((best, r) => (best === null || distance(r, mention) < distance(best, mention) ? r : best), null);

  let donorGuessed = false;
  let donor = nearestOf(roled.filter((r) => r.role === "donor" && within(r, sentence) && eligible(r)));
  donor ??= nearestOf(roled.filter((r) => r.role === "subject" && before(r) && eligible(r)));
  if (donor === null) {
    donor = nearestOf(roled.filter((r) => r.role === "other" && before(r) && eligible(r)));
    donorGuessed = donor !== null;
  }

  // "美国和欧盟已向乌克兰提供…": givers listed together give together.
  const donors: RoledParty[] = donor === null ? [] : [donor];
  if (donor !== null && !donorGuessed) {
    for (let i = roled.indexOf(donor) - 1; i >= 0; i--) {
      const previous = roled[i]!;
      if (!COORDINATION.test(cue.slice(previous.hit.end, donors[0]!.hit.start).trim()) || !eligible(previous) || previous.role === "location") break;
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

  const evidence: Span[] = chosen.map((r) => ({ start: Math.min(r.markerAt, r.hit.start), end: r.hit.end }));
  for (const d of donors.reverse()) evidence.unshift({ start: Math.min(d.markerAt, d.hit.start), end: Math.max(d.hit.end, d.markerAt) });
  return {
    donor: donorNames.length > 0 ? donorNames.join("; ") : null,
    recipient: names.length > 0 ? names.join("; ") : null,
    evidence,
    ambiguous,
    donorGuessed,
    requester: roled.some((r) => r.role === "requester" && within(r, sentence)),
  };
}
