import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DrillBarChart } from "./index";

afterEach(cleanup);

describe("DrillBarChart", () => {
  it("reports the category, series and value of the segment clicked", () => {
    const onSelect = vi.fn();
    const { container } = render(
      <DrillBarChart
        label="Aid by donor"
        width={600}
        height={300}
        categoryKey="period"
        data={[
          { period: "2023-10", us: 100, eu: 0 },
          { period: "2023-11", us: 40, eu: 60 },
        ]}
        series={[
          { key: "us", label: "United States" },
          { key: "eu", label: "European Union" },
        ]}
        onSelect={onSelect}
      />,
    );
    expect(screen.getByRole("figure", { name: "Aid by donor" })).toBeTruthy();
    const bars = container.querySelectorAll(".recharts-bar-rectangle path");
    expect(bars.length).toBe(3);
    fireEvent.click(bars[bars.length - 1]!);
    expect(onSelect).toHaveBeenCalledWith({ category: "2023-11", seriesKey: "eu", value: 60 });
  });
});
