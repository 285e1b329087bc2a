/**
 * Search URLs for the original report: the outlet's own site search, and a web search restricted
 * to the outlet's domain on the engine the reader picked. Building a URL sends nothing; only the
 * reader's click does. Dates bound a search only where the target is known to take them.
 */
import type { DateWindow } from './dates';

/** What the builders need of an outlet (see ../outlets.ts). */
export interface OutletTarget {
  id: string;
  /** Domain without scheme (reuters.com). */
  site: string;
  /** Site-search URL template with {q}. */
  search?: string;
}

export type SearchEngine = 'duckduckgo' | 'google' | 'bing' | 'startpage';

export const SEARCH_ENGINES: readonly SearchEngine[] = ['duckduckgo', 'google', 'bing', 'startpage'];
export const DEFAULT_ENGINE: SearchEngine = 'duckduckgo';

const compact = (day: string) => day.replaceAll('-', '');

/** Site searches that take a date range, by host, with the parameters they use. */
const DATED_SITE_SEARCH: Record<string, (w: DateWindow) => Record<string, string>> = {
  'www.nytimes.com': (w) => ({ startDate: compact(w.start), endDate: compact(w.end) }),
};

/** The outlet's own search for `query`, or undefined when it has none (or the query is empty). */
export function siteSearchUrl(outlet: OutletTarget, query: string, window?: DateWindow): string | undefined {
  const q = query.trim();
  if (!outlet.search || !q) return undefined;
  const url = new URL(outlet.search.replace('{q}', encodeURIComponent(q)));
  const dated = window ? DATED_SITE_SEARCH[url.host] : undefined;
  if (dated && window) for (const [k, v] of Object.entries(dated(window))) url.searchParams.set(k, v);
  return url.toString();
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01, as Bing's custom date filter counts them. */
const epochDay = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Whether `engine` can bound a search by date (Startpage cannot take a custom range). */
export function engineTakesDates(engine: SearchEngine): boolean {
  return engine !== 'startpage';
}

/** A web search for `query` on `site`, limited to the window's days where the engine allows it. */
export function webSearchUrl(engine: SearchEngine, site: string, query: string, window?: DateWindow): string {
  const terms = [`site:${site}`, query.trim()].filter(Boolean).join(' ');
  switch (engine) {
    case 'google': {
      // Google's after:/before: operators are exclusive, so widen each by a day.
      const q = window ? `${terms} after:${shift(window.start, -1)} before:${shift(window.end, 1)}` : terms;
      return `https://www.google.com/search?q=${encodeURIComponent(q)}`;
    }
    case 'bing': {
      const base = `https://www.bing.com/search?q=${encodeURIComponent(terms)}`;
      if (!window) return base;
      const filter = `ex1:"ez5_${epochDay(window.start)}_${epochDay(window.end)}"`;
      return `${base}&filters=${encodeURIComponent(filter)}`;
    }
    case 'startpage':
      return `https://www.startpage.com/sp/search?query=${encodeURIComponent(terms)}`;
    default: {
      const base = `https://duckduckgo.com/?q=${encodeURIComponent(terms)}`;
      return window ? `${base}&df=${window.start}..${window.end}` : base;
    }
  }
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `url` (a site search or a web search built above) searching for `next` instead of `previous`:
 * the query is replaced where it sits (a parameter, or the path of a site that takes it there),
 * everything else (the site: restriction, the dates) is kept. The reader's edited query goes
 * through this; building the URL sends nothing.
 */
export function replaceQuery(url: string, previous: string, next: string): string {
  const before = previous.trim();
  const after = next.trim().replace(/\s+/g, ' ');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  // Parameters are rewritten as the builders wrote them (encodeURIComponent), one at most.
  let done = false;
  const params = parsed.search
    .replace(/^\?/, '')
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      if (done || at < 0) return pair;
      let value: string;
      try {
        value = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '));
      } catch {
        return pair;
      }
      let replaced: string | undefined;
      if (before && value.includes(before)) replaced = value.replace(before, after).trim();
      // A web search for no keywords holds only the site: restriction (and dates).
      else if (!before && /^site:\S+/.test(value))
        replaced = value.replace(/^(site:\S+)/, after ? `$1 ${after}` : '$1');
      if (replaced === undefined) return pair;
      done = true;
      return `${pair.slice(0, at)}=${encodeURIComponent(replaced)}`;
    });
  if (done) {
    parsed.search = `?${params.join('&')}`;
    return parsed.toString();
  }
  const encoded = encodeURIComponent(before);
  if (before && parsed.pathname.includes(encoded)) {
    parsed.pathname = parsed.pathname.replace(encoded, encodeURIComponent(after));
    return parsed.toString();
  }
  return url;
}
