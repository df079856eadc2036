import type { ArticleRecord } from "@newsdesk/parser";
import { describe, expect, it } from "vitest";
import { searchColumnsOf } from "../../ingest/article-rows.js";
import { loadTemplates, syntheticRecord, syntheticTemplate } from "./synthetic-items.js";
import { TemplateSearchColumns } from "./template-search-columns.js";

const sorted = (terms: string[]) => [...terms].sort();

describe("TemplateSearchColumns", () => {
  it("gives every synthetic record the columns the importer computes", async () => {
    const templates = await loadTemplates();
    const columns = new TemplateSearchColumns();
    // The first pass checks each template; the second pass takes the memoised path for every one of them.
    const indexes = [...Array.from({ length: templates.length }, (_, i) => i), ...Array.from({ length: 400 }, (_, i) => templates.length * 3 + i * 7)];
    for (const index of indexes) {
      const record = syntheticRecord(templates, 1, index);
      const got = columns.of(record, syntheticTemplate(templates, index));
      const want = searchColumnsOf(record);
      expect(got.searchText).toBe(want.searchText);
      expect(sorted(got.searchTerms)).toEqual(sorted(want.searchTerms));
    }
    // Every hundredth index reuses its predecessor's template, so a few templates are not reached by the first pass.
    const stats = columns.stats();
    expect(stats.fallbacks).toBe(0);
    expect(stats.templates).toBeGreaterThan(templates.length * 0.95);
  });

  it("falls back to the direct path for a template whose columns do not compose", () => {
    // A combining accent at the start of the appended text composes with the template's last letter under NFKC.
    const template = { title: "Café", text: "cafe" } as ArticleRecord;
    const columns = new TemplateSearchColumns();
    for (const suffix of ["\u0301 one", "\u0301 two"]) {
      const record = { ...template, text: `cafe${suffix}` } as ArticleRecord;
      const got = columns.of(record, template);
      expect(got.searchText).toBe(searchColumnsOf(record).searchText);
      expect(got.searchText).toContain("café");
    }
    expect(columns.stats()).toEqual({ templates: 1, fallbacks: 1 });
  });

  it("takes the direct path for a record that is not its template plus appended text", () => {
    const template = { title: "乌克兰", text: "援助" } as ArticleRecord;
    const record = { title: "烏克蘭", text: "援助 more" } as ArticleRecord;
    const columns = new TemplateSearchColumns();
    expect(columns.of(record, template)).toEqual(searchColumnsOf(record));
    expect(columns.stats()).toEqual({ templates: 0, fallbacks: 0 });
  });
});
