import { decodeHTML } from "entities";
import { type DateCandidate, pickPublishedAtOrFromUrl } from "../dates/published-at.js";
import { type FrontMatter, frontMatterList, frontMatterString } from "../envelope/front-matter.js";
import type { Envelope } from "../envelope/read-envelope.js";
import { ParseError } from "../errors.js";
import { walkBody } from "../html/body-walker.js";
import { MAX_OPEN_ELEMENTS } from "../html/shared-tokenizer.js";
import { cleanInlineText, decodeLeftoverEntities } from "../html/text-normalize.js";
import { extractBilingualNames } from "../entities/bilingual-names.js";
import { detectLanguage } from "../language/detect-language.js";
import { extractMoneyMentions } from "../money/index.js";
import type { ArticleRecord, ParseWarning } from "../schema/article-record.js";
import { type KnownSource, lookUpSource } from "../sources/known-sources.js";
import { canonicalizeUrl, readArticleUrl } from "../urls/canonical-url.js";
import { articleText } from "./article-text.js";
import { findAuthor } from "./author.js";
import { firstVideoPoster, leadImage } from "./lead-image.js";
import { countChars, normalizeArticleTextForHash, sha256Hex } from "./digests.js";
import { finishBlocks } from "./finish-blocks.js";

/** Zone for sources not in the table: dates without a zone are then read as UTC (and said so). */
const UNKNOWN_SOURCE_ZONE = "UTC";
/** A publication date this long after the archive time is suspect. */
const FUTURE_TOLERANCE_MS = 2 * 24 * 3600 * 1000;

export interface BuildOptions {
  /** Run the money extractor (off: `moneyMentions` stays empty). */
  moneyMentions: boolean;
}

/** Builds the article record from the split file. */
export function buildRecord(envelope: Envelope, file: string, options: BuildOptions): ArticleRecord {
  const url = readArticleUrl(envelope.url);
  if (url === null) {
    throw new ParseError("INVALID_URL", `The title line's URL "${envelope.url}" is not an absolute http(s) URL.`, { file });
  }
  const { domain, source } = lookUpSource(url.hostname);
  const siteZone = source?.zone ?? UNKNOWN_SOURCE_ZONE;
  // A literal rather than a spread copy: V8 then learns to allocate it ready for objects (a copy of an
  // empty list starts as a list of small integers, and the first warning pushed deoptimised this function).
  const warnings: ParseWarning[] = [];
  for (const warning of envelope.warnings) warnings.push(warning);
  const fm = envelope.frontMatter;

  const title = readTitle(envelope.title, fm, source);
  if (title === "") warnings.push({ code: "empty-title", message: "The title line has an empty title." });

  const walk = walkBody(envelope.body, url);
  if (walk.truncated) {
    warnings.push({ code: "body-truncated", message: `The body nests more than ${MAX_OPEN_ELEMENTS} elements deep; it was read up to there.` });
  }
  const body = finishBlocks(walk, title, siteZone, url.href);
  const text = articleText(body.blocks);
  if (text === "") warnings.push({ code: "empty-body", message: "The body holds no article text." });
  if (body.excerpt) warnings.push({ code: "excerpt", message: "The body is a feed excerpt, not the full article." });

  const candidates: DateCandidate[] = [];
  if (body.dateDiv) candidates.push({ raw: body.dateDiv.raw, origin: "date-div" });
  if (envelope.dateLine !== null) candidates.push({ raw: envelope.dateLine, origin: "date-line" });
  const fmDate = frontMatterString(fm, "date");
  if (fmDate) candidates.push({ raw: fmDate, origin: "front-matter" });
  for (const time of walk.times) candidates.push({ raw: time.datetime || time.text, origin: "body-byline" });
  const { publishedAt, unreadable } = pickPublishedAtOrFromUrl(candidates, url, siteZone);
  for (const candidate of unreadable) {
    warnings.push({ code: "date-unreadable", message: `Could not read the ${candidate.origin} date "${candidate.raw}".` });
  }
  if (publishedAt === null) warnings.push({ code: "no-date", message: "No publication date was found." });
  const archivedAt = envelope.archivedAtMs === null ? null : new Date(envelope.archivedAtMs).toISOString();
  if (publishedAt && envelope.archivedAtMs !== null && Date.parse(publishedAt.iso) - envelope.archivedAtMs > FUTURE_TOLERANCE_MS) {
    warnings.push({ code: "date-after-archive", message: "The publication date is days after the archive time." });
  }

  if (source === null) warnings.push({ code: "unknown-source", message: `"${domain}" is not in the known-sources table.` });
  const { language, script } = detectLanguage(title, text, source?.language ?? "und");
  const canonicalUrl = canonicalizeUrl(url, source?.dropParams);
  const tags = decodedList(fm, "tags");
  const categories = decodedList(fm, "categories");

  return {
    file,
    format: envelope.format,
    id: sha256Hex(canonicalUrl),
    contentHash: sha256Hex(normalizeArticleTextForHash(text)),
    archivedAt,
    title,
    url: envelope.url.trim(),
    canonicalUrl,
    source: { domain, name: source?.name ?? domain, nameEn: source?.nameEn ?? domain, known: source !== null },
    publishedAt: publishedAt?.iso ?? null,
    publishedAtDetail: publishedAt?.detail ?? null,
    author: findAuthor({
      byline: body.dateDiv?.byline || body.byline || "",
      frontMatterAuthor: decodeFrontMatterText(frontMatterString(fm, "author")),
      feedNames: bothLists(tags, categories),
      source,
      blocks: body.blocks,
      poster: body.poster,
    }),
    language,
    script,
    image: leadImage(body.blocks, language, firstVideoPoster(walk.blocks)),
    blocks: body.blocks,
    text,
    charCount: countChars(text),
    links: body.links,
    tags,
    categories,
    keywords: body.keywords,
    entities: extractBilingualNames(title, text),
    moneyMentions: options.moneyMentions
      ? extractMoneyMentions({ title, text, publishedAt: publishedAt?.iso ?? null, language })
      : [],
    warnings,
  };
}

