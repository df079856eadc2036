import { describe, expect, it } from "vitest";
import { REVIEW_REASONS, reviewReasons, type ReviewInput } from "./review.js";

const clean: ReviewInput = {
  isAid: true,
  donor: "United States",
  recipient: "Ukraine",
  donorGuessed: false,
  ambiguousParty: false,
  vague: false,
  currencyInferred: false,
  currencyFromContext: false,
  conflicting: false,
  score: 5,
  loan: false,
  amount: 77e9,
};

describe("reviewReasons", () => {
  it("needs nothing for a clear aid figure", () => {
    expect(reviewReasons(clean)).toEqual([]);
  });

  it.each<[Partial<ReviewInput>, string[]]>([
    [{ donor: null }, ["no-donor"]],
    [{ recipient: null }, ["no-recipient"]],
    [{ donorGuessed: true }, ["donor-guessed"]],
    [{ ambiguousParty: true }, ["ambiguous-party"]],
    [{ score: 2.5 }, ["weak-aid-cue"]],
    [{ loan: true }, ["loan-as-aid"]],
    [{ amount: 80 }, ["small-aid-amount"]],
    [{ conflicting: true }, ["conflicting-cues"]],
    [{ vague: true }, ["vague-amount"]],
    [{ currencyInferred: true }, ["inferred-currency"]],
    [{ currencyFromContext: true }, ["currency-from-context"]],
    [{ donor: null, recipient: null, vague: true }, ["no-donor", "no-recipient", "vague-amount"]],
  ])("%j → %j", (change, reasons) => {
    expect(reviewReasons({ ...clean, ...change })).toEqual(reasons);
  });

  it("asks nothing about parties of money that is not aid", () => {
    expect(reviewReasons({ ...clean, isAid: false, donor: null, recipient: null, score: 0, amount: 5 })).toEqual([]);
  });

  it("explains every code", () => {
    for (const reason of reviewReasons({ ...clean, donor: null, recipient: null, vague: true, currencyInferred: true })) {
      expect(REVIEW_REASONS[reason]).toMatch(/\w/);
    }
  });
});
