import { createHash } from "node:crypto";
import type { ArticleRecord } from "@newsdesk/parser";
import { foldForSearch } from "../search/fold-text.js";
import { searchTerms } from "../search/search-tokens.js";
import { entityIdFor, isSyntheticDomain, moneyMentionIdFor, sourceIdFor } from "./stable-ids.js";

/**
 * The rows one parser record becomes, as plain JSON-able objects: the importer sends a whole batch of them as one
 * JSON parameter and PostgreSQL expands it with json_to_recordset (few round trips, no parameter limit).
 */
export interface ArticleRow {
  id: string;
  canonicalUrl: string;
  url: string;
  file: string;
  fileSha256: string;
  format: string;
  sourceId: string;
  title: string;
  author: string | null;
  language: string;
  script: string | null;
  archivedAt: string | null;
  publishedAt: string | null;
  publishedAtDetail: unknown;
  image: unknown;
  blocks: unknown;
  text: string;
  charCount: number;
  contentHash: string;
  links: unknown;
  feedTags: string[];
  categories: string[];
  keywords: string[];
  warnings: unknown;
  recordHash: string;
  searchText: string;
  searchTerms: string[];
}

export interface SourceRow {
  id: string;
  domain: string;
  name: string;
  nameEn: string;
  known: boolean;
  synthetic: boolean;
}

export interface EntityMentionRow {
  articleId: string;
  entityId: string;
  zh: string;
  en: string;
  count: number;
}

export interface MoneyMentionRow {
  id: string;
  articleId: string;
  ordinal: number;
  field: string;
  surface: string;
  sentence: string;
  start: number;
  end: number;
  amount: number;
  amountHigh: number | null;
  currency: string;
  currencyInferred: boolean;
  qualifier: string;
  vague: boolean;
  isAid: boolean;
  aidType: string | null;
  donor: string | null;
  recipient: string | null;
  status: string;
  cumulative: boolean;
  equivalentOf: number | null;
  reviewNeeded: boolean;
  data: unknown;
}

/** Digest of everything the parser said about the article except the file name it came from. */
export function recordHashOf(record: ArticleRecord): string {
  const { file: _file, ...content } = record;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

export function sourceRowOf(record: ArticleRecord): SourceRow {
  const { domain, name, nameEn, known } = record.source;
  return { id: sourceIdFor(domain), domain, name, nameEn, known, synthetic: isSyntheticDomain(domain) };
}

/** The search columns of a record: its folded title and text, and their index terms. */
export interface SearchColumns {
  searchText: string;
  searchTerms: string[];
}

export function searchColumnsOf(record: Pick<ArticleRecord, "title" | "text">): SearchColumns {
  const searchText = foldForSearch(`${record.title}\n${record.text}`);
  return { searchText, searchTerms: searchTerms(searchText) };
}

/** `search` may be passed when the caller already has the record's search columns (the synthetic bulk loader). */
export function articleRowOf(record: ArticleRecord, fileSha256: string, search: SearchColumns = searchColumnsOf(record)): ArticleRow {
  return {
    id: record.id,
    canonicalUrl: record.canonicalUrl,
    url: record.url,
    file: record.file,
    fileSha256,
    format: record.format,
    sourceId: sourceIdFor(record.source.domain),
    title: record.title,
    author: record.author,
    language: record.language,
    script: record.script,
    archivedAt: record.archivedAt,
    publishedAt: record.publishedAt,
    publishedAtDetail: record.publishedAtDetail,
    image: record.image,
    blocks: record.blocks,
    text: record.text,
    charCount: record.charCount,
    contentHash: record.contentHash,
    links: record.links,
    feedTags: record.tags,
    categories: record.categories,
    keywords: record.keywords,
    warnings: record.warnings,
    recordHash: recordHashOf(record),
    searchText: search.searchText,
    searchTerms: search.searchTerms,
  };
}

/** One row per distinct name pair; `count` is how often the article names it. */
export function entityMentionRowsOf(record: ArticleRecord): EntityMentionRow[] {
  const byId = new Map<string, EntityMentionRow>();
  for (const { zh, en } of record.entities) {
    const entityId = entityIdFor(zh, en);
    const row = byId.get(entityId);
    if (row) row.count += 1;
    else byId.set(entityId, { articleId: record.id, entityId, zh, en, count: 1 });
  }
  return [...byId.values()];
}

export function moneyMentionRowsOf(record: ArticleRecord): MoneyMentionRow[] {
  return record.moneyMentions.map((mention, ordinal) => ({
    id: moneyMentionIdFor(record.id, ordinal),
    articleId: record.id,
    ordinal,
    field: mention.field,
    surface: mention.surface,
    sentence: mention.sentence,
    start: mention.start,
    end: mention.end,
    amount: mention.amount,
    amountHigh: mention.amountHigh,
    currency: mention.currency,
    currencyInferred: mention.currencyInferred,
    qualifier: mention.qualifier,
    vague: mention.vague,
    isAid: mention.isAid,
    aidType: mention.aidType,
    donor: mention.donor,
    recipient: mention.recipient,
    status: mention.status,
    cumulative: mention.cumulative,
    equivalentOf: mention.equivalentOf,
    reviewNeeded: mention.review.needed,
    data: mention,
  }));
}
