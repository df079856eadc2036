import type { Prisma } from "../generated/prisma/client.js";
import type { TermStatistics } from "../search/match-share.js";

type Db = Prisma.TransactionClient;

/** How long a client reuses the statistics it read (ANALYZE changes them rarely; a stale list only costs speed). */
const maxAgeMs = 10 * 60_000;

const cache = new WeakMap<object, { readAt: number; statistics: Promise<TermStatistics | undefined> }>();

/**
 * The share of articles containing each of the most common search index terms, from PostgreSQL's statistics of
 * `Article.searchVector` (`pg_stats.most_common_elems`, 10,000 terms with the column's statistics target; see the
 * search_vector_statistics migration). Read once per client and kept ten minutes. Undefined while the column has
 * no statistics (never analysed), so that searches then ask the index for every bigram as before.
 */
export function searchTermStatistics(db: Db): Promise<TermStatistics | undefined> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.readAt < maxAgeMs) return cached.statistics;
  const statistics = readStatistics(db).catch(() => undefined);
  cache.set(db, { readAt: Date.now(), statistics });
  return statistics;
}

async function readStatistics(db: Db): Promise<TermStatistics | undefined> {
  // most_common_elem_freqs has three more entries than most_common_elems (minimum, maximum, null share): unnest
  // pairs them with null terms, filtered out.
  const rows = await db.$queryRaw<Array<{ term: string; share: number }>>`
    SELECT u.term, u.share::float8 AS share
      FROM pg_stats s
     CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(term, share)
     WHERE s.schemaname = current_schema() AND s.tablename = 'Article' AND s.attname = 'searchVector'
       AND u.term IS NOT NULL`;
  if (rows.length === 0) return undefined;
  const shares = new Map(rows.map((row) => [row.term, Number(row.share)]));
  const terms = [...shares.keys()];
  return {
    share: (term) => shares.get(term),
    floor: Math.min(...shares.values()),
    listsPrefix: (prefix) => terms.some((term) => term.startsWith(prefix)),
  };
}
