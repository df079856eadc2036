import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusDir } from "../helpers/corpus.js";

/**
 * ../shared/aid/synthetic.jsonl, read with POLICY.md's labels. The file uses slightly older labels
 * than the policy; where they differ, the policy wins, as the evaluation set is annotated by it.
 * The differences are mapped here in one place, each with its rule.
 */

export interface SnippetMention {
  amount: number;
  amountHigh: number | null;
  currency: string;
  qualifier: string;
  isAid: boolean;
  donor: string | null;
  recipient: string | null;
}

export interface Snippet {
  id: string;
  lang: string;
  text: string;
  mentions: SnippetMention[];
}

/** POLICY.md, "Qualifier mapping": 近 → approx ("nearly" in the snippets); vague amounts → over ("several"). */
const POLICY_QUALIFIERS: Readonly<Record<string, string>> = { nearly: "approx", several: "over" };

/** Single snippets whose labels POLICY.md overrides. */
const POLICY_OVERRIDES: Readonly<Record<string, { index: number; field: keyof SnippetMention; value: unknown; rule: string }>> = {
  h05: {
    index: 0,
    field: "recipient",
    value: "Ukraine; Israel; Taiwan",
    rule: "several recipients are joined with '; ' in the order the text gives them (the snippet says 'multiple')",
  },
  h12: {
    index: 1,
    field: "qualifier",
    value: "approx",
    rule: "a conversion written without any marker, e.g. 16亿日元（1065万美元）, is still approx",
  },
};

export function readSnippets(): Snippet[] {
  return readFileSync(join(corpusDir(), "..", "aid", "synthetic.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Snippet);
}

/** A snippet's mentions as POLICY.md labels them. */
export function policyMentions(snippet: Snippet): SnippetMention[] {
  return snippet.mentions.map((m, index) => {
    const policy = { ...m, qualifier: POLICY_QUALIFIERS[m.qualifier] ?? m.qualifier };
    const override = POLICY_OVERRIDES[snippet.id];
    return override && override.index === index ? { ...policy, [override.field]: override.value } : policy;
  });
}
