import { describe, expect, it } from "vitest";
import { articleQuerySchema } from "../../lib/article-query";
import { listParamsOf } from "./list-params";

describe("listParamsOf", () => {
  it("maps the URL query onto the db list parameters", () => {
    const query = articleQuerySchema.parse({
      q: "烏克蘭",
      sources: ["s1"],
      from: "2023-11-01",
      to: "2023-11-30",
      tags: ["t1"],
      language: "zh",
      aid: "no",
      duplicates: "exclude",
      sort: "published-asc",
    });
    expect(listParamsOf(query, { cursor: "abc", limit: 20 })).toEqual({
      q: "烏克蘭",
      sourceIds: ["s1"],
      from: new Date("2023-11-01T00:00:00Z"),
      to: new Date("2023-12-01T00:00:00Z"),
      tagIds: ["t1"],
      language: "zh",
      hasAidFigures: false,
      duplicates: "exclude",
      sort: "publishedAt",
      direction: "asc",
      cursor: "abc",
      limit: 20,
    });
  });

  it("leaves unset filters empty and sorts by archive date on request", () => {
    const params = listParamsOf(articleQuerySchema.parse({ sort: "archived-desc", aid: "yes" }), {});
    expect(params).toMatchObject({ q: null, sourceIds: null, tagIds: null, hasAidFigures: true, duplicates: null, sort: "archivedAt", direction: "desc", cursor: null });
    expect(params).not.toHaveProperty("limit");
  });
});
