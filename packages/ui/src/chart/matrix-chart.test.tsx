import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { heatColor, MatrixChart } from "./index";

afterEach(cleanup);

describe("MatrixChart", () => {
  it("lays cells out by row and column and leaves missing pairs empty", () => {
    const onCellClick = vi.fn();
    render(
      <MatrixChart
        label="Aid by donor and recipient"
        rows={["United States", "Germany"]}
        columns={["Ukraine", "Israel"]}
        cells={[
          { row: "United States", column: "Ukraine", value: 77 },
          { row: "Germany", column: "Ukraine", value: 20 },
        ]}
        formatValue={(v) => `${v}B`}
        onCellClick={onCellClick}
      />,
    );
    const table = screen.getByRole("table", { name: "Aid by donor and recipient" });
    const bodyRows = table.querySelectorAll("tbody tr");
    expect([...bodyRows].map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent))).toEqual([
      ["77B", ""],
      ["20B", ""],
    ]);
    fireEvent.click(screen.getByText("20B"));
    expect(onCellClick).toHaveBeenCalledWith({ row: "Germany", column: "Ukraine", value: 20 });
  });
});

describe("heatColor", () => {
  it("is pale for nothing and darkest at the maximum", () => {
    expect(heatColor(0, 10)).toBe("rgb(248 250 252)");
    expect(heatColor(10, 10)).toBe("rgb(67 56 202)");
    expect(heatColor(5, 0)).toBe("rgb(248 250 252)");
  });
});
