/**
 * Wall-clock time in an IANA zone → UTC, with Intl only (no date library: the parser needs exactly
 * this one conversion). Formatters are cached per zone because creating one costs far more than using it.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the zone. */
export function isKnownZone(zone: string): boolean {
  return formatterFor(zone) !== null;
}

/** Offsets by zone and UTC quarter hour: zones only change offset at quarter hours. */
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 15 * 60 * 1000;

/** Offset of `zone` from UTC at the instant `utcMs`, in milliseconds (east positive). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  const key = `${zone}|${Math.floor(utcMs / QUARTER_HOUR)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = computeOffset(zone, Math.floor(utcMs / QUARTER_HOUR) * QUARTER_HOUR);
    if (offsetCache.size > 10000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

function computeOffset(zone: string, utcMs: number): number {
  const formatter = formatterFor(zone);
  if (formatter === null) return 0;
  const parts = formatter.formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    for (const part of parts) if (part.type === type) return Number(part.value);
    return 0;
  };
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC instant at which clocks in `zone` show the given wall time. In a gap (spring forward) the
 * later offset is used; in an overlap (fall back) the earlier instant is returned.
 */
export function wallTimeToUtc(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (zone === "UTC") return wall;
  const first = zoneOffsetMs(zone, wall);
  const guess = wall - first;
  const second_ = zoneOffsetMs(zone, guess);
  if (second_ === first) return guess;
  const retry = wall - second_;
  return zoneOffsetMs(zone, retry) === second_ ? retry : guess;
}
