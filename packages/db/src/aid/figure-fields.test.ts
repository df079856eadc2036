import { describe, expect, it } from "vitest";
import { aidFigureFieldsSchema, changedFields, effectiveFigure, fieldsFromJson, normaliseFields } from "./figure-fields.js";
import type { AidFigureFields } from "./figure-fields.js";

const extracted: AidFigureFields = {
  amount: 77e9,
  amountHigh: null,
  currency: "USD",
  isAid: true,
  aidType: "mixed",
  donor: "United States",
  recipient: "Ukraine",
  status: "delivered",
  cumulative: true,
};

describe("effectiveFigure", () => {
  it("is the extracted mention while nobody reviewed it", () => {
    expect(effectiveFigure(extracted, null)).toEqual({ fields: extracted, state: "unreviewed", version: 0, outdated: false });
  });

  it("applies a correction", () => {
    const corrected = { ...extracted, amount: 7.7e9 };
    const result = effectiveFigure(extracted, { state: "corrected", basis: extracted, fields: corrected, version: 2 });
    expect(result).toEqual({ fields: corrected, state: "corrected", version: 2, outdated: false });
  });

  it("keeps the editor's fields when a re-import changes the parser's output, flagged as outdated", () => {
    const reparsed = { ...extracted, donor: "United Kingdom" };
    const result = effectiveFigure(reparsed, { state: "confirmed", basis: extracted, fields: extracted, version: 1 });
    expect(result.fields.donor).toBe("United States");
    expect(result.outdated).toBe(true);
  });

  it("keeps the parser's fields for a rejected figure (it is not counted anyway)", () => {
    expect(effectiveFigure(extracted, { state: "rejected", basis: extracted, fields: null, version: 3 }).fields).toEqual(extracted);
  });

  it("treats a review set back to unreviewed as none, keeping its version", () => {
    expect(effectiveFigure(extracted, { state: "unreviewed", basis: extracted, fields: null, version: 4 })).toMatchObject({ state: "unreviewed", version: 4 });
  });
});

describe("fields", () => {
  it("lists what changed, amounts to the cent", () => {
    expect(changedFields(extracted, { ...extracted, amount: 77e9 + 0.001, recipient: "Israel" })).toEqual(["recipient"]);
  });

  it("applies the policy to non-aid figures", () => {
    expect(normaliseFields({ ...extracted, isAid: false })).toMatchObject({ aidType: null, status: "unknown" });
  });

  it("refuses a range whose upper bound is below the amount, and a bad currency", () => {
    expect(aidFigureFieldsSchema.safeParse({ ...extracted, amountHigh: 1 }).success).toBe(false);
    expect(aidFigureFieldsSchema.safeParse({ ...extracted, currency: "dollars" }).success).toBe(false);
    expect(fieldsFromJson({ ...extracted, status: "promised" })).toBeNull();
    expect(fieldsFromJson(extracted)).toEqual(extracted);
  });
});
