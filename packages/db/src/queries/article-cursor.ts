import { z } from "zod";

/**
 * Keyset cursors of the article list: the sort values of the last row shown, opaque to clients (base64url JSON).
 * Rows without the sort date come after every dated row, whatever the direction ("undated" phase).
 */
const cursorSchema = z.object({
  /** Sort the cursor was made for; a cursor is refused under another sort. */
  s: z.enum(["publishedAt", "archivedAt", "relevance"]),
  d: z.enum(["asc", "desc"]),
  /** dated: value holds the sort date; undated: rows whose sort date is null. */
  p: z.enum(["dated", "undated"]),
  v: z.string().nullable(),
  /** Relevance rank (relevance sort only). */
  r: z.number().int().nonnegative().optional(),
  id: z.string().min(1),
});

export type ArticleCursor = z.infer<typeof cursorSchema>;

export class InvalidCursorError extends Error {
  readonly code = "INVALID_CURSOR";

  constructor(message: string) {
    super(message);
    this.name = "InvalidCursorError";
  }
}

export function encodeArticleCursor(cursor: ArticleCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeArticleCursor(text: string, sort: ArticleCursor["s"], direction: ArticleCursor["d"]): ArticleCursor {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError("The page cursor is not valid: start from the first page");
  }
  const parsed = cursorSchema.safeParse(data);
  if (!parsed.success) throw new InvalidCursorError("The page cursor is not valid: start from the first page");
  if (parsed.data.s !== sort || parsed.data.d !== direction) {
    throw new InvalidCursorError("The page cursor belongs to another sort order: start from the first page");
  }
  if (parsed.data.v !== null && Number.isNaN(Date.parse(parsed.data.v))) {
    throw new InvalidCursorError("The page cursor is not valid: start from the first page");
  }
  return parsed.data;
}
