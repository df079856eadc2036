import { cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useShortcuts, type ShortcutMap } from "./index";

afterEach(cleanup);

function Harness({ map, enabled = true }: { map: ShortcutMap; enabled?: boolean }) {
  useShortcuts(map, enabled);
  return (
    <div>
      <input aria-label="search" />
      <p>list</p>
    </div>
  );
}

describe("useShortcuts", () => {
  it("runs the handler bound to a key pressed outside text fields", () => {
    const j = vi.fn();
    render(<Harness map={{ j }} />);
    fireEvent.keyDown(document.body, { key: "j" });
    expect(j).toHaveBeenCalledTimes(1);
  });

  it("ignores keys typed into fields, with modifiers, or while disabled", () => {
    const j = vi.fn();
    const { getByLabelText, rerender } = render(<Harness map={{ j }} />);
    fireEvent.keyDown(getByLabelText("search"), { key: "j" });
    fireEvent.keyDown(document.body, { key: "j", ctrlKey: true });
    fireEvent.keyDown(document.body, { key: "j", metaKey: true });
    rerender(<Harness map={{ j }} enabled={false} />);
    fireEvent.keyDown(document.body, { key: "j" });
    expect(j).not.toHaveBeenCalled();
  });

  it("uses the latest handlers without re-binding", () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(<Harness map={{ x: first }} />);
    rerender(<Harness map={{ x: second }} />);
    fireEvent.keyDown(document.body, { key: "x" });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
