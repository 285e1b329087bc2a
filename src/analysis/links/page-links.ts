/**
 * A link the article itself gives to the outlet (an `<a href>` to reuters.com/… in the body or
 * near the credit) beats any search: it is the original, or what the publisher took for it.
 */

/** Other domains an outlet publishes under (short links, old hosts). */
const ALIASES: Record<string, readonly string[]> = {
  'reuters.com': ['reut.rs'],
  'apnews.com': ['ap.org'],
  'bbc.com': ['bbc.co.uk'],
  'afp.com': ['afp.fr'],
};

/** Paths that list or search the outlet rather than carry a report. */
const NOT_A_REPORT = /^\/(?:$|(?:site-)?search\b|tags?\/|topics?\/|authors?\/|hub\/?$|index\.html?$)/i;

function onSite(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return [site, ...(ALIASES[site] ?? [])].some((s) => h === s || h.endsWith(`.${s}`));
}

/**
 * The first of `urls` (in the page's order, nearest the credit first) that points into `site` and
 * looks like a report; undefined when none does.
 */
export function pickPageLink(urls: readonly string[], site: string): string | undefined {
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    if (!onSite(url.host, site)) continue;
    if (NOT_A_REPORT.test(url.pathname)) continue;
    return raw;
  }
  return undefined;
}

/** Whether `pageUrl` (the article's own address) is on `site`: the outlet credited is the publisher. */
export function isOwnSite(pageUrl: string | undefined, site: string): boolean {
  if (!pageUrl) return false;
  try {
    return onSite(new URL(pageUrl).host, site);
  } catch {
    return false;
  }
}
