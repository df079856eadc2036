import type { RateLookup } from "../rates/rate-choice.js";
import { convertAmount } from "./convert-figure.js";
import type { Conversion, ConversionStatus } from "./convert-figure.js";
import { effectiveFigure } from "./figure-fields.js";
import type { AidFigureFields, AidReviewState, ReviewOverlay } from "./figure-fields.js";
import { mentionKeysOf } from "./mention-key.js";

/**
 * How the charts count a figure, so that nothing is counted twice:
 * - `tranche`: a new package or payment — summed over time;
 * - `cumulative`: a running total ("自战争开始以来…已提供了约770亿美元") — never added to tranches; charts show the
 *   latest known total per donor → recipient on its own;
 * - `equivalent`: the article's own conversion of another mention ("500亿澳币（约320亿美元）") — the original is
 *   counted once, and only borrows this one's value when its own currency has no rate;
 * - `not-aid` and `rejected` (by an editor): not counted.
 */
export const aidFigureRoles = ["tranche", "cumulative", "equivalent", "not-aid", "rejected"] as const;
export type AidFigureRole = (typeof aidFigureRoles)[number];

/** A MoneyMention row as the figure computation reads it. */
export interface StoredMention {
  id: string;
  ordinal: number;
  field: string;
  sentence: string;
  surface: string;
  start: number;
  fields: AidFigureFields;
  equivalentOf: number | null;
  reviewNeeded: boolean;
}

export interface ArticleDates {
  publishedAt: Date | null;
  archivedAt: Date | null;
}

/** One AidFigure row: the effective figure, how it counts, and its values in USD and EUR with the rates used. */
export interface AidFigureRow extends AidFigureFields {
  mentionId: string;
  articleId: string;
  mentionKey: string;
  ordinal: number;
  equivalentOf: number | null;
  reviewNeeded: boolean;
  reviewState: AidReviewState;
  reviewVersion: number;
  reviewOutdated: boolean;
  role: AidFigureRole;
  /** The day whose rates apply (UTC), and which article date it is. */
  figureDate: string | null;
  dateBasis: "published" | "archived" | null;
  conversion: ConversionStatus;
  usdValue: number | null;
  eurValue: number | null;
  usdValueHigh: number | null;
  eurValueHigh: number | null;
  /** The converted currency's rate (per EUR), its day and source; for via-equivalent, the equivalent's currency. */
  rateCurrency: string | null;
  ratePerEur: number | null;
  rateDate: string | null;
  usdPerEur: number | null;
  usdRateDate: string | null;
  rateSource: string | null;
}

/** The article's day for rates: its publication date (UTC), or the archive date when it has none. */
export function figureDayOf(dates: ArticleDates): { day: string | null; basis: "published" | "archived" | null } {
  if (dates.publishedAt) return { day: dates.publishedAt.toISOString().slice(0, 10), basis: "published" };
  if (dates.archivedAt) return { day: dates.archivedAt.toISOString().slice(0, 10), basis: "archived" };
  return { day: null, basis: null };
}

function roleOf(state: AidReviewState, fields: AidFigureFields, isEquivalent: boolean): AidFigureRole {
  if (state === "rejected") return "rejected";
  if (!fields.isAid) return "not-aid";
  if (isEquivalent) return "equivalent";
  return fields.cumulative ? "cumulative" : "tranche";
}

function conversionColumns(conversion: Conversion, currency: string) {
  return {
    conversion: conversion.status,
    usdValue: conversion.usd,
    eurValue: conversion.eur,
    usdValueHigh: conversion.usdHigh,
    eurValueHigh: conversion.eurHigh,
    rateCurrency: conversion.rate?.currency ?? (conversion.usdRate || conversion.eur !== null ? currency : null),
    ratePerEur: conversion.rate?.perEur ?? null,
    rateDate: conversion.rate?.date ?? null,
    usdPerEur: conversion.usdRate?.perEur ?? null,
    usdRateDate: conversion.usdRate?.date ?? null,
    rateSource: conversion.rate?.source ?? conversion.usdRate?.source ?? null,
  };
}

/**
 * The AidFigure rows of one article: each mention keyed, overlaid by its review (looked up by key, so decisions
 * follow the mention when a re-import renumbers them), converted at the article day's rates, and given its role.
 */
export function computeArticleFigures(
  articleId: string,
  dates: ArticleDates,
  mentions: readonly StoredMention[],
  reviews: ReadonlyMap<string, ReviewOverlay>,
  rates: RateLookup,
): AidFigureRow[] {
  const { day, basis } = figureDayOf(dates);
  const keys = mentionKeysOf(mentions);
  const ordinals = new Set(mentions.map((mention) => mention.ordinal));
  const drafts = mentions.map((mention, index) => {
    const mentionKey = keys[index]!;
    const effective = effectiveFigure(mention.fields, reviews.get(mentionKey) ?? null);
    const conversion = convertAmount(effective.fields, day, rates);
    const isEquivalent = mention.equivalentOf !== null && mention.equivalentOf !== mention.ordinal && ordinals.has(mention.equivalentOf);
    return { mention, mentionKey, effective, conversion, role: roleOf(effective.state, effective.fields, isEquivalent) };
  });

  // An original whose currency has no rate takes the value of the conversion the article gives for it.
  const equivalentOf = new Map<number, (typeof drafts)[number]>();
  for (const draft of drafts) {
    if (draft.mention.equivalentOf !== null && draft.mention.equivalentOf !== draft.mention.ordinal && draft.conversion.usd !== null) {
      if (!equivalentOf.has(draft.mention.equivalentOf)) equivalentOf.set(draft.mention.equivalentOf, draft);
    }
  }

  return drafts.map(({ mention, mentionKey, effective, conversion, role }) => {
    const equivalent = equivalentOf.get(mention.ordinal);
    const borrowed = conversion.usd === null && conversion.eur === null && equivalent !== undefined;
    const columns = borrowed
      ? { ...conversionColumns(equivalent.conversion, equivalent.effective.fields.currency), conversion: "via-equivalent" as const }
      : conversionColumns(conversion, effective.fields.currency);
    return {
      ...effective.fields,
      mentionId: mention.id,
      articleId,
      mentionKey,
      ordinal: mention.ordinal,
      equivalentOf: mention.equivalentOf,
      reviewNeeded: mention.reviewNeeded,
      reviewState: effective.state,
      reviewVersion: effective.version,
      reviewOutdated: effective.outdated,
      role,
      figureDate: day,
      dateBasis: basis,
      ...columns,
    };
  });
}
