import { z } from "zod";

/**
 * What the article list shows: the search, filters and sort. One object, three uses: the page's URL (so a search
 * can be bookmarked and shared), a saved search's stored query, and the export's filters.
 */
export const articleSorts = ["published-desc", "published-asc", "archived-desc"] as const;
export const duplicateModes = ["include", "exclude", "only"] as const;

const day = z.iso.date();

export const articleQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  /** Source ids (stable digests of the source's domain). */
  sources: z.array(z.string().min(1).max(64)).max(50).default([]),
  /** Inclusive first and last publication day (UTC), YYYY-MM-DD. */
  from: day.optional(),
  to: day.optional(),
  /** Tag ids: an article carrying any of them matches. */
  tags: z.array(z.string().min(1).max(64)).max(20).default([]),
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
  /** Has money mentions recorded as aid (yes), or none (no). */
  aid: z.enum(["yes", "no"]).optional(),
  duplicates: z.enum(duplicateModes).default("include"),
  sort: z.enum(articleSorts).default("published-desc"),
});

export type ArticleQuery = z.infer<typeof articleQuerySchema>;
export type ArticleQueryInput = z.input<typeof articleQuerySchema>;

export const emptyArticleQuery: ArticleQuery = articleQuerySchema.parse({});

/** URL parameter names (short, readable in a shared link). */
const param = { q: "q", sources: "source", from: "from", to: "to", tags: "tag", language: "lang", aid: "aid", duplicates: "dup", sort: "sort" } as const;

type ParamSource = { get(name: string): string | null; getAll(name: string): string[] };

/**
 * Reads a query from URL parameters, dropping what does not validate (a hand-edited link still opens; the bad
 * part is ignored rather than failing the page).
 */
export function articleQueryFromParams(params: ParamSource): ArticleQuery {
  const raw: Record<string, unknown> = {
    q: params.get(param.q) ?? undefined,
    sources: params.getAll(param.sources),
    from: params.get(param.from) ?? undefined,
    to: params.get(param.to) ?? undefined,
    tags: params.getAll(param.tags),
    language: params.get(param.language) ?? undefined,
    aid: params.get(param.aid) ?? undefined,
    duplicates: params.get(param.duplicates) ?? undefined,
    sort: params.get(param.sort) ?? undefined,
  };
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = articleQuerySchema.shape[key as keyof typeof articleQuerySchema.shape];
    const parsed = field.safeParse(value);
    if (parsed.success) result[key] = parsed.data;
  }
  return articleQuerySchema.parse(result);
}

/** The query as URL parameters, leaving out defaults so links stay short. */
export function articleQueryToParams(query: ArticleQueryInput): URLSearchParams {
  const full = articleQuerySchema.parse(query);
  const params = new URLSearchParams();
  if (full.q) params.set(param.q, full.q);
  for (const source of full.sources) params.append(param.sources, source);
  if (full.from) params.set(param.from, full.from);
  if (full.to) params.set(param.to, full.to);
  for (const tag of full.tags) params.append(param.tags, tag);
  if (full.language) params.set(param.language, full.language);
  if (full.aid) params.set(param.aid, full.aid);
  if (full.duplicates !== emptyArticleQuery.duplicates) params.set(param.duplicates, full.duplicates);
  if (full.sort !== emptyArticleQuery.sort) params.set(param.sort, full.sort);
  return params;
}

/** True when the query filters nothing (the list shows the whole archive). */
export function isEmptyArticleQuery(query: ArticleQuery): boolean {
  return articleQueryToParams(query).toString() === "";
}
