/**
 * What the popup says about a tab: one state, decided from what the browser lets the popup know.
 * Pure, so that every state of both browsers is tested without a browser (state.test.ts).
 *
 * What each browser tells the popup (no `tabs`, `activeTab` or host permission is asked for):
 * - the tab's address only where the extension holds access to it: Firefox for the sites the
 *   reader granted; Chromium for none (the content script's sites do not count), except for the
 *   tab the reader clicked the toolbar button on while withholding site access ("on click",
 *   "on specific sites"): both browsers then grant that tab for the moment, address included.
 * - its loading status, always.
 */
import type { BrowserFamily } from '../shared/browser-family';
import { isSiteEnabled } from '../shared/settings';
import { emptySummary, type NotArticleReason, type PageSummary } from '../shared/summary';
import { isStorePage } from './stores';

export { type BrowserFamily, browserFamily } from '../shared/browser-family';

export interface TabFacts {
  browser: BrowserFamily;
  /** The tab's address, where the browser shows it to the extension. */
  url?: string | undefined;
  /** The tab is loading a page. */
  loading: boolean;
  /** The content script's answer; null when none answered. */
  reply: PageSummary | null;
  /** Whether the extension holds access to the tab's own origin; null when not asked (no web address). */
  access: boolean | null;
  /** The tab was open when this version was installed or updated and has not loaded a page since. */
  openedBefore: boolean;
  /** Sites the reader switched off. */
  disabledSites: readonly string[];
}

export type RestrictedReason = 'browser-page' | 'store' | 'file' | 'pdf';

export type PopupState =
  | { kind: 'article'; summary: PageSummary }
  | { kind: 'site-off'; summary: PageSummary }
  | { kind: 'not-article'; why: NotArticleReason; summary: PageSummary }
  | { kind: 'reading' }
  /** The reader withheld site access; `origin` is the match pattern to ask for. */
  | { kind: 'withheld'; origin: string }
  /** Opened before the extension was installed or updated: a reload brings the content script. */
  | { kind: 'stale' }
  | { kind: 'restricted'; why: RestrictedReason };

/** The match pattern for a web page's own origin (any port: patterns have none). */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

export function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isWebPage(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

const siteOff = (facts: TabFacts, hostname: string) => !isSiteEnabled(facts, hostname);

function fromReply(reply: PageSummary, facts: TabFacts): PopupState {
  // The reader's switch wins: the content script may not have applied it yet.
  if (reply.status === 'site-off' || siteOff(facts, reply.hostname))
    return { kind: 'site-off', summary: { ...reply, status: 'site-off' } };
  if (reply.status === 'reading') return { kind: 'reading' };
  if (reply.status === 'not-article')
    return { kind: 'not-article', why: reply.notArticle ?? 'not-article', summary: reply };
  return { kind: 'article', summary: reply };
}

export function decideState(facts: TabFacts): PopupState {
  if (facts.reply) return fromReply(facts.reply, facts);
  // No content script answered: say why, from the address where the browser shows it.
  const url = parseUrl(facts.url);
  if (url && !isWebPage(url))
    return { kind: 'restricted', why: url.protocol === 'file:' ? 'file' : 'browser-page' };
  if (url && isStorePage(facts.browser, url)) return { kind: 'restricted', why: 'store' };
  // Content scripts do not run in the browsers' PDF viewers.
  if (url && /\.pdf$/i.test(url.pathname)) return { kind: 'restricted', why: 'pdf' };
  if (url && siteOff(facts, url.hostname))
    return { kind: 'site-off', summary: emptySummary('site-off', url.hostname) };
  if (url && facts.access === false) return { kind: 'withheld', origin: originPattern(url) };
  if (facts.loading) return { kind: 'reading' };
  // Chromium does not put content scripts into tabs already open at install or update; Firefox does.
  if (url || (facts.browser === 'chromium' && facts.openedBefore)) return { kind: 'stale' };
  // An address hidden from the extension after all that: a page no extension may read.
  return { kind: 'restricted', why: 'browser-page' };
}
