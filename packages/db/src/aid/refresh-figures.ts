import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { loadRateQuotes } from "../rates/rate-quotes.js";
import { computeArticleFigures } from "./article-figures.js";
import type { AidFigureRow, StoredMention } from "./article-figures.js";
import { quotesNeeded } from "./convert-figure.js";
import { fieldsFromJson } from "./figure-fields.js";
import type { AidReviewState, ReviewOverlay } from "./figure-fields.js";
import { figureDayOf } from "./article-figures.js";

type Db = Prisma.TransactionClient;

interface MentionRow {
  id: string;
  articleId: string;
  ordinal: number;
  field: string;
  sentence: string;
  surface: string;
  start: number;
  amount: number;
  amountHigh: number | null;
  currency: string;
  isAid: boolean;
  aidType: string | null;
  donor: string | null;
  recipient: string | null;
  status: string;
  cumulative: boolean;
  equivalentOf: number | null;
  reviewNeeded: boolean;
}

const ids = (values: readonly string[]) => JSON.stringify(values);
const inIds = `(SELECT json_array_elements_text($1::json))`;

/** AidFigure columns and their SQL types, in the order rows are written. */
const figureColumns: Array<[keyof AidFigureRow & string, string]> = [
  ["mentionId", "text"],
  ["articleId", "text"],
  ["mentionKey", "text"],
  ["amount", "numeric"],
  ["amountHigh", "numeric"],
  ["currency", "text"],
  ["isAid", "boolean"],
  ["aidType", "text"],
  ["donor", "text"],
  ["recipient", "text"],
  ["status", "text"],
  ["cumulative", "boolean"],
  ["equivalentOf", "integer"],
  ["reviewNeeded", "boolean"],
  ["reviewState", "text"],
  ["reviewVersion", "integer"],
  ["reviewOutdated", "boolean"],
  ["role", "text"],
  ["figureDate", "date"],
  ["dateBasis", "text"],
  ["conversion", "text"],
  ["usdValue", "numeric"],
  ["eurValue", "numeric"],
  ["usdValueHigh", "numeric"],
  ["eurValueHigh", "numeric"],
  ["rateCurrency", "text"],
  ["ratePerEur", "numeric"],
  ["rateDate", "date"],
  ["usdPerEur", "numeric"],
  ["usdRateDate", "date"],
  ["rateSource", "text"],
];

const q = (name: string) => `"${name}"`;
const valueOf = (name: string) => (name === "reviewState" ? `r.${q(name)}::"AidReviewState"` : `r.${q(name)}`);

const upsertFiguresSql = `
INSERT INTO "AidFigure" (${figureColumns.map(([name]) => q(name)).join(", ")}, "updatedAt")
SELECT ${figureColumns.map(([name]) => valueOf(name)).join(", ")}, now() AT TIME ZONE 'UTC'
  FROM json_to_recordset($1::json) AS r(${figureColumns.map(([name, type]) => `${q(name)} ${type}`).join(", ")})
 ORDER BY r."mentionId"
ON CONFLICT ("mentionId") DO UPDATE SET
  ${figureColumns
    .filter(([name]) => name !== "mentionId")
    .map(([name]) => `${q(name)} = EXCLUDED.${q(name)}`)
    .join(",\n  ")},
  "updatedAt" = EXCLUDED."updatedAt"`;

/**
 * Re-derives the AidFigure rows of these articles from their money mentions, their editors' reviews and the
 * stored rates, in the caller's transaction. The importer calls it for every article it writes (so corrections
 * are re-applied on re-import), the review procedures for the article they change, and a rate import for all.
 * Returns the number of figures written.
 */
