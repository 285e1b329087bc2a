/**
 * The publication date behind a search window: the caller's date (from the page's metadata or
 * the batch input), else a dateline in the article's first lines (الرياض - 3 أغسطس 2015).
 * Dates are plain ISO days (YYYY-MM-DD); the window is counted in whole UTC days.
 */
import { norm } from '../normalize';

export interface DateWindow {
  /** The publication day. */
  date: string;
  /** First and last day to search, inclusive. */
  start: string;
  end: string;
}

const MONTHS: Record<string, number> = {};
const months = (n: number, names: string) => {
  for (const name of names.split(',')) MONTHS[norm(name.trim())] = n;
};
months(1, 'يناير,كانون الثاني,جانفي');
months(2, 'فبراير,شباط,فيفري');
months(3, 'مارس,آذار');
months(4, 'أبريل,إبريل,نيسان,أفريل');
months(5, 'مايو,أيار,ماي');
months(6, 'يونيو,يونيه,حزيران,جوان');
months(7, 'يوليو,يوليه,تموز,جويلية');
months(8, 'أغسطس,آب,أوت');
months(9, 'سبتمبر,أيلول');
months(10, 'أكتوبر,تشرين الأول');
months(11, 'نوفمبر,تشرين الثاني');
months(12, 'ديسمبر,كانون الأول');

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** `3 أغسطس 2015`, `3 من أغسطس/آب 2015`. */
const WORDY = new RegExp(
  `(?<![\\d])(\\d{1,2})\\s+(?:من\\s+)?(${MONTH_ALT})(?:\\s*[/(-]\\s*(?:${MONTH_ALT})\\)?)?\\s*(?:عام\\s+)?,?\\s*(\\d{4})(?!\\d)`,
  'u',
);
/** `2015-08-03`, `2015/8/3`. */
const ISO_LIKE = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
/** `03/08/2015`, `3-8-2015` (day first, as Arabic papers write it). */
const DAY_FIRST = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})(?!\d)/;

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO day from year, month and day, when they make a real date. */
function isoDay(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The day of an ISO 8601 date or date-time (`2015-08-01`, `2015-08-01T22:30:00+03:00`), as written:
 * the publisher's own calendar day, not shifted to UTC.
 */
export function parseDate(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A date written in `text` (Arabic month names or digits), the first one found. */
export function findDate(text: string): string | undefined {
  const t = norm(text);
  const hits: { at: number; day: string }[] = [];
  const w = t.match(WORDY);
  if (w?.index !== undefined) {
    const day = isoDay(Number(w[3]), MONTHS[w[2] as string] ?? 0, Number(w[1]));
    if (day) hits.push({ at: w.index, day });
  }
  const i = t.match(ISO_LIKE);
  if (i?.index !== undefined) {
    const day = isoDay(Number(i[1]), Number(i[2]), Number(i[3]));
    if (day) hits.push({ at: i.index, day });
  }
  const d = t.match(DAY_FIRST);
  if (d?.index !== undefined) {
    const day = isoDay(Number(d[3]), Number(d[2]), Number(d[1]));
    if (day) hits.push({ at: d.index, day });
  }
  hits.sort((a, b) => a.at - b.at);
  return hits[0]?.day;
}

/** How far into an article a dateline may sit (headline, byline, first paragraph's opening). */
const DATELINE_REACH = 400;

/** A dateline's date: near the top of the article, where datelines and bylines sit. */
export function datelineDate(text: string): string | undefined {
  return findDate(text.slice(0, DATELINE_REACH));
}

/** Add `days` to an ISO day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * The days to search around a publication date: an Arabic report usually follows the original by
 * hours, sometimes by a day or two, and a time-zone may put it a day ahead.
 */
export function dateWindow(date: string, before = 2, after = 1): DateWindow {
  return { date, start: addDays(date, -before), end: addDays(date, after) };
}

/** The article's date: the caller's if it parses, else a dateline in the text. */
export function articleDate(text: string, given?: string): string | undefined {
  return parseDate(given) ?? datelineDate(text);
}
