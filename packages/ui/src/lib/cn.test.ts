import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("lets a caller's class replace a default of the same kind", () => {
    expect(cn("block h-9 w-full px-2.5", "w-40", false, undefined, "h-8")).toBe("block px-2.5 w-40 h-8");
    expect(cn("ring-1 ring-slate-300", { "ring-indigo-600": true })).toBe("ring-1 ring-indigo-600");
  });
});
