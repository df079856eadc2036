import type { AidStatus, AidType } from "@newsdesk/parser";
import { Prisma } from "../generated/prisma/client.js";
import { articleConditions } from "../queries/article-filters.js";
import type { ArticleFilters } from "../queries/article-filters.js";
import type { AidFigureRole } from "./article-figures.js";
import type { ConversionStatus } from "./convert-figure.js";
import type { AidReviewState } from "./figure-fields.js";

/**
 * Which figures a list, chart or export covers: the article filters shared with search (source, dates, tags,
 * language, full text …, applied to the figure's article) plus the figure's own fields. A donor, recipient or
 * type given as "" means "not stated".
 */
export interface AidFigureFilters {
  articles?: ArticleFilters | null;
  roles?: AidFigureRole[] | null;
  reviewStates?: AidReviewState[] | null;
  /** Stages (POLICY.md `status`): e.g. only committed and delivered aid. */
  statuses?: AidStatus[] | null;
  aidTypes?: Array<AidType | ""> | null;
  donor?: string | null;
  recipient?: string | null;
  currency?: string | null;
  conversions?: ConversionStatus[] | null;
  /** The figure's day (its article's publication day, else archive day) in [from, to), YYYY-MM-DD. */
  figureFrom?: string | null;
  figureTo?: string | null;
  /** Only figures with (present) or without (missing: also undated) a value in this chart currency. */
  value?: { currency: "USD" | "EUR"; present: boolean } | null;
  /** Keys of a dimension to leave out (a chart's "other" series is everything but its named series). */
  exclude?: { dimension: "donor" | "recipient" | "aidType"; keys: string[] } | null;
}

const dimensionColumn = { donor: `COALESCE(f.donor, '')`, recipient: `COALESCE(f.recipient, '')`, aidType: `COALESCE(f."aidType", '')` } as const;

const jsonList = (values: readonly string[]) => Prisma.sql`(SELECT json_array_elements_text(${JSON.stringify(values)}::json))`;
const present = <T>(values: readonly T[] | null | undefined): values is readonly T[] => Array.isArray(values) && values.length > 0;

/** SQL conditions on AidFigure `f` joined with its Article `a`. */
export function aidFigureConditions(filters: AidFigureFilters): Prisma.Sql[] {
  const conditions = filters.articles ? articleConditions(filters.articles).conditions : [];
  if (present(filters.roles)) conditions.push(Prisma.sql`f.role IN ${jsonList(filters.roles)}`);
  if (present(filters.reviewStates)) conditions.push(Prisma.sql`f."reviewState"::text IN ${jsonList(filters.reviewStates)}`);
  if (present(filters.statuses)) conditions.push(Prisma.sql`f.status IN ${jsonList(filters.statuses)}`);
  if (present(filters.aidTypes)) conditions.push(Prisma.sql`COALESCE(f."aidType", '') IN ${jsonList(filters.aidTypes)}`);
  if (filters.donor !== undefined && filters.donor !== null) conditions.push(Prisma.sql`COALESCE(f.donor, '') = ${filters.donor}`);
  if (filters.recipient !== undefined && filters.recipient !== null) conditions.push(Prisma.sql`COALESCE(f.recipient, '') = ${filters.recipient}`);
  if (filters.currency) conditions.push(Prisma.sql`f.currency = ${filters.currency.toUpperCase()}`);
  if (present(filters.conversions)) conditions.push(Prisma.sql`f.conversion IN ${jsonList(filters.conversions)}`);
  if (filters.figureFrom) conditions.push(Prisma.sql`f."figureDate" >= ${filters.figureFrom}::date`);
  if (filters.figureTo) conditions.push(Prisma.sql`f."figureDate" < ${filters.figureTo}::date`);
  if (filters.value) {
    const column = valueColumn(filters.value.currency);
    conditions.push(
      filters.value.present
        ? Prisma.sql`(${column} IS NOT NULL AND f."figureDate" IS NOT NULL)`
        : Prisma.sql`(${column} IS NULL OR f."figureDate" IS NULL)`,
    );
  }
  if (filters.exclude && filters.exclude.keys.length > 0) {
    conditions.push(Prisma.sql`${Prisma.raw(dimensionColumn[filters.exclude.dimension])} NOT IN ${jsonList(filters.exclude.keys)}`);
  }
  return conditions;
}

export function whereAll(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** The value column for a chart currency (whitelisted, never user text). */
export function valueColumn(currency: "USD" | "EUR"): Prisma.Sql {
  return currency === "EUR" ? Prisma.raw(`f."eurValue"`) : Prisma.raw(`f."usdValue"`);
}
