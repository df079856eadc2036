import { z } from "zod";
import { Prisma } from "../generated/prisma/client.js";
import { InvalidCursorError } from "./article-cursor.js";
import { articleConditions, utcTimestamp, whereClause } from "./article-filters.js";
import type { ArticleFilters } from "./article-filters.js";

type Db = Prisma.TransactionClient;

/**
 * A topic's articles in date order: the article's day is its publication time, else its archive time (the same
 * rule as the timeline's counts and the aid figures' days); articles with neither come last in either direction.
 * Keyset pages merge two index-ordered streams — (publishedAt, id) for articles with a publication time, and
 * (archivedAt, id) for those with only an archive time — so no page sorts the whole topic.
 */
export const topicArticleSelect = {
  id: true,
  title: true,
  url: true,
  language: true,
  publishedAt: true,
  archivedAt: true,
  duplicateOfId: true,
  source: { select: { id: true, domain: true, name: true, nameEn: true } },
  tags: { select: { tag: { select: { id: true, name: true, color: true } } }, orderBy: { tag: { name: "asc" } } },
} satisfies Prisma.ArticleSelect;

type Row = Prisma.ArticleGetPayload<{ select: typeof topicArticleSelect }>;

export type TopicArticle = Omit<Row, "tags"> & {
  tags: Array<{ id: string; name: string; color: string }>;
  /** publishedAt, else archivedAt; null when the article has neither. */
  date: Date | null;
  dateBasis: "published" | "archived" | null;
};

export interface ListTopicArticlesParams {
  /** The topic's article set (a tag topic is `{ tagIds: [tagId] }`; a search topic is its saved search's filters). */
  filters: ArticleFilters;
  /** Default "asc" (oldest first: a timeline reads forwards). */
  direction?: "asc" | "desc";
  cursor?: string | null;
  /** 1–200, default 50. */
  limit?: number;
}

const cursorSchema = z.object({ d: z.enum(["asc", "desc"]), p: z.enum(["dated", "undated"]), v: z.string().nullable(), id: z.string().min(1) });
type TopicCursor = z.infer<typeof cursorSchema>;

function decodeCursor(text: string, direction: "asc" | "desc"): TopicCursor {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (parsed.success && parsed.data.d === direction && (parsed.data.v === null || !Number.isNaN(Date.parse(parsed.data.v)))) return parsed.data;
  } catch {
    // fall through
  }
  throw new InvalidCursorError("The page cursor is not valid: start from the first page");
}

interface Key {
  id: string;
  at: Date | null;
}

export async function listTopicArticles(db: Db, params: ListTopicArticlesParams): Promise<{ items: TopicArticle[]; nextCursor: string | null }> {
  const direction = params.direction ?? "asc";
  const limit = Math.min(Math.max(Math.trunc(params.limit ?? 50), 1), 200);
  const cursor = params.cursor ? decodeCursor(params.cursor, direction) : null;
  const { conditions } = articleConditions(params.filters);
  const order = Prisma.raw(direction === "asc" ? "ASC" : "DESC");
  const after = Prisma.raw(direction === "asc" ? ">" : "<");
  const want = limit + 1;

  let keys: Key[] = [];
  if (!cursor || cursor.p === "dated") {
    const stream = async (column: "publishedAt" | "archivedAt", only: Prisma.Sql[]) => {
      const col = Prisma.raw(`a."${column}"`);
      const past = cursor ? [Prisma.sql`(${col}, a.id) ${after} (${utcTimestamp(new Date(cursor.v!))}, ${cursor.id})`] : [];
      return db.$queryRaw<Key[]>`
        SELECT a.id, ${col} AS at FROM "Article" a
         ${whereClause([...conditions, ...only, Prisma.sql`${col} IS NOT NULL`, ...past])}
         ORDER BY ${col} ${order}, a.id ${order}
         LIMIT ${want}`;
    };
    const published = await stream("publishedAt", []);
    const archivedOnly = await stream("archivedAt", [Prisma.sql`a."publishedAt" IS NULL`]);
    const sign = direction === "asc" ? 1 : -1;
    keys = [...published, ...archivedOnly]
      .sort((x, y) => sign * (x.at!.getTime() - y.at!.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)))
      .slice(0, want);
  }
  if (keys.length < want) {
    const past = cursor?.p === "undated" ? [Prisma.sql`a.id ${after} ${cursor.id}`] : [];
    const undated = await db.$queryRaw<Key[]>`
      SELECT a.id, NULL::timestamp AS at FROM "Article" a
       ${whereClause([...conditions, Prisma.sql`a."publishedAt" IS NULL`, Prisma.sql`a."archivedAt" IS NULL`, ...past])}
       ORDER BY a.id ${order}
       LIMIT ${want - keys.length}`;
    keys = [...keys, ...undated];
  }

  const page = keys.slice(0, limit);
  const rows = await db.article.findMany({ where: { id: { in: page.map((key) => key.id) } }, select: topicArticleSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: TopicArticle[] = [];
  for (const key of page) {
    const row = byId.get(key.id);
    if (!row) continue; // deleted between the two queries
    const { tags, ...rest } = row;
    const date = row.publishedAt ?? row.archivedAt;
    items.push({ ...rest, tags: tags.map((link) => link.tag), date, dateBasis: row.publishedAt ? "published" : row.archivedAt ? "archived" : null });
  }
  const last = page[page.length - 1];
  const nextCursor =
    keys.length > limit && last
      ? Buffer.from(
          JSON.stringify({ d: direction, p: last.at ? "dated" : "undated", v: last.at ? last.at.toISOString() : null, id: last.id } satisfies TopicCursor),
        ).toString("base64url")
      : null;
  return { items, nextCursor };
}
