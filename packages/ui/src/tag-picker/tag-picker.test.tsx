import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TagPicker, type TagOption } from "./index";

const tags: TagOption[] = [
  { id: "t1", name: "Ukraine", color: "#4f46e5" },
  { id: "t2", name: "NATO", color: "#d97706" },
  { id: "t3", name: "援助", color: "#16a34a" },
];

afterEach(cleanup);

function renderPicker(overrides: Partial<Parameters<typeof TagPicker>[0]> = {}) {
  const onPick = vi.fn();
  const onCreate = vi.fn();
  render(<TagPicker open onClose={() => {}} title="Tag 2 articles" tags={tags} onPick={onPick} onCreate={onCreate} {...overrides} />);
  return { onPick, onCreate, input: screen.getByRole("combobox") };
}

describe("TagPicker", () => {
  it("filters as you type and applies the highlighted tag with Enter", () => {
    const { onPick, input } = renderPicker();
    fireEvent.change(input, { target: { value: "na" } });
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["NATO", "Create tag “na”"]);
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onPick).toHaveBeenCalledWith(tags[1]);
  });

  it("moves with the arrow keys and creates a new tag from the query", () => {
    const { onCreate, onPick, input } = renderPicker();
    fireEvent.change(input, { target: { value: "Kyiv" } });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onPick).not.toHaveBeenCalled();
    expect(onCreate).toHaveBeenCalledWith("Kyiv");
  });

  it("picks a recent tag by its number key when the query is empty", () => {
    const { onPick, input } = renderPicker({ recent: [tags[2]!, tags[0]!] });
    fireEvent.keyDown(input, { key: "2" });
    expect(onPick).toHaveBeenCalledWith(tags[0]);
  });

  it("does not offer creation to someone who may not create tags", () => {
    const onPick = vi.fn();
    render(<TagPicker open onClose={() => {}} title="Tag" tags={tags} onPick={onPick} />);
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "Kyiv" } });
    expect(screen.queryAllByRole("option")).toHaveLength(0);
    expect(screen.getByText("No tag matches.")).toBeTruthy();
  });

  it("ticks the tags the article already has", () => {
    renderPicker({ appliedTagIds: new Set(["t2"]) });
    const nato = screen.getAllByRole("option").find((o) => o.textContent?.startsWith("NATO"));
    expect(nato?.textContent).toContain("applied");
  });
});
