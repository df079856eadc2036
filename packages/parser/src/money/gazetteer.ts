import { BLOCKED_NAMES, BODY_ROWS, CONTEXTUAL_ROWS } from "./gazetteer-bodies.js";
import { COUNTRY_ROWS, PLACE_ROWS, type GazetteerRow } from "./gazetteer-countries.js";
import { LEADER_ROWS } from "./gazetteer-leaders.js";
import { searchableUpTo, trieReach, trieSource } from "./regex-trie.js";

/**
 * Finds donors and recipients by name: countries, blocs, bodies and groups in Chinese (Simplified;
 * Traditional text is folded first) and English, with capitals and demonyms, longest name first.
 */

export type PartyKind = "state" | "place" | "body" | "group";

export interface PartyHit {
  /** Canonical English name ("United States", "European Union", "Gaza"). */
  name: string;
  kind: PartyKind;
  /** The name as written. */
  text: string;
  start: number;
  end: number;
  /** Other bodies the name may stand for (布鲁塞尔 → European Union, or NATO, or Belgium). */
  alternatives: readonly string[];
}

/** The one place a `PartyHit` is built (every field, fixed order: one object shape). */
export function partyHit(name: string, kind: PartyKind, text: string, start: number, end: number, alternatives: readonly string[]): PartyHit {
  return { name, kind, text, start, end, alternatives };
}

interface Entry {
  name: string;
  kind: PartyKind;
  alternatives: readonly string[];
  /** A person standing for a state (拜登 → United States), from the leaders table. */
  person: boolean;
}

const GROUPS = new Set(["European allies", "Western countries", "European countries", "Gulf states"]);
const entries = new Map<string, Entry | null>();

function addRows(rows: readonly GazetteerRow[], kind: PartyKind, person = false): void {
  for (const [name, zh, en] of rows) {
    const entry: Entry = { name, kind: GROUPS.has(name) ? "group" : kind, alternatives: [], person };
    for (const alias of [...zh.split("|"), ...en.split("|")]) if (alias !== "") entries.set(alias, entry);
  }
}
addRows(COUNTRY_ROWS, "state");
addRows(LEADER_ROWS, "state", true);
addRows(PLACE_ROWS, "place");
addRows(BODY_ROWS, "body");
for (const [name, zh, en, alternatives] of CONTEXTUAL_ROWS) {
  const entry: Entry = { name, kind: "body", alternatives: alternatives.split("|"), person: false };
  entries.set(zh, entry);
  entries.set(en, entry);
}
for (const blocked of BLOCKED_NAMES) entries.set(blocked, null);

const isLatin = (s: string): boolean => /^[A-Za-z]/.test(s);
const names = [...entries.keys()];

const PARTY_RE = new RegExp(
  `${trieSource(names.filter((n) => !isLatin(n)))}|(?<![A-Za-z])(?:${trieSource(names.filter(isLatin))})(?![A-Za-z])`,
  "g",
);
const PARTY_REACH = trieReach(names);

/** What may stand between a state's name and its leader's (乌克兰总统泽连斯基, Ukrainian President Zelensky). */
const TITLE_GAP = /^[^，。；、！？,;.!?]{0,12}$/;

const LEGISLATURES = new Set(["国会", "众议院", "参议院", "众院", "参院", "Congress", "Senate", "House"]);

/** Characters after a "X方" name that make it a different word (中方案, 美方面). */
const FANG_BREAKERS = "面案式向法针便位";
/** Characters after a "X军" name that make it "X" + 军事/军援/军售 (对乌军事援助). */
const ARMY_BREAKERS = "事援售费备工购演";

/** Every party name in `text[from, to)`, left to right, longest match at each position. */
export function findParties(text: string, from = 0, to = text.length): PartyHit[] {
  const hits: PartyHit[] = [];
  const searched = searchableUpTo(text, to, PARTY_REACH);
  PARTY_RE.lastIndex = from;
  for (let match = PARTY_RE.exec(searched); match !== null && match.index < to; match = PARTY_RE.exec(searched)) {
    const written = match[0];
    const end = match.index + written.length;
    if (end > to) break;
    const entry = entries.get(written);
    if (!entry) continue;
    // A legislature right after its country's name is that country's (日本国会, 菲律宾参议院); bare, it is Congress.
    if (LEGISLATURES.has(written) && hits.length > 0 && /^\s?$/.test(text.slice(hits.at(-1)!.end, match.index))) continue;
    // A leader named right after their own state (乌克兰总统泽连斯基) is that same party, not a second one.
    const previous = hits.at(-1);
    if (entry.person && previous?.name === entry.name && TITLE_GAP.test(text.slice(previous.end, match.index))) continue;
    const next = text[end];
    if (next !== undefined && written.endsWith("方") && FANG_BREAKERS.includes(next)) continue;
    if (next !== undefined && written.endsWith("军") && ARMY_BREAKERS.includes(next)) continue;
    hits.push(partyHit(entry.name, entry.kind, written, match.index, end, entry.alternatives));
  }
  return hits;
}

/** The canonical name a single name stands for, or null (for tests and the eval's name checks). */
export function canonicalParty(name: string): string | null {
  return entries.get(name)?.name ?? null;
}

/** Whether a canonical name is in the gazetteer at all. */
export function isKnownParty(canonical: string): boolean {
  for (const entry of entries.values()) if (entry?.name === canonical) return true;
  return false;
}
