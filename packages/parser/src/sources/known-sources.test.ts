import { describe, expect, it } from "vitest";
import { knownSources, lookUpSource } from "./known-sources.js";

describe("knownSources", () => {
  it.each(Object.entries(knownSources))("%s has a name, a real time zone and a language code", (_host, source) => {
    expect(source.name.trim()).not.toBe("");
    expect(source.nameEn.trim()).not.toBe("");
    // Intl throws a RangeError for a zone it does not know.
    expect(() => new Intl.DateTimeFormat("en", { timeZone: source.zone })).not.toThrow();
    expect(source.language).toMatch(/^[a-z]{2}$/);
  });

  it("keys hosts without www. and in lower case", () => {
    for (const host of Object.keys(knownSources)) expect(host).toBe(host.toLowerCase().replace(/^www\./, ""));
  });
});

describe("lookUpSource", () => {
  it.each([
    ["www.voachinese.com", "www.voachinese.com", "美国之音"],
    ["WWW.DW.COM", "www.dw.com", "德国之声"],
    ["cn.reuters.com", "cn.reuters.com", "路透中文网"],
    ["news.ltn.com.tw", "news.ltn.com.tw", "自由时报"],
    ["cn.nikkei.com", "cn.nikkei.com", "日经中文网"],
  ])("%s → %s (%s)", (host, domain, name) => {
    const match = lookUpSource(host);
    expect(match.domain).toBe(domain);
    expect(match.source?.name).toBe(name);
  });

  it("knows no source for an unknown host, nor for a bare parent suffix", () => {
    expect(lookUpSource("news.example.org").source).toBeNull();
    expect(lookUpSource("com.cn").source).toBeNull();
  });
});
