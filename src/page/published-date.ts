/**
 * When the page says it was published: `article:published_time` and its kin in `<meta>`, a
 * JSON-LD `datePublished` (also inside `@graph` or a list), or a `<time datetime>` in the
 * article. Pure DOM reading; the value is returned as the page wrote it (ISO 8601), for the
 * engine to turn into a search window.
 */

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
];

/** A value that starts with an ISO day (2021-07-06, 2021-07-06T09:30:00+03:00). */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}(?:$|[T\s])/;

function isoValue(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && ISO_DAY.test(v) ? v : undefined;
}

/** `datePublished` of the first JSON-LD object that has one, looking through lists and `@graph`. */
function fromJsonLd(node: unknown, depth = 0): string | undefined {
  if (depth > 6 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = fromJsonLd(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  const own = record.datePublished;
  const value = isoValue(typeof own === 'string' ? own : undefined);
  if (value) return value;
  return fromJsonLd(record['@graph'], depth + 1) ?? fromJsonLd(record.mainEntity, depth + 1);
}

function jsonLdDate(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = fromJsonLd(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A broken block on the page says nothing about the date; try the next one.
    }
  }
  return undefined;
}

function timeDate(doc: Document): string | undefined {
  // The article's own <time> before any in a sidebar or a list of related stories.
  const candidates = [
    ...doc.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]'),
    ...doc.querySelectorAll('article time[datetime], main time[datetime]'),
    ...doc.querySelectorAll('time[datetime]'),
  ];
  for (const el of candidates) {
    const value = isoValue(el.getAttribute('datetime'));
    if (value) return value;
  }
  return undefined;
}

/** The page's publication date as written (ISO 8601), or undefined when it gives none. */
export function publishedDate(doc: Document): string | undefined {
  for (const selector of META_SELECTORS) {
    const value = isoValue(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return jsonLdDate(doc) ?? timeDate(doc);
}
