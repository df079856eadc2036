import { Prisma } from "../generated/prisma/client.js";
import type { AidFigureRole } from "../aid/article-figures.js";
import type { ConversionStatus } from "../aid/convert-figure.js";
import type { AidFigureFields, AidReviewState } from "../aid/figure-fields.js";
import { aidFigureConditions, whereAll } from "../aid/figure-filters.js";
import type { AidFigureFilters } from "../aid/figure-filters.js";
import { InvalidCursorError } from "./article-cursor.js";

type Db = Prisma.TransactionClient;

/** One aid figure as the review queue, the charts' drill-down and the export show it. */
export interface AidFigureListItem extends AidFigureFields {
  mentionId: string;
  articleId: string;
  mentionKey: string;
  field: string;
  sentence: string;
  surface: string;
  qualifier: string;
  /** The extractor's reasons to look at it (e.g. "low-confidence-aid", "no-donor"). */
  reviewReasons: string[];
  /** The mention as extracted, before any review. */
  extracted: AidFigureFields;
  equivalentOf: number | null;
  role: AidFigureRole;
  reviewNeeded: boolean;
  reviewState: AidReviewState;
  reviewVersion: number;
  reviewOutdated: boolean;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  figureDate: string | null;
  dateBasis: "published" | "archived" | null;
  conversion: ConversionStatus;
  usdValue: number | null;
  eurValue: number | null;
  usdValueHigh: number | null;
  eurValueHigh: number | null;
  rateCurrency: string | null;
  ratePerEur: number | null;
  rateDate: string | null;
  usdPerEur: number | null;
  usdRateDate: string | null;
  rateSource: string | null;
  article: {
    id: string;
    title: string;
    url: string;
    language: string;
    publishedAt: Date | null;
    archivedAt: Date | null;
    source: { id: string; domain: string; name: string; nameEn: string };
  };
}

/**
 * `queue`: figures to review first — unreviewed ones the extractor flagged, then figures whose text changed since
 * their review, then the other unreviewed aid figures, then (with includeReviewed) reviewed ones; newest first
 * within each. `date`: newest first (drill-down, export).
 */
export type AidFigureSort = "queue" | "date";

export interface ListAidFiguresParams extends AidFigureFilters {
  sort?: AidFigureSort;
  /** Queue only: also list figures already reviewed (after the pending ones). */
  includeReviewed?: boolean;
  /** Only figures that are aid or flagged for review (the queue's scope; the default for sort "queue"). */
  aidOrFlagged?: boolean;
  cursor?: string | null;
  limit?: number;
}

const priority = Prisma.raw(`(CASE
  WHEN f."reviewState" = 'unreviewed' AND f."reviewNeeded" THEN 0
  WHEN f."reviewOutdated" THEN 1
  WHEN f."reviewState" = 'unreviewed' THEN 2
  ELSE 3 END)`);
const sortDate = Prisma.raw(`COALESCE(f."figureDate", DATE '0001-01-01')`);

interface Cursor {
  p: number;
  d: string;
  id: string;
}

function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Cursor;
    if (typeof value.p === "number" && typeof value.d === "string" && typeof value.id === "string") return value;
  } catch {
    // Falls through to the typed error.
  }
  throw new InvalidCursorError("Invalid or foreign cursor for the aid-figure list");
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");

/** The SELECT list of a figure with its mention, article, source and reviewer. */
export const aidFigureItemSql = Prisma.sql`
  f."mentionId", f."articleId", f."mentionKey", m.field, m.sentence, m.surface, m.qualifier,
  COALESCE(m.data -> 'review' -> 'reasons', '[]'::jsonb) AS "reviewReasons",
  f.amount::float8 AS amount, f."amountHigh"::float8 AS "amountHigh", f.currency, f."isAid", f."aidType", f.donor,
  f.recipient, f.status, f.cumulative,
  m.amount::float8 AS "mAmount", m."amountHigh"::float8 AS "mAmountHigh", m.currency AS "mCurrency", m."isAid" AS "mIsAid",
  m."aidType" AS "mAidType", m.donor AS "mDonor", m.recipient AS "mRecipient", m.status AS "mStatus", m.cumulative AS "mCumulative",
  f."equivalentOf", f.role, f."reviewNeeded", f."reviewState"::text AS "reviewState", f."reviewVersion", f."reviewOutdated",
  u.email AS "reviewedBy", r."reviewedAt",
  f."figureDate"::text AS "figureDate", f."dateBasis", f.conversion,
  f."usdValue"::float8 AS "usdValue", f."eurValue"::float8 AS "eurValue", f."usdValueHigh"::float8 AS "usdValueHigh",
  f."eurValueHigh"::float8 AS "eurValueHigh", f."rateCurrency", f."ratePerEur"::float8 AS "ratePerEur",
  f."rateDate"::text AS "rateDate", f."usdPerEur"::float8 AS "usdPerEur", f."usdRateDate"::text AS "usdRateDate", f."rateSource",
  a.title AS "articleTitle", a.url AS "articleUrl", a.language AS "articleLanguage", a."publishedAt", a."archivedAt",
  s.id AS "sourceId", s.domain AS "sourceDomain", s.name AS "sourceName", s."nameEn" AS "sourceNameEn"`;

