import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createColumnHelper, DataTable } from "./index";

interface Story {
  id: string;
  title: string;
}
const column = createColumnHelper<Story>();
const columns = [column.accessor("title", { header: "Title" })];
const stories: Story[] = [
  { id: "a", title: "布林肯：北约支持乌克兰" },
  { id: "b", title: "Second story" },
];

afterEach(cleanup);

describe("DataTable", () => {
  it("renders rows and marks the keyboard cursor row", () => {
    render(<DataTable caption="Articles" data={stories} columns={columns} getRowId={(s) => s.id} activeId="b" />);
    expect(screen.getByRole("table", { name: "Articles" })).toBeTruthy();
    expect(screen.getByText("布林肯：北约支持乌克兰")).toBeTruthy();
    const active = document.querySelector("[data-active]");
    expect(active?.getAttribute("data-row-id")).toBe("b");
  });

  it("toggles one row and all rows through the checkboxes", () => {
    const onToggleRow = vi.fn();
    const onToggleAll = vi.fn();
    render(
      <DataTable
        caption="Articles"
        data={stories}
        columns={columns}
        getRowId={(s) => s.id}
        selectedIds={new Set(["a"])}
        onToggleRow={onToggleRow}
        onToggleAll={onToggleAll}
      />,
    );
    fireEvent.click(screen.getByLabelText("Select row b"));
    expect(onToggleRow).toHaveBeenCalledWith("b");
    fireEvent.click(screen.getByLabelText("Select all rows"));
    expect(onToggleAll).toHaveBeenCalledWith(["a", "b"], true);
    expect((screen.getByLabelText("Select row a") as HTMLInputElement).checked).toBe(true);
  });

  it("shows the empty state only when loaded with no rows", () => {
    const { rerender } = render(
      <DataTable caption="Articles" data={[]} columns={columns} getRowId={(s) => s.id} loading empty={<p>Nothing found</p>} />,
    );
    expect(screen.queryByText("Nothing found")).toBeNull();
    rerender(<DataTable caption="Articles" data={[]} columns={columns} getRowId={(s) => s.id} empty={<p>Nothing found</p>} />);
    expect(screen.getByText("Nothing found")).toBeTruthy();
  });
});
