import type { Writable } from "node:stream";
import type { ArchiveItem, ArchiveJsonItem } from "../archive/archive-entry.js";
import type { ArticleRecord } from "../schema/article-record.js";

export type OutputFormat = "ndjson" | "json" | "csv";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["ndjson", "json", "csv"];

/**
 * A parsed file as the writers take it: with its record (readArchive) or the record's JSON text
 * (readArchiveJson, which the CLI uses for NDJSON and JSON: worker threads then hand over text).
 */
export type WritableItem = ArchiveItem | ArchiveJsonItem;

/** Writes items in one output format; `end` closes the document (the JSON array, nothing for NDJSON). */
export interface ItemWriter {
  write(item: WritableItem): Promise<void>;
  end(): Promise<void>;
}

/** The line written for a file that failed: `{"file": …, "error": {"code": …, "message": …}}`. */
export function failureJson(item: Extract<ArchiveItem, { ok: false }>): string {
  return JSON.stringify({ file: item.file, error: item.error.toJSON() });
}

/** The JSON line of an item: the record's JSON, or the failure object. */
function itemJson(item: WritableItem): string {
  if (!item.ok) return failureJson(item);
  return "json" in item ? item.json : JSON.stringify(item.record);
}

const CSV_COLUMNS = [
  "file",
  "format",
  "id",
  "contentHash",
  "archivedAt",
  "publishedAt",
  "title",
  "url",
  "canonicalUrl",
  "sourceDomain",
  "sourceName",
  "author",
  "language",
  "script",
  "imageUrl",
  "imageCredit",
  "charCount",
  "tags",
  "categories",
  "entities",
  "moneyMentions",
  "warnings",
  "errorCode",
  "errorMessage",
] as const;

export function createItemWriter(format: OutputFormat, out: Writable): ItemWriter {
  const put = (text: string) => writeWithBackpressure(out, text);
  switch (format) {
    case "ndjson":
      return {
        write: (item) => put(`${itemJson(item)}\n`),
        end: async () => {},
      };
    case "json": {
      let first = true;
      return {
        write: async (item) => {
          await put(`${first ? "[\n" : ",\n"}${itemJson(item)}`);
          first = false;
        },
        end: () => put(first ? "[]\n" : "\n]\n"),
      };
    }
    case "csv": {
      let headerWritten = false;
      return {
        write: async (item) => {
          if (!headerWritten) {
            await put(`${CSV_COLUMNS.join(",")}\r\n`);
            headerWritten = true;
          }
          await put(`${csvRow(item).map(csvField).join(",")}\r\n`);
        },
        end: async () => {
          if (!headerWritten) await put(`${CSV_COLUMNS.join(",")}\r\n`);
        },
      };
    }
  }
}

/** One CSV row: the record's scalar fields, lists joined with "|", counts for nested data. */
function csvRow(item: WritableItem): Array<string | number | null> {
  if (!item.ok) {
    const row: Array<string | number | null> = CSV_COLUMNS.map(() => null);
    row[0] = item.file;
    row[CSV_COLUMNS.length - 2] = item.error.code;
    row[CSV_COLUMNS.length - 1] = item.error.message;
    return row;
  }
  const r = "json" in item ? (JSON.parse(item.json) as ArticleRecord) : item.record;
  return [
    r.file,
    r.format,
    r.id,
    r.contentHash,
    r.archivedAt,
    r.publishedAt,
    r.title,
    r.url,
    r.canonicalUrl,
    r.source.domain,
    r.source.name,
    r.author,
    r.language,
    r.script,
    r.image?.url ?? null,
    r.image?.credit ?? null,
    r.charCount,
    r.tags.join("|"),
    r.categories.join("|"),
    r.entities.length,
    r.moneyMentions.length,
    r.warnings.map((w) => w.code).join("|"),
    null,
    null,
  ];
}

/** RFC 4180: quote fields holding a comma, quote, CR or LF; double inner quotes. */
function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeWithBackpressure(out: Writable, text: string): Promise<void> {
  if (out.write(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      out.off("error", onError);
      resolve();
    };
    const onError = (error: Error) => {
      out.off("drain", onDrain);
      reject(error);
    };
    out.once("drain", onDrain);
    out.once("error", onError);
  });
}