export const aidFigureItemFrom = Prisma.sql`
  FROM "AidFigure" f
  JOIN "MoneyMention" m ON m.id = f."mentionId"
  JOIN "Article" a ON a.id = f."articleId"
  JOIN "Source" s ON s.id = a."sourceId"
  LEFT JOIN "AidFigureReview" r ON r."articleId" = f."articleId" AND r."mentionKey" = f."mentionKey"
  LEFT JOIN "User" u ON u.id = r."reviewedById"`;

type Row = Record<string, unknown>;

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export function aidFigureItemOf(row: Row): AidFigureListItem {
  return {
    mentionId: row.mentionId as string,
    articleId: row.articleId as string,
    mentionKey: row.mentionKey as string,
    field: row.field as string,
    sentence: row.sentence as string,
    surface: row.surface as string,
    qualifier: row.qualifier as string,
    reviewReasons: Array.isArray(row.reviewReasons) ? (row.reviewReasons as unknown[]).map(String) : [],
    amount: Number(row.amount),
    amountHigh: num(row.amountHigh),
    currency: row.currency as string,
    isAid: row.isAid as boolean,
    aidType: row.aidType as AidFigureFields["aidType"],
    donor: row.donor as string | null,
    recipient: row.recipient as string | null,
    status: row.status as AidFigureFields["status"],
    cumulative: row.cumulative as boolean,
    extracted: {
      amount: Number(row.mAmount),
      amountHigh: num(row.mAmountHigh),
      currency: row.mCurrency as string,
      isAid: row.mIsAid as boolean,
      aidType: row.mAidType as AidFigureFields["aidType"],
      donor: row.mDonor as string | null,
      recipient: row.mRecipient as string | null,
      status: row.mStatus as AidFigureFields["status"],
      cumulative: row.mCumulative as boolean,
    },
    equivalentOf: num(row.equivalentOf),
    role: row.role as AidFigureRole,
    reviewNeeded: row.reviewNeeded as boolean,
    reviewState: row.reviewState as AidReviewState,
    reviewVersion: Number(row.reviewVersion),
    reviewOutdated: row.reviewOutdated as boolean,
    reviewedBy: (row.reviewedBy as string | null) ?? null,
    reviewedAt: (row.reviewedAt as Date | null) ?? null,
    figureDate: (row.figureDate as string | null) ?? null,
    dateBasis: (row.dateBasis as AidFigureListItem["dateBasis"]) ?? null,
    conversion: row.conversion as ConversionStatus,
    usdValue: num(row.usdValue),
    eurValue: num(row.eurValue),
    usdValueHigh: num(row.usdValueHigh),
    eurValueHigh: num(row.eurValueHigh),
    rateCurrency: (row.rateCurrency as string | null) ?? null,
    ratePerEur: num(row.ratePerEur),
    rateDate: (row.rateDate as string | null) ?? null,
    usdPerEur: num(row.usdPerEur),
    usdRateDate: (row.usdRateDate as string | null) ?? null,
    rateSource: (row.rateSource as string | null) ?? null,
    article: {
      id: row.articleId as string,
      title: row.articleTitle as string,
      url: row.articleUrl as string,
      language: row.articleLanguage as string,
      publishedAt: (row.publishedAt as Date | null) ?? null,
      archivedAt: (row.archivedAt as Date | null) ?? null,
      source: { id: row.sourceId as string, domain: row.sourceDomain as string, name: row.sourceName as string, nameEn: row.sourceNameEn as string },
    },
  };
}

