import { createHash } from "node:crypto";
import type { ArticleBlock, ArticleRecord } from "@newsdesk/parser";
import { canonicalizeUrl, lookUpSource } from "@newsdesk/parser";

/**
 * A complete, valid parser record for tests and seeds, with the parser's own derivations (id = SHA-256 of the
 * canonical URL, contentHash = SHA-256 of the whitespace-normalised text, the known-source table), so that what
 * the factories store is indistinguishable from an imported file's record.
 */
export interface ArticleRecordInput extends Partial<Omit<ArticleRecord, "text" | "blocks">> {
  /** Paragraphs of the body; the record's text and blocks are built from them (default: one paragraph). */
  paragraphs?: string[];
}

let counter = 0;

const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");

export function makeArticleRecord(input: ArticleRecordInput = {}): ArticleRecord {
  counter += 1;
  const { paragraphs: given, ...overrides } = input;
  const url = overrides.url ?? `https://www.voachinese.com/a/newsdesk-test-${counter}.html`;
  const canonicalUrl = overrides.canonicalUrl ?? canonicalizeUrl(new URL(url));
  const host = new URL(canonicalUrl).hostname;
  const match = lookUpSource(host);
  const paragraphs = given ?? [`测试文章 ${counter} 的正文。`];
  const blocks: ArticleBlock[] = paragraphs.map((text) => ({ type: "paragraph", text, html: escapeHtml(text) }));
  const text = paragraphs.join("\n\n");
  const title = overrides.title ?? `测试文章 ${counter}`;
  return {
    file: overrides.file ?? `test_${counter}.txt`,
    format: "F1",
    id: sha256Hex(canonicalUrl),
    contentHash: sha256Hex(text.normalize("NFC").replace(/\s+/g, " ").trim()),
    archivedAt: "2023-11-29T22:59:03.000Z",
    title,
    url,
    canonicalUrl,
    source: match.source
      ? { domain: match.domain, name: match.source.name, nameEn: match.source.nameEn, known: true }
      : { domain: match.domain, name: match.domain, nameEn: match.domain, known: false },
    publishedAt: "2023-11-29T22:43:38.000Z",
    publishedAtDetail: null,
    author: null,
    language: "zh",
    script: "Hans",
    image: null,
    blocks,
    text,
    charCount: Array.from(text.replace(/\s/g, "")).length,
    links: [],
    tags: [],
    categories: [],
    keywords: [],
    entities: [],
    moneyMentions: [],
    warnings: [],
    ...overrides,
  } satisfies ArticleRecord;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
