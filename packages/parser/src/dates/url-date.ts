/**
 * The date written in an article's address, for files whose body and envelope give none: RFA's
 * F1 files carry no date at all, but every RFA address ends in the story's time stamp
 * (`…/hj-06252020105631.html`: 25 June 2020, 10:56:31 in Washington). News sites commonly put the
 * day in the path too (`/2020/07/18/`, `/20200720/`, zaobao's `story20200720-…`, CNA's
 * `202007200123.aspx`). Such a date is the last resort: any date in the file wins over it.
 */

/** A date found in the address, before it is read in the site's zone. */
export interface UrlDate {
  /** The part of the address that holds it, as written ("06252020105631", "2020/07/18"). */
  raw: string;
  /** The same as an ISO local date-time without zone ("2020-06-25T10:56:31"), for `readDate`. */
  local: string;
}

/**
 * Matched against the address's path, in order; named groups y, m, d and optionally H, M, S. Each needs
 * separators or a known frame around the digits, so that a long article id (DW's `a-54216544`, Reuters'
 * `idCNKBS24L0XX`) is not read as a date; every match is range-checked.
 */
const URL_DATE_PATTERNS: readonly RegExp[] = [
  // RFA (and BenarNews, on the same CMS): "-MMDDYYYYhhmmss.html", Washington time. Checked against the
  // archive times of 166 corpus files: the stamp comes 3 min to 7 h before the feed saw the story
  // (median 2.4 h), so it is when the story was created, which is the publication time or a little before.
  /-(?<m>\d{2})(?<d>\d{2})(?<y>(?:19|20)\d{2})(?<H>\d{2})(?<M>\d{2})(?<S>\d{2})\.html?$/d,
  // WordPress, The Economist, many blogs: "/2020/07/18/".
  /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{2})\/(?<d>\d{2})(?:\/|$)/d,
  // NYT 中文网: "/china/20200720/…"; a segment of exactly eight digits.
  /\/(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?:\/|$)/d,
  // Blogs: "/2020-07-20-slug" or "/2020-07-20/".
  /\/(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?:[-/_]|$)/d,
  // 联合早报: "/story20200720-1070000".
  /\/story(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})-\d+/d,
  // 中央社: "/news/aopl/202007200123.aspx" (the day, then a four-digit number of the day's story).
  /\/(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})\d{4}\.aspx$/d,
];

/** The first date that a pattern finds in the address's path and that is a real date and time, or null. */
export function dateInUrl(url: URL): UrlDate | null {
  const path = url.pathname;
  for (const re of URL_DATE_PATTERNS) {
    const match = re.exec(path);
    if (match?.groups === undefined) continue;
    const local = checkedDate(match.groups);
    if (local !== null) return { raw: digitsAsWritten(path, match), local };
  }
  return null;
}

function checkedDate(groups: Record<string, string | undefined>): string | null {
  const year = Number(groups.y);
  const month = Number(groups.m);
  const day = Number(groups.d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${groups.y}-${groups.m}-${groups.d}`;
  if (groups.H === undefined) return date;
  if (Number(groups.H) > 23 || Number(groups.M) > 59 || Number(groups.S) > 59) return null;
  return `${date}T${groups.H}:${groups.M}:${groups.S}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The path from the first date group to the last (the `d` flag gives each group's indices). */
function digitsAsWritten(path: string, match: RegExpExecArray): string {
  let start = path.length;
  let end = 0;
  for (const range of Object.values(match.indices?.groups ?? {})) {
    if (range === undefined) continue;
    start = Math.min(start, range[0]);
    end = Math.max(end, range[1]);
  }
  return path.slice(start, end);
}