/** A keyset page of figures (queue order or newest first), with the sentence and article behind each. */
export async function listAidFigures(db: Db, params: ListAidFiguresParams): Promise<{ items: AidFigureListItem[]; nextCursor: string | null }> {
  const sort = params.sort ?? "queue";
  const limit = Math.min(Math.max(1, params.limit ?? 50), 500);
  const conditions = aidFigureConditions(params);
  if (params.aidOrFlagged ?? sort === "queue") conditions.push(Prisma.sql`(f."isAid" OR f."reviewNeeded" OR f."reviewState" <> 'unreviewed')`);
  if (sort === "queue" && !params.includeReviewed) conditions.push(Prisma.sql`(f."reviewState" = 'unreviewed' OR f."reviewOutdated")`);
  const rank = sort === "queue" ? priority : Prisma.raw("0");
  if (params.cursor) {
    const cursor = decodeCursor(params.cursor);
    conditions.push(Prisma.sql`(${rank} > ${cursor.p}
      OR (${rank} = ${cursor.p} AND (${sortDate} < ${cursor.d}::date OR (${sortDate} = ${cursor.d}::date AND f."mentionId" > ${cursor.id}))))`);
  }
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${aidFigureItemSql}, ${rank} AS "sortRank", ${sortDate}::text AS "sortDate"
    ${aidFigureItemFrom}
    ${whereAll(conditions)}
    ORDER BY "sortRank", ${sortDate} DESC, f."mentionId"
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(aidFigureItemOf),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ p: Number(last.sortRank), d: String(last.sortDate), id: String(last.mentionId) }) : null,
  };
}

/** One figure by its stable reference, or null. */
export async function getAidFigure(db: Db, ref: { articleId: string; mentionKey: string }): Promise<AidFigureListItem | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${aidFigureItemSql} ${aidFigureItemFrom}
     WHERE f."articleId" = ${ref.articleId} AND f."mentionKey" = ${ref.mentionKey}`;
  return rows[0] ? aidFigureItemOf(rows[0]) : null;
}

export interface AidQueueCounts {
  /** Unreviewed figures the extractor flagged. */
  needsReview: number;
  /** Reviewed figures whose extracted text changed since. */
  outdated: number;
  /** Other unreviewed aid figures. */
  unreviewed: number;
  confirmed: number;
  corrected: number;
  rejected: number;
}

/** How much is left to review (for the queue's header), under the same filters. */
export async function countAidQueue(db: Db, filters: AidFigureFilters): Promise<AidQueueCounts> {
  const conditions = [...aidFigureConditions(filters), Prisma.sql`(f."isAid" OR f."reviewNeeded" OR f."reviewState" <> 'unreviewed')`];
  const [row] = await db.$queryRaw<Array<Record<keyof AidQueueCounts, number>>>`
    SELECT count(*) FILTER (WHERE f."reviewState" = 'unreviewed' AND f."reviewNeeded")::int AS "needsReview",
           count(*) FILTER (WHERE f."reviewOutdated")::int AS outdated,
           count(*) FILTER (WHERE f."reviewState" = 'unreviewed' AND NOT f."reviewNeeded")::int AS unreviewed,
           count(*) FILTER (WHERE f."reviewState" = 'confirmed')::int AS confirmed,
           count(*) FILTER (WHERE f."reviewState" = 'corrected')::int AS corrected,
           count(*) FILTER (WHERE f."reviewState" = 'rejected')::int AS rejected
      FROM "AidFigure" f JOIN "Article" a ON a.id = f."articleId"
      ${whereAll(conditions)}`;
  const value = (key: keyof AidQueueCounts) => Number(row?.[key] ?? 0);
  return {
    needsReview: value("needsReview"),
    outdated: value("outdated"),
    unreviewed: value("unreviewed"),
    confirmed: value("confirmed"),
    corrected: value("corrected"),
    rejected: value("rejected"),
  };
}

/** Donor and recipient names in use (the correction form's suggestions), most frequent first. */
export async function listAidParties(db: Db, limit = 200): Promise<{ donors: string[]; recipients: string[] }> {
  const rows = await db.$queryRaw<Array<{ kind: string; name: string }>>`
    (SELECT 'donor' AS kind, donor AS name FROM "AidFigure" WHERE donor IS NOT NULL AND "isAid" GROUP BY donor ORDER BY count(*) DESC, donor LIMIT ${limit})
    UNION ALL
    (SELECT 'recipient', recipient FROM "AidFigure" WHERE recipient IS NOT NULL AND "isAid" GROUP BY recipient ORDER BY count(*) DESC, recipient LIMIT ${limit})`;
  return {
    donors: rows.filter((row) => row.kind === "donor").map((row) => row.name),
    recipients: rows.filter((row) => row.kind === "recipient").map((row) => row.name),
  };
}
