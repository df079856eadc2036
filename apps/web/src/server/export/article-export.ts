import type { PrismaClient } from "@newsdesk/db";
import { listArticles } from "@newsdesk/db/queries";
import type { ArticleQuery } from "../../lib/article-query";
import { listParamsOf } from "../articles/list-params";

/** The columns of an export, in order. Tags are names joined with "; " in CSV and an array in JSON. */
export const exportColumns = ["id", "title", "source", "sourceDomain", "publishedAt", "archivedAt", "language", "url", "tags", "aidFigureCount", "duplicateOfId"] as const;

export interface ExportRow {
  id: string;
  title: string;
  source: string;
  sourceDomain: string;
  publishedAt: string | null;
  archivedAt: string | null;
  language: string;
  url: string;
  tags: string[];
  aidFigureCount: number;
  duplicateOfId: string | null;
}

/** Hard cap on one export, so a click on "export" with no filter cannot stream a million rows by accident. */
export const maxExportRows = 100_000;

/** Every article matching the query (up to the cap), page by page through the same keyset list as the UI. */
export async function* exportRows(db: PrismaClient, query: ArticleQuery, max = maxExportRows): AsyncGenerator<ExportRow> {
  let cursor: string | undefined;
  let sent = 0;
  do {
    const page = await listArticles(db, listParamsOf(query, { cursor, limit: 200 }));
    for (const item of page.items) {
      if (sent >= max) return;
      sent += 1;
      yield {
        id: item.id,
        title: item.title,
        source: item.source.name,
        sourceDomain: item.source.domain,
        publishedAt: item.publishedAt?.toISOString() ?? null,
        archivedAt: item.archivedAt?.toISOString() ?? null,
        language: item.language,
        url: item.url,
        tags: item.tags.map((tag) => tag.name),
        aidFigureCount: item.aidFigureCount,
        duplicateOfId: item.duplicateOfId,
      };
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < max);
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading =, +, - or @ is
 * prefixed with ' so that spreadsheet apps do not run it as a formula (CSV injection). Hand-written: it is
 * these ten lines, and a CSV library would add a dependency for the same.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(row: ExportRow): string {
  return `${exportColumns.map((column) => csvField(column === "tags" ? row.tags.join("; ") : row[column])).join(",")}\r\n`;
}

/** The export as a stream of UTF-8 bytes: CSV (with a BOM, so Excel reads Chinese correctly) or a JSON array. */
export function exportStream(rows: AsyncIterable<ExportRow>, format: "csv" | "json"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let first = true;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? `\uFEFF${exportColumns.join(",")}\r\n` : "["));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        if (format === "json") controller.enqueue(encoder.encode(first ? "]\n" : "\n]\n"));
        controller.close();
        return;
      }
      const text = format === "csv" ? csvLine(next.value) : `${first ? "\n" : ",\n"}${JSON.stringify(next.value)}`;
      first = false;
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
