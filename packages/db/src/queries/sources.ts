import type { Prisma } from "../generated/prisma/client.js";

type Db = Prisma.TransactionClient;

export const sourceSelect = {
  id: true,
  domain: true,
  name: true,
  nameEn: true,
  known: true,
  synthetic: true,
} satisfies Prisma.SourceSelect;

export type SourceRecord = Prisma.SourceGetPayload<{ select: typeof sourceSelect }> & { articleCount: number };

/** Every source with its number of articles, most articles first (for the source filter). */
export async function listSources(db: Db): Promise<SourceRecord[]> {
  const [sources, counts] = await Promise.all([
    db.source.findMany({ select: sourceSelect }),
    db.article.groupBy({ by: ["sourceId"], _count: { _all: true } }),
  ]);
  const bySource = new Map(counts.map((row) => [row.sourceId, row._count._all]));
  return sources
    .map((source) => ({ ...source, articleCount: bySource.get(source.id) ?? 0 }))
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
}
