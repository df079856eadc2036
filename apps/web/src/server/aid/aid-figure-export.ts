import type { PrismaClient } from "@newsdesk/db";
import { listAidFigures, type AidFigureListItem } from "@newsdesk/db/queries";
import type { AidChartParams } from "../../lib/aid-query";
import type { ArticleQuery } from "../../lib/article-query";
import { csvField } from "../export/article-export";
import { chartParamsOf } from "./aid-filters";

/**
 * The aid-figure export: one row per figure under the charts' filters (every role, so what the charts leave out
 * is in the file too, with its reason), with the amount as written, both values, the rate used, its day and
 * source, the review, and the article and sentence it comes from.
 */
export const aidExportColumns = [
  "articleId",
  "articleTitle",
  "articleUrl",
  "source",
  "publishedAt",
  "figureDate",
  "dateBasis",
  "sentence",
  "surface",
  "qualifier",
  "amount",
  "amountHigh",
  "currency",
  "isAid",
  "aidType",
  "donor",
  "recipient",
  "status",
  "cumulative",
  "role",
  "reviewState",
  "conversion",
  "usdValue",
  "eurValue",
  "rateCurrency",
  "ratePerEur",
  "rateDate",
  "usdPerEur",
  "usdRateDate",
  "rateSource",
  "mentionKey",
] as const;

export type AidExportRow = Record<(typeof aidExportColumns)[number], string | number | null>;

/** Hard cap on one export (a click with no filter must not stream millions of rows by accident). */
export const maxAidExportRows = 200_000;

export function aidExportRowOf(figure: AidFigureListItem): AidExportRow {
  return {
    articleId: figure.articleId,
    articleTitle: figure.article.title,
    articleUrl: figure.article.url,
    source: figure.article.source.domain,
    publishedAt: figure.article.publishedAt?.toISOString() ?? null,
    figureDate: figure.figureDate,
    dateBasis: figure.dateBasis,
    sentence: figure.sentence,
    surface: figure.surface,
    qualifier: figure.qualifier,
    amount: figure.amount,
    amountHigh: figure.amountHigh,
    currency: figure.currency,
    isAid: String(figure.isAid),
    aidType: figure.aidType,
    donor: figure.donor,
    recipient: figure.recipient,
    status: figure.status,
    cumulative: String(figure.cumulative),
    role: figure.role,
    reviewState: figure.reviewState,
    conversion: figure.conversion,
    usdValue: figure.usdValue,
    eurValue: figure.eurValue,
    rateCurrency: figure.rateCurrency,
    ratePerEur: figure.ratePerEur,
    rateDate: figure.rateDate,
    usdPerEur: figure.usdPerEur,
    usdRateDate: figure.usdRateDate,
    rateSource: figure.rateSource,
    mentionKey: figure.mentionKey,
  };
}

/** Every figure under the filters (aid figures and flagged mentions), newest first, page by page. */
export async function* aidExportRows(db: PrismaClient, query: ArticleQuery, params: AidChartParams, max = maxAidExportRows): AsyncGenerator<AidExportRow> {
  const { valueCurrency: _currency, ...filters } = chartParamsOf(query, params);
  let cursor: string | null = null;
  let sent = 0;
  do {
    const page = await listAidFigures(db, { ...filters, sort: "date", aidOrFlagged: true, cursor, limit: 500 });
    for (const figure of page.items) {
      if (sent >= max) return;
      sent += 1;
      yield aidExportRowOf(figure);
    }
    cursor = page.nextCursor;
  } while (cursor && sent < max);
}

export function aidCsvLine(row: AidExportRow): string {
  return `${aidExportColumns.map((column) => csvField(row[column])).join(",")}\r\n`;
}

/** The CSV as UTF-8 bytes, with a BOM so that spreadsheet apps read Chinese correctly. */
export function aidCsvStream(rows: AsyncIterable<AidExportRow>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${aidExportColumns.join(",")}\r\n`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(aidCsvLine(next.value)));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
