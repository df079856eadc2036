import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe-audit-event";

describe("describeAuditEvent", () => {
  it("summarises tagging, bulk and undo", () => {
    expect(describeAuditEvent({ action: "article.tag", before: null, after: { tags: ["NATO", "乌克兰"], bulk: 20 } })).toBe("+ NATO, 乌克兰 (×20)");
    expect(describeAuditEvent({ action: "article.untag", before: null, after: { tags: ["NATO"], undo: true } })).toBe("− NATO (undo)");
  });
  it("summarises tag and user changes", () => {
    expect(describeAuditEvent({ action: "tag.rename", before: { name: "UKR" }, after: { name: "Ukraine" } })).toBe("UKR → Ukraine");
    expect(describeAuditEvent({ action: "tag.merge", before: { merged: "UKR" }, after: { into: "Ukraine", articleCount: 3 } })).toBe("UKR → Ukraine (3)");
    expect(
      describeAuditEvent({ action: "user.update", before: { name: "Ann", role: "viewer", disabled: false }, after: { name: "Ann", role: "editor", disabled: false } }),
    ).toBe("role: viewer → editor");
  });
  it("falls back to short JSON", () => {
    expect(describeAuditEvent({ action: "search.save", before: null, after: { name: "x" } })).toBe('{"name":"x"}');
    expect(describeAuditEvent({ action: "user.password", before: null, after: null })).toBe("");
  });
});
