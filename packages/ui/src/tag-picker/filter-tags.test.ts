import { describe, expect, it } from "vitest";
import { buildPickerEntries, foldTagName, type TagOption } from "./filter-tags";

const tag = (id: string, name: string): TagOption => ({ id, name, color: "#64748b" });
const tags = [tag("1", "Ukraine"), tag("2", "乌克兰援助"), tag("3", "NATO"), tag("4", "Aid to Ukraine"), tag("5", "uk politics")];

describe("buildPickerEntries", () => {
  it("lists recent tags first with number shortcuts, then suggestions, then the rest without repeats", () => {
    const entries = buildPickerEntries({ query: "", tags, recent: [tags[2]!, tags[0]!], suggested: [tags[0]!, tags[1]!] });
    expect(entries.map((e) => (e.kind === "tag" ? [e.tag.name, e.section, e.shortcut] : e.kind))).toEqual([
      ["NATO", "recent", 1],
      ["Ukraine", "recent", 2],
      ["乌克兰援助", "suggested", null],
      ["Aid to Ukraine", "all", null],
      ["uk politics", "all", null],
    ]);
  });

  it("puts prefix matches before substring matches, case-insensitively", () => {
    const names = buildPickerEntries({ query: "UK", tags }).map((e) => (e.kind === "tag" ? e.tag.name : `+${e.name}`));
    expect(names).toEqual(["uk politics", "Ukraine", "Aid to Ukraine"]);
  });

  it("offers to create a tag only when no tag has exactly that name", () => {
    expect(buildPickerEntries({ query: "ukraine ", tags, canCreate: true }).some((e) => e.kind === "create")).toBe(false);
    const entries = buildPickerEntries({ query: " Kyiv ", tags, canCreate: true });
    expect(entries).toEqual([{ kind: "create", name: "Kyiv" }]);
    expect(buildPickerEntries({ query: "Kyiv", tags, canCreate: false })).toEqual([]);
  });

  it("matches Chinese tags and applies a caller's normaliser (e.g. Traditional → Simplified)", () => {
    const toSimplified = (value: string) => value.replace(/烏/g, "乌").replace(/蘭/g, "兰");
    const names = buildPickerEntries({ query: "烏克蘭", tags, normalize: toSimplified }).map((e) =>
      e.kind === "tag" ? e.tag.name : e.name,
    );
    expect(names).toEqual(["乌克兰援助"]);
  });

  it("folds full-width letters", () => {
    expect(foldTagName("ＮＡＴＯ ")).toBe("nato");
  });
});
