/**
 * Time buckets of the aid charts and topic timelines. Labels: "2023" (year), "2023-Q4" (quarter), "2023-11"
 * (month), "2023-W48" (ISO week, Monday to Sunday; its year is the ISO week-numbering year).
 */
export const chartGranularities = ["month", "quarter", "year", "week"] as const;
export type ChartGranularity = (typeof chartGranularities)[number];

/** SQL (on a date expression) that yields the period label of a figure's day. */
export function periodLabelSql(granularity: ChartGranularity, dateSql: string): string {
  if (granularity === "year") return `to_char(${dateSql}, 'YYYY')`;
  if (granularity === "quarter") return `to_char(${dateSql}, 'YYYY') || '-Q' || to_char(${dateSql}, 'Q')`;
  if (granularity === "week") return `to_char(${dateSql}, 'IYYY-"W"IW')`;
  return `to_char(${dateSql}, 'YYYY-MM')`;
}

const pad = (value: number) => String(value).padStart(2, "0");
const dayMs = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The Monday (UTC midnight, ms) of ISO week 1 of an ISO year: the week that holds 4 January. */
function isoYearStart(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * dayMs;
}

/** The ISO week label ("2023-W48") of a UTC day given as ms. */
export function isoWeekLabel(time: number): string {
  const thursday = time - ((new Date(time).getUTCDay() + 6) % 7) * dayMs + 3 * dayMs;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - isoYearStart(year)) / (7 * dayMs)) + 1;
  return `${year}-W${pad(week)}`;
}

/** The first day of a period and the first day after it (YYYY-MM-DD), or null for a label that is not one. */
export function periodRange(label: string): { from: string; to: string } | null {
  let match = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/.exec(label);
  if (match) {
    const monday = isoYearStart(Number(match[1])) + (Number(match[2]) - 1) * 7 * dayMs;
    if (isoWeekLabel(monday) !== label) return null; // week 53 of a year that has 52
    return { from: isoDay(monday), to: isoDay(monday + 7 * dayMs) };
  }
  match = /^(\d{4})$/.exec(label);
  if (match) {
    const year = Number(match[1]);
    return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  }
  match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    const startMonth = (quarter - 1) * 3 + 1;
    const end = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(startMonth + 3)}-01`;
    return { from: `${year}-${pad(startMonth)}-01`, to: end };
  }
  match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    return { from: `${year}-${pad(month)}-01`, to: month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01` };
  }
  return null;
}

/** Every period label from `first` to `last` inclusive, so that a chart shows empty periods as gaps of 0. */
export function periodsBetween(first: string, last: string, granularity: ChartGranularity): string[] {
  const start = periodRange(first);
  const end = periodRange(last);
  if (!start || !end) return [];
  const labels: string[] = [];
  if (granularity === "week") {
    const lastMonday = Date.parse(`${end.from}T00:00:00Z`);
    for (let time = Date.parse(`${start.from}T00:00:00Z`); time <= lastMonday && labels.length < 5000; time += 7 * dayMs) labels.push(isoWeekLabel(time));
    return labels;
  }
  let year = Number(start.from.slice(0, 4));
  let month = Number(start.from.slice(5, 7));
  const step = granularity === "year" ? 12 : granularity === "quarter" ? 3 : 1;
  for (let guard = 0; guard < 5000; guard++) {
    const label =
      granularity === "year" ? String(year) : granularity === "quarter" ? `${year}-Q${Math.floor((month - 1) / 3) + 1}` : `${year}-${pad(month)}`;
    labels.push(label);
    if (label === last || `${year}-${pad(month)}-01` >= end.from) break;
    month += step;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return labels;
}
