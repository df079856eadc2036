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

describe("title prefixes and suffixes", () => {
  const strip = (host: string, title: string) => {
    const source = lookUpSource(host).source!;
    const cut = source.titlePrefix ? title.replace(source.titlePrefix, "") : title;
    return source.titleSuffix ? cut.replace(source.titleSuffix, "") : cut;
  };
  it.each([
    ["www.rfi.fr", "玻利维亚大选再度延期 改至10月18日 – 法国国际广播电台 - RFI", "玻利维亚大选再度延期 改至10月18日"],
    ["www.rfi.fr", "港版国安法是二次回归起点还是民主回归终结？ - 要闻解说", "港版国安法是二次回归起点还是民主回归终结？"],
    ["www.rfi.fr", "费加罗报：习近平扼杀抨击其极权做法的人士 - 法国报纸摘要", "费加罗报：习近平扼杀抨击其极权做法的人士"],
    ["www.rfi.fr", "COVID-19冲击 飞利浦第2季净利年减14.6%", "COVID-19冲击 飞利浦第2季净利年减14.6%"],
    ["cn.reuters.com", "WHO预期新冠疫苗要等到2021年中以后才会广泛接种 | 路透", "WHO预期新冠疫苗要等到2021年中以后才会广泛接种"],
    ["www.cna.com.tw", "內蒙古通遼市爆發罷課 警方懸賞追緝抗議民眾[影]", "內蒙古通遼市爆發罷課 警方懸賞追緝抗議民眾"],
    ["cn.govopendata.com", "2020-07-31 新闻联播 文字版习近平在中央政治局第二十二次集体学习时强调...", "2020-07-31 新闻联播 文字版"],
    ["www.rti.org.tw", "[政治] 游錫堃：8月中開二次臨時會 - 200723-3", "游錫堃：8月中開二次臨時會"],
  ])("%s: %s → %s", (host, title, expected) => {
    expect(strip(host, title)).toBe(expected);
  });
});
