import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const post = { method: "POST", secFetchSite: null, origin: null, host: "newsdesk.example" };

describe("checkSameOrigin", () => {
  it("lets reads through", () => {
    expect(checkSameOrigin({ ...post, method: "GET", secFetchSite: "cross-site" }).ok).toBe(true);
  });

  it("trusts Sec-Fetch-Site from browsers: same-origin passes, cross-site and same-site fail", () => {
    expect(checkSameOrigin({ ...post, secFetchSite: "same-origin" }).ok).toBe(true);
    expect(checkSameOrigin({ ...post, secFetchSite: "cross-site", origin: "https://newsdesk.example" }).ok).toBe(false);
    expect(checkSameOrigin({ ...post, secFetchSite: "same-site" }).ok).toBe(false);
  });

  it("falls back to comparing Origin with Host", () => {
    expect(checkSameOrigin({ ...post, origin: "https://newsdesk.example" }).ok).toBe(true);
    expect(checkSameOrigin({ ...post, origin: "https://evil.example" })).toEqual({
      ok: false,
      reason: "Origin https://evil.example is not newsdesk.example",
    });
    expect(checkSameOrigin({ ...post, origin: "null" }).ok).toBe(false);
  });

  it("refuses a mutation that names no origin at all", () => {
    expect(checkSameOrigin(post).ok).toBe(false);
  });
});
