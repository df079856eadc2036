import type { Prisma } from "../generated/prisma/client.js";
import { anyOf } from "./article-filters.js";

type Db = Prisma.TransactionClient;

/** One row of the article list: what the list, its export and the topic pages show. */
export interface ArticleListItem {
  id: string;
  title: string;
  url: string;
  canonicalUrl: string;
  format: string;
  author: string | null;
  language: string;
  script: string | null;
  publishedAt: Date | null;
  archivedAt: Date | null;
  charCount: number;
  image: Prisma.JsonValue | null;
  duplicateOfId: string | null;
  source: { id: string; domain: string; name: string; nameEn: string; synthetic: boolean };
  /** The first 140 characters of the plain text. */
  excerpt: string;
  /** The article's tags, by name. */
  tags: Array<{ id: string; name: string; color: string }>;
  /** Money mentions that are aid figures. */
  aidFigureCount: number;
  /** Other articles flagged as near-duplicates of this one. */
  duplicateCount: number;
}

interface PageRow extends Omit<ArticleListItem, "source"> {
  sourceId: string;
  sourceDomain: string;
  sourceName: string;
  sourceNameEn: string;
  sourceSynthetic: boolean;
}

/**
 * The list shows the excerpt on one line under the title (about 60 Chinese or 120 Latin characters on a laptop):
 * 140 characters fill it; the 240 sent before made up nearly half of a page's bytes (29 of 61 KB), all of it compressed per request.
 */
const excerptLength = 140;

/**
 * The list rows of a page's articles, in the order of `ids` (the key query's order; ids no longer there are left
 * out). One statement on purpose: the list is the dashboard's most frequent request, and measured at 20 concurrent
 * clients its cost was mostly per round trip — Prisma's findMany with the source and tags relations plus a second
 * query for the excerpt and counts took ~3.8 + 1.9 ms of CPU per page of 50, this one ~2 ms. The counts are index
 * lookups per article, never Prisma's `_count`, which aggregates the whole MoneyMention and Article tables before
 * joining the page (seconds at a million articles); the excerpt reads only the text's first characters.
 */
export async function articleListPage(db: Db, ids: readonly string[]): Promise<ArticleListItem[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<PageRow[]>`
    SELECT a.id, a.title, a.url, a."canonicalUrl", a.format, a.author, a.language, a.script, a."publishedAt",
           a."archivedAt", a."charCount", a.image, a."duplicateOfId",
           s.id AS "sourceId", s.domain AS "sourceDomain", s.name AS "sourceName", s."nameEn" AS "sourceNameEn",
           s.synthetic AS "sourceSynthetic",
           left(a.text, ${excerptLength}) AS excerpt,
           (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY t.name, t.id), '[]'::json)
              FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId"
             WHERE at."articleId" = a.id) AS tags,
           (SELECT count(*) FROM "MoneyMention" m WHERE m."articleId" = a.id AND m."isAid")::int AS "aidFigureCount",
           (SELECT count(*) FROM "Article" d WHERE d."duplicateOfId" = a.id)::int AS "duplicateCount"
      FROM "Article" a
      JOIN "Source" s ON s.id = a."sourceId"
     WHERE a.id = ${anyOf(ids)}`;
  const byId = new Map<string, ArticleListItem>();
  for (const row of rows) {
    const { sourceId, sourceDomain, sourceName, sourceNameEn, sourceSynthetic, ...article } = row;
    byId.set(row.id, {
      ...article,
      source: { id: sourceId, domain: sourceDomain, name: sourceName, nameEn: sourceNameEn, synthetic: sourceSynthetic },
    });
  }
  const items: ArticleListItem[] = [];
  for (const id of ids) {
    const item = byId.get(id);
    if (item) items.push(item); // deleted between the key query and this one
  }
  return items;
}
