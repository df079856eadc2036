import type { ArticleRecord } from "@newsdesk/parser";
import { searchColumnsOf } from "../../ingest/article-rows.js";
import type { SearchColumns } from "../../ingest/article-rows.js";
import { foldForSearch } from "../../search/fold-text.js";
import { searchTerms } from "../../search/search-tokens.js";

interface TemplateEntry {
  /** Folded `title\ntext` of the template. */
  prefix: string;
  terms: string[];
}

const sameTerms = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

/**
 * Search columns of synthetic records, memoised per corpus template. A million synthetic records share about two
 * thousand template texts and differ only by a trailing note, and folding plus index terms cost about 1 ms per
 * article — half the loader's CPU. The folding is character by character and the note is set apart by a blank line,
 * so the record's columns are the template's folded text + the note's, and the union of their terms (the stored
 * tsvector is a sorted set, so term order does not matter).
 *
 * Kept honest by a check: the first record of each template is also computed the importer's way
 * (`searchColumnsOf`) and compared; a template whose columns differ is never shortcut. A record not derived from
 * its template by appending text always takes the direct path.
 */
export class TemplateSearchColumns {
  private readonly entries = new Map<ArticleRecord, TemplateEntry | null>();

  of(record: ArticleRecord, template: ArticleRecord): SearchColumns {
    if (record.title !== template.title || !record.text.startsWith(template.text)) return searchColumnsOf(record);
    const entry = this.entries.get(template);
    if (entry === null) return searchColumnsOf(record);
    if (entry !== undefined) return compose(entry, record, template);
    const prefix = foldForSearch(`${template.title}\n${template.text}`);
    const fresh = { prefix, terms: searchTerms(prefix) };
    const direct = searchColumnsOf(record);
    const composed = compose(fresh, record, template);
    const agrees = composed.searchText === direct.searchText && sameTerms(composed.searchTerms, direct.searchTerms);
    this.entries.set(template, agrees ? fresh : null);
    return direct;
  }

  /** Templates checked so far, and how many of them had to fall back to the direct path. */
  stats(): { templates: number; fallbacks: number } {
    const values = [...this.entries.values()];
    return { templates: values.length, fallbacks: values.filter((entry) => entry === null).length };
  }
}

function compose(entry: TemplateEntry, record: ArticleRecord, template: ArticleRecord): SearchColumns {
  const tail = foldForSearch(record.text.slice(template.text.length));
  return { searchText: entry.prefix + tail, searchTerms: [...new Set([...entry.terms, ...searchTerms(tail)])] };
}
