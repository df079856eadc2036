import { createHash } from "node:crypto";
import type { ArticleRecord, MoneyMention } from "@newsdesk/parser";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { ArchiveItem } from "../ingest/archive-item.js";
import { importRecords } from "../ingest/import-records.js";
import type { ImportSummary } from "../ingest/import-summary.js";

/**
 * Parser records with chosen money mentions, for the aid-figure tests: the body is the given sentences, and each
 * mention is located in it (offsets computed, so records are as valid as the parser's). Stored through the real
 * importer (importRecords), so tests exercise the same write path as an archive import.
 */
export interface MentionSpec extends Partial<Omit<MoneyMention, "surface" | "sentence" | "start" | "end">> {
  sentence: string;
  surface: string;
  /** Which occurrence of `surface` in the text (default: the first after the previous mention's). */
  occurrence?: number;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export function aidMention(spec: MentionSpec, text: string, from = 0): MoneyMention {
  const sentenceAt = text.indexOf(spec.sentence, from);
  if (sentenceAt < 0) throw new Error(`sentence not in text: ${spec.sentence}`);
  const start = text.indexOf(spec.surface, sentenceAt);
  if (start < 0) throw new Error(`surface not in sentence: ${spec.surface}`);
  const { sentence, surface, occurrence: _occurrence, ...rest } = spec;
  return {
    field: "text",
    surface,
    sentence,
    start,
    end: start + surface.length,
    amount: 1e8,
    amountHigh: null,
    currency: "USD",
    currencyInferred: false,
    qualifier: "exact",
    vague: false,
    isAid: true,
    aidType: "military",
    donor: "United States",
    recipient: "Ukraine",
    status: "committed",
    cumulative: false,
    equivalentOf: null,
    evidence: [],
    review: { needed: false, reasons: [] },
    ...rest,
  };
}

export interface AidRecordInput {
  slug: string;
  title?: string;
  paragraphs: string[];
  mentions: MentionSpec[];
  publishedAt?: string | null;
  archivedAt?: string | null;
  /** Bumps the archive time, so a re-import of the same URL counts as a newer version. */
  version?: number;
}

export function aidTestRecord(input: AidRecordInput): ArticleRecord {
  const url = `https://www.voachinese.com/a/aid-test-${input.slug}.html`;
  const text = input.paragraphs.join("\n\n");
  const archived = input.archivedAt === undefined ? "2023-11-30T01:00:00.000Z" : input.archivedAt;
  const archivedAt = archived && input.version ? new Date(Date.parse(archived) + input.version * 60_000).toISOString() : archived;
  let cursor = 0;
  const moneyMentions = input.mentions.map((spec) => {
    const mention = aidMention(spec, text, spec.occurrence === undefined ? 0 : cursor);
    cursor = mention.end;
    return mention;
  });
  return {
    file: `aid-test-${input.slug}.txt`,
    format: "F1",
    id: sha256(url),
    contentHash: sha256(text),
    archivedAt,
    title: input.title ?? `援助测试 ${input.slug}`,
    url,
    canonicalUrl: url,
    source: { domain: "www.voachinese.com", name: "美国之音", nameEn: "VOA Chinese", known: true },
    publishedAt: input.publishedAt === undefined ? "2023-11-29T22:43:38.000Z" : input.publishedAt,
    publishedAtDetail: null,
    author: null,
    language: "zh",
    script: "Hans",
    image: null,
    blocks: input.paragraphs.map((paragraph) => ({ type: "paragraph", text: paragraph, html: paragraph })),
    text,
    charCount: text.length,
    links: [],
    tags: [],
    categories: [],
    keywords: [],
    entities: [],
    moneyMentions,
    warnings: [],
  } as ArticleRecord;
}

/** Imports records through the importer (one batch), as an archive of parsed files would be. */
export async function importAidRecords(db: PrismaClient, records: ArticleRecord[]): Promise<ImportSummary> {
  async function* items(): AsyncGenerator<ArchiveItem> {
    for (const record of records) {
      const json = JSON.stringify(record);
      yield { ok: true, file: record.file, size: json.length, sha256: sha256(json), record };
    }
  }
  return importRecords(db, items(), { actor: "test", inputName: "aid-test", inputKey: `aid-test:${sha256(records.map((r) => r.id + r.archivedAt).join())}:${Math.random()}` });
}
