import { z } from "zod";
import { articleBlockSchema } from "./article-block.js";
import { moneyMentionSchema } from "./money-mention.js";

/** The archive file variants (see the package README): F1 seed, F2 Jekyll front matter, F3 `日期：` only, F6 both. */
export const archiveFormatSchema = z.enum(["F1", "F2", "F3", "F6"]);
export type ArchiveFormat = z.infer<typeof archiveFormatSchema>;

const isoDateTime = z.iso.datetime({ offset: false });

export const articleSourceSchema = z.object({
  /** Host of the article URL, lower case, "www." kept (e.g. "www.voachinese.com"). */
  domain: z.string(),
  /** Name in the source's own language, e.g. "美国之音"; the domain when the source is not in the table. */
  name: z.string(),
  /** English name, e.g. "VOA Chinese"; the domain when unknown. */
  nameEn: z.string(),
  /** Whether the domain is in the table of known sources. */
  known: z.boolean(),
});
export type ArticleSource = z.infer<typeof articleSourceSchema>;

export const publishedAtDetailSchema = z.object({
  /** The date as written in the file. */
  raw: z.string(),
  /**
   * Where it was found: the site's date div, the `日期：` line, the front matter, a `<time>` in the body,
   * or, when the file holds no readable date, the article's address ("url": RFA's time stamp, "/2020/07/18/").
   */
  origin: z.enum(["date-div", "date-line", "front-matter", "body-byline", "url"]),
  /** The time zone used to read it: an offset written in the date ("+0000"), or the site's zone (IANA name). */
  zone: z.string(),
  /** True when the file gave no zone and the site's usual zone was assumed. */
  zoneAssumed: z.boolean(),
  /** How much of the time was written: "day" dates are read as midnight in `zone`. */
  precision: z.enum(["day", "minute", "second"]),
});
export type PublishedAtDetail = z.infer<typeof publishedAtDetailSchema>;

export const articleImageSchema = z.object({
  /** De-proxied URL (images.weserv.nl `?url=` forms resolved, scheme added). */
  url: z.string(),
  /** The URL as written when it went through the proxy, otherwise null. */
  proxiedUrl: z.string().nullable(),
  caption: z.string().nullable(),
  /** Canonical short credit, e.g. "AP" for “（美联社照片）”. */
  credit: z.string().nullable(),
  /** The credit as written, e.g. "美联社". */
  creditText: z.string().nullable(),
});
export type ArticleImage = z.infer<typeof articleImageSchema>;

export const articleLinkSchema = z.object({ href: z.string(), text: z.string() });
export type ArticleLink = z.infer<typeof articleLinkSchema>;

/** A bilingual name pair written 中文名（English Name）. */
export const articleEntitySchema = z.object({ zh: z.string(), en: z.string() });
export type ArticleEntity = z.infer<typeof articleEntitySchema>;

/** Warning codes: no-date, date-unreadable, date-after-archive, empty-body, excerpt, empty-title, no-date-line, front-matter-line, unknown-source. */
export const parseWarningSchema = z.object({ code: z.string(), message: z.string() });
export type ParseWarning = z.infer<typeof parseWarningSchema>;

export const articleRecordSchema = z.object({
  /** File name (base name) the record came from. */
  file: z.string(),
  format: archiveFormatSchema,
  /** Stable key: hex SHA-256 (all 64 digits) of `canonicalUrl`. */
  id: z.string(),
  /** Hex SHA-256 of `text` after NFC and collapsing whitespace runs to one space (same text ⇒ same hash, whatever the URL). */
  contentHash: z.string(),
  /** From the `<!--epoch ms-->` comment; null for F3. */
  archivedAt: isoDateTime.nullable(),
  title: z.string(),
  /** URL as written in the file. */
  url: z.string(),
  canonicalUrl: z.string(),
  source: articleSourceSchema,
  /** Publication date (UTC), from the date div, the 日期： line, the front matter or a <time> element; null when none. */
  publishedAt: isoDateTime.nullable(),
  publishedAtDetail: publishedAtDetailSchema.nullable(),
  /** Byline (date div, 作者： line, front matter author that is a person, reporter note, poster), or null. */
  author: z.string().nullable(),
  /** ISO 639-1 code of the body text: "zh", "en", … */
  language: z.string(),
  /** ISO 15924 script for Chinese text, null otherwise. */
  script: z.enum(["Hans", "Hant"]).nullable(),
  /** The lead (first) image, or null. */
  image: articleImageSchema.nullable(),
  /** The body in reading order. */
  blocks: z.array(articleBlockSchema),
  /** Plain text: the text blocks (not images or embeds) joined by "\n\n"; a <br> inside a block is "\n". */
  text: z.string(),
  /** Characters (code points) of `text` that are not whitespace. */
  charCount: z.number().int().nonnegative(),
  /** Links of the body, absolute, in order, unique; boilerplate links left out. */
  links: z.array(articleLinkSchema),
  /** `tags` of the front matter (F2), else []. */
  tags: z.array(z.string()),
  /** `categories` of the front matter (F2), else []. */
  categories: z.array(z.string()),
  /** The site's own topic tags found in the body (China Digital Times' "Post tags: …"), else []. */
  keywords: z.array(z.string()),
  /** Bilingual pairs written 中文名（English Name）, once each, in order of appearance. */
  entities: z.array(articleEntitySchema),
  /** Money and aid figures of `title` and `text` (src/money, ../shared/aid/POLICY.md). */
  moneyMentions: z.array(moneyMentionSchema),
  /** What is missing or doubtful: codes such as "no-date", "empty-body", "excerpt" (see the README). */
  warnings: z.array(parseWarningSchema),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
