import { describe, expect, it } from "vitest";
import { articleQueryFromParams, articleQueryToParams, emptyArticleQuery, isEmptyArticleQuery } from "./article-query";

describe("article query in the URL", () => {
  it("round-trips every filter through URL parameters", () => {
    const query = {
      q: "乌克兰 援助",
      sources: ["www.voachinese.com", "www.rfi.fr"],
      from: "2023-11-01",
      to: "2023-11-30",
      tags: ["t1", "t2"],
      language: "zh",
      aid: "yes" as const,
      duplicates: "exclude" as const,
      sort: "published-asc" as const,
    };
    const params = articleQueryToParams(query);
    expect(params.toString()).toBe(
      "q=%E4%B9%8C%E5%85%8B%E5%85%B0+%E6%8F%B4%E5%8A%A9&source=www.voachinese.com&source=www.rfi.fr&from=2023-11-01&to=2023-11-30&tag=t1&tag=t2&lang=zh&aid=yes&dup=exclude&sort=published-asc",
    );
    expect(articleQueryFromParams(new URLSearchParams(params.toString()))).toEqual(query);
  });

  it("keeps links short by leaving defaults out", () => {
    expect(articleQueryToParams({ q: "NATO" }).toString()).toBe("q=NATO");
    expect(isEmptyArticleQuery(emptyArticleQuery)).toBe(true);
    expect(isEmptyArticleQuery(articleQueryFromParams(new URLSearchParams("sort=published-desc")))).toBe(true);
  });

  it("ignores parameters that do not validate instead of failing the page", () => {
    const query = articleQueryFromParams(new URLSearchParams("q=ok&from=yesterday&sort=random&aid=maybe&lang=Chinese&dup=only"));
    expect(query).toEqual({ ...emptyArticleQuery, q: "ok", duplicates: "only" });
  });
});
