import { describe, expect, it } from "vitest";
import { describeAidAuditEvent } from "./describe-aid-audit-event";

const basis = { amount: 4e8, currency: "USD", donor: "United States", recipient: "Ukraine", status: "committed" };

describe("describeAidAuditEvent", () => {
  it("names the figure, the state change and each corrected field", () => {
    const text = describeAidAuditEvent(
      { surface: "4亿美元", state: "unreviewed", fields: null, version: 0 },
      { surface: "4亿美元", state: "corrected", basis, fields: { ...basis, amount: 1.23e10, recipient: "Moldova" }, changed: ["amount", "recipient"], version: 1 },
    );
    expect(text).toBe("4亿美元: unreviewed → corrected; amount: 400000000 → 12300000000; recipient: Ukraine → Moldova");
  });

  it("describes a confirmation, a rejection and an undo by their states", () => {
    expect(describeAidAuditEvent({ surface: "5亿欧元", state: "unreviewed" }, { surface: "5亿欧元", state: "confirmed", changed: [] })).toBe("5亿欧元: unreviewed → confirmed");
    expect(describeAidAuditEvent({ state: "rejected" }, { surface: "1亿美元", state: "unreviewed", undoOf: "x" })).toBe("1亿美元: rejected → unreviewed");
  });
});
