import type { Prisma } from "../generated/prisma/client.js";
import { articleConditions, whereClause } from "./article-filters.js";
import type { ArticleFilters } from "./article-filters.js";

type Db = Prisma.TransactionClient;

export interface ArticleFacets {
  total: number;
  sources: Array<{ id: string; name: string; nameEn: string; synthetic: boolean; count: number }>;
  languages: Array<{ language: string; count: number }>;
  years: Array<{ year: number | null; count: number }>;
}

/**
 * Counts of the filtered articles by source, language and year of publication, for the list's filter sidebar.
 * One aggregate over the matching rows: fast with a search or filters, a table scan without (cache it then).
 */
export async function articleFacets(db: Db, filters: ArticleFilters = {}): Promise<ArticleFacets> {
  const { conditions } = articleConditions(filters);
  const rows = await db.$queryRaw<Array<{ sourceId: string; language: string; year: number | null; count: bigint | number }>>`
    SELECT a."sourceId", a.language, EXTRACT(YEAR FROM a."publishedAt")::int AS year, count(*) AS count
      FROM "Article" a ${whereClause(conditions)}
     GROUP BY 1, 2, 3`;
  const bySource = new Map<string, number>();
  const byLanguage = new Map<string, number>();
  const byYear = new Map<number | null, number>();
  let total = 0;
  for (const row of rows) {
    const count = Number(row.count);
    total += count;
    bySource.set(row.sourceId, (bySource.get(row.sourceId) ?? 0) + count);
    byLanguage.set(row.language, (byLanguage.get(row.language) ?? 0) + count);
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + count);
  }
  const sources = await db.source.findMany({
    where: { id: { in: [...bySource.keys()] } },
    select: { id: true, name: true, nameEn: true, synthetic: true },
  });
  return {
    total,
    sources: sources
      .map((source) => ({ ...source, count: bySource.get(source.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    languages: [...byLanguage].map(([language, count]) => ({ language, count })).sort((a, b) => b.count - a.count),
    years: [...byYear]
      .map(([year, count]) => ({ year, count }))
      .sort((a, b) => (b.year ?? -1) - (a.year ?? -1)),
  };
}