function readTitle(written: string, fm: FrontMatter | null, source: KnownSource | null): string {
  let title = cleanInlineText(decodeLeftoverEntities(decodeHTML(written)));
  if (title === "") title = cleanInlineText(decodeLeftoverEntities(decodeHTML(frontMatterString(fm, "title"))));
  if (source?.titlePrefix) title = title.replace(source.titlePrefix, "");
  return source?.titleSuffix ? title.replace(source.titleSuffix, "") : title;
}

/**
 * `[...a, ...b]` by index. A spread or concat inlined into buildRecord checks each list's elements
 * kind: an empty list (SMI kind) after filled ones (object kind) deoptimised all of buildRecord,
 * a large function to recompile.
 */
function bothLists(a: readonly string[], b: readonly string[]): string[] {
  const both: string[] = [];
  for (let i = 0; i < a.length; i++) both.push(a[i]!);
  for (let i = 0; i < b.length; i++) both.push(b[i]!);
  return both;
}

/**
 * A front matter list, decoded, pushed onto a literal. With `.map` an empty list (the F1 files that
 * come first) and a filled one had different array maps; after a full GC the optimised buildRecord
 * met the other one at the first F2 file and was deoptimised ("wrong map"), in two runs over the
 * corpus out of three. The literal's allocation site learns to make every list ready for strings.
 */
function decodedList(fm: FrontMatter | null, key: string): string[] {
  const list: string[] = [];
  for (const value of frontMatterList(fm, key)) list.push(decodeFrontMatterText(value));
  return list;
}

/** Front matter values are plain text, but feeds sometimes leave entities in them. */
function decodeFrontMatterText(value: string): string {
  return value.includes("&") ? cleanInlineText(decodeHTML(value)) : value;
}