export async function refreshAidFigures(db: Db, articleIds: readonly string[]): Promise<number> {
  const unique = [...new Set(articleIds)].sort();
  if (unique.length === 0) return 0;
  const articles = await db.$queryRawUnsafe<Array<{ id: string; publishedAt: Date | null; archivedAt: Date | null }>>(
    `SELECT id, "publishedAt", "archivedAt" FROM "Article" WHERE id IN ${inIds} ORDER BY id`,
    ids(unique),
  );
  const mentions = await db.$queryRawUnsafe<MentionRow[]>(
    `SELECT id, "articleId", ordinal, field, sentence, surface, start, amount::float8 AS amount,
            "amountHigh"::float8 AS "amountHigh", currency, "isAid", "aidType", donor, recipient, status, cumulative,
            "equivalentOf", "reviewNeeded"
       FROM "MoneyMention" WHERE "articleId" IN ${inIds} ORDER BY "articleId", ordinal`,
    ids(unique),
  );
  const reviews = await db.$queryRawUnsafe<
    Array<{ articleId: string; mentionKey: string; state: AidReviewState; basis: unknown; fields: unknown; version: number }>
  >(
    `SELECT "articleId", "mentionKey", state::text AS state, basis, fields, version
       FROM "AidFigureReview" WHERE "articleId" IN ${inIds}`,
    ids(unique),
  );

  const mentionsByArticle = new Map<string, StoredMention[]>();
  for (const row of mentions) {
    const list = mentionsByArticle.get(row.articleId) ?? [];
    list.push(storedMentionOf(row));
    mentionsByArticle.set(row.articleId, list);
  }
  const reviewsByArticle = new Map<string, Map<string, ReviewOverlay>>();
  for (const row of reviews) {
    const map = reviewsByArticle.get(row.articleId) ?? new Map<string, ReviewOverlay>();
    map.set(row.mentionKey, { state: row.state, basis: fieldsFromJson(row.basis), fields: fieldsFromJson(row.fields), version: Number(row.version) });
    reviewsByArticle.set(row.articleId, map);
  }

  const pairs = articles.flatMap((article) => {
    const { day } = figureDayOf(article);
    return (mentionsByArticle.get(article.id) ?? []).flatMap((mention) => quotesNeeded(mention.fields.currency, day));
  });
  // A reviewed figure may be in another currency than the mention: ask for those rates too.
  for (const article of articles) {
    const { day } = figureDayOf(article);
    for (const review of reviewsByArticle.get(article.id)?.values() ?? []) {
      if (review.fields) pairs.push(...quotesNeeded(review.fields.currency, day));
    }
  }
  const rates = await loadRateQuotes(db, pairs);

  const rows = articles.flatMap((article) =>
    computeArticleFigures(article.id, article, mentionsByArticle.get(article.id) ?? [], reviewsByArticle.get(article.id) ?? new Map(), rates),
  );
  // Figures whose mention is gone (a re-import found fewer) go with it (the foreign key cascades); a stale row of
  // a mention that now has another key is replaced.
  await db.$executeRawUnsafe(
    `DELETE FROM "AidFigure" f WHERE f."articleId" IN ${inIds}
        AND NOT EXISTS (SELECT 1 FROM json_to_recordset($2::json) AS k("mentionId" text, "mentionKey" text)
                         WHERE k."mentionId" = f."mentionId" AND k."mentionKey" = f."mentionKey")`,
    ids(unique),
    JSON.stringify(rows.map((row) => ({ mentionId: row.mentionId, mentionKey: row.mentionKey }))),
  );
  for (let start = 0; start < rows.length; start += 2000) {
    await db.$executeRawUnsafe(upsertFiguresSql, JSON.stringify(rows.slice(start, start + 2000)));
  }
  return rows.length;
}

function storedMentionOf(row: MentionRow): StoredMention {
  return {
    id: row.id,
    ordinal: row.ordinal,
    field: row.field,
    sentence: row.sentence,
    surface: row.surface,
    start: row.start,
    fields: {
      amount: Number(row.amount),
      amountHigh: row.amountHigh === null ? null : Number(row.amountHigh),
      currency: row.currency,
      isAid: row.isAid,
      aidType: row.aidType as StoredMention["fields"]["aidType"],
      donor: row.donor,
      recipient: row.recipient,
      status: row.status as StoredMention["fields"]["status"],
      cumulative: row.cumulative,
    },
    equivalentOf: row.equivalentOf,
    reviewNeeded: row.reviewNeeded,
  };
}

export interface RefreshAllOptions {
  /** Articles per transaction (default 500). */
  pageSize?: number;
  onProgress?: (progress: { articles: number; figures: number }) => void;
}

/**
 * Re-derives every figure, a page of articles per transaction (after a rate import, or `newsdesk aid refresh`
 * after an upgrade). Keyset pages over the mentions' article ids, so memory stays flat at any archive size.
 */
export async function refreshAllAidFigures(db: PrismaClient, options: RefreshAllOptions = {}): Promise<{ articles: number; figures: number }> {
  const pageSize = Math.max(1, options.pageSize ?? 500);
  let after = "";
  const totals = { articles: 0, figures: 0 };
  for (;;) {
    const page = await db.$queryRawUnsafe<Array<{ articleId: string }>>(
      `SELECT DISTINCT "articleId" FROM "MoneyMention" WHERE "articleId" > $1 ORDER BY "articleId" LIMIT ${pageSize}`,
      after,
    );
    if (page.length === 0) break;
    const articleIds = page.map((row) => row.articleId);
    totals.figures += await db.$transaction((tx) => refreshAidFigures(tx, articleIds), { maxWait: 60_000, timeout: 600_000 });
    totals.articles += articleIds.length;
    after = articleIds[articleIds.length - 1]!;
    options.onProgress?.({ ...totals });
  }
  return totals;
}
