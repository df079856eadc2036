import type { PublishedAtDetail } from "../schema/article-record.js";
import { type ReadDate, readDate } from "./date-styles.js";
import { dateInUrl } from "./url-date.js";

/** A date found somewhere in the file, before it is read. */
export interface DateCandidate {
  raw: string;
  origin: PublishedAtDetail["origin"];
  /** The text to read when `raw` is not a date style by itself (a date taken from the address). */
  readAs?: string;
}

export interface PublishedAt {
  iso: string;
  detail: PublishedAtDetail;
}

export interface PublishedAtResult {
  publishedAt: PublishedAt | null;
  /** Candidates that were found but could not be read (for a `date-unreadable` warning). */
  unreadable: DateCandidate[];
}

/** A date with a time beats a bare day; minutes and seconds count alike (RFI's "20/07/2020 - 11:35"). */
const PRECISION_RANK: Record<ReadDate["precision"], number> = { day: 0, minute: 1, second: 1 };

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Picks the publication date among the candidates, which come in order of trust (date div, 日期 line,
 * front matter, `<time>` in the body): the first readable one with a time of day wins, else the first
 * day-only one. So BBC's day-only "2020年6月25日" yields to the front matter's timestamp, while the
 * site's own date div (Reuters, RFI) wins over the feed's — unless the body's day comes before the
 * front matter's day, or the body's first time stamp before the front matter's time: the front
 * matter's is then the feed's update.
 */
export function pickPublishedAt(candidates: readonly DateCandidate[], siteZone: string): PublishedAtResult {
  let best: { candidate: DateCandidate; read: ReadDate } | null = null;
  let bodyDay: { candidate: DateCandidate; read: ReadDate } | null = null;
  let bodyTime: { candidate: DateCandidate; read: ReadDate } | null = null;
  const unreadable: DateCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.raw.trim() === "") continue;
    let read = readDate(candidate.readAs ?? candidate.raw, siteZone);
    // A body time stamp on the hour exactly (The Economist's "2020-07-30T00:00:00Z", "…T04:00:00Z", midnight
    // in New York) is a day written as a time: the site gives no time of day.
    if (read !== null && candidate.origin === "body-byline" && read.precision !== "day" && read.ms % HOUR_MS === 0) {
      read = { ...read, precision: "day" };
    }
    if (read === null) {
      unreadable.push(candidate);
      continue;
    }
    if (best === null || PRECISION_RANK[read.precision] > PRECISION_RANK[best.read.precision]) {
      best = { candidate, read };
    }
    if (candidate.origin === "body-byline" && read.precision === "day" && (bodyDay === null || read.ms < bodyDay.read.ms)) {
      bodyDay = { candidate, read };
    }
    if (candidate.origin === "body-byline" && read.precision !== "day" && bodyTime === null) bodyTime = { candidate, read };
  }
  if (best === null) return { publishedAt: null, unreadable };
  // The front matter's date is the feed's (an update, or the archiving): when the article's own day in
  // the body came before it (BBC's <time>2020年11月5日</time> under a feed date of 6 November), that day is
  // when it was published.
  if (best.candidate.origin === "front-matter" && bodyDay !== null && bodyDay.read.ms + DAY_MS <= best.read.ms) best = bodyDay;
  // Likewise the site's own time stamp in the body (The Economist's <time dateTime="2020-07-31T10:14:34Z">)
  // before the feed's time: the article was published then, not when the feed picked it up. A later
  // one is not the publication (a print edition's day).
  if (best.candidate.origin === "front-matter" && bodyTime !== null && bodyTime.read.ms < best.read.ms) best = bodyTime;
  const { candidate, read } = best;
  return {
    publishedAt: {
      iso: new Date(read.ms).toISOString(),
      detail: {
        raw: candidate.raw.trim(),
        origin: candidate.origin,
        zone: read.zone,
        zoneAssumed: read.zoneAssumed,
        precision: read.precision,
      },
    },
    unreadable,
  };
}

/**
 * `pickPublishedAt`, and when no candidate gives a date, the date in the article's address (see
 * url-date.ts), read in the site's zone; also when only the front matter gives one and the address holds
 * an earlier time stamp of the site (RFA). Unreadable candidates are still reported.
 */
export function pickPublishedAtOrFromUrl(candidates: readonly DateCandidate[], url: URL, siteZone: string): PublishedAtResult {
  const result = pickPublishedAt(candidates, siteZone);
  const found = result.publishedAt;
  // Only a front matter date (the feed's time) can still yield: to the site's own time stamp in the
  // address when that is earlier (RFA's F2 files), as it does to one in the body.
  if (found !== null && found.detail.origin !== "front-matter") return result;
  const inUrl = dateInUrl(url);
  if (inUrl === null) return result;
  const fromUrl = pickPublishedAt([{ raw: inUrl.raw, readAs: inUrl.local, origin: "url" }], siteZone).publishedAt;
  if (found === null) return { publishedAt: fromUrl, unreadable: result.unreadable };
  const earlierStamp = fromUrl !== null && fromUrl.detail.precision !== "day" && Date.parse(fromUrl.iso) < Date.parse(found.iso);
  return earlierStamp ? { publishedAt: fromUrl, unreadable: result.unreadable } : result;
}
