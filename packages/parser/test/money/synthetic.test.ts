import { describe, expect, it } from "vitest";
import { extractMoneyMentions } from "../../src/money/index.js";
import { policyMentions, readSnippets } from "./synthetic-snippets.js";

/** The 85 worked snippets of ../shared/aid/synthetic.jsonl, checked field by field against POLICY.md's labels. */

const snippets = readSnippets();

describe(`synthetic snippets (${snippets.length})`, () => {
  it("are all there", () => {
    expect(snippets).toHaveLength(85);
  });

  it.each(snippets.map((s) => [s.id, s] as const))("%s", (_id, snippet) => {
    const found = extractMoneyMentions({ title: "", text: snippet.text, publishedAt: null, language: snippet.lang });
    const got = found.map((m) => ({
      amount: m.amount,
      amountHigh: m.amountHigh,
      currency: m.currency,
      qualifier: m.qualifier,
      isAid: m.isAid,
      donor: m.donor,
      recipient: m.recipient,
    }));
    const want = policyMentions(snippet).map(({ amount, amountHigh, currency, qualifier, isAid, donor, recipient }) => ({
      amount,
      amountHigh,
      currency,
      qualifier,
      isAid,
      donor,
      recipient,
    }));
    expect(got).toEqual(want);
  });
});
