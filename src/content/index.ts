/**
 * Content-script entry, injected into every page: a cheap look at the page (page/gate.ts) and
 * nothing more at start. Only a page that may be Arabic loads the rest (article detection, the
 * engine and its lexicons, the overlay) as a chunk of its own, so that every other page costs a
 * few kilobytes and a glance at its first lines of text.
 */
import browser from 'webextension-polyfill';
import { isClearlyNotArabic } from '../page/gate';
import { isToContent } from '../shared/messages';
import type { PageSummary } from '../shared/summary';
import { contextAlive } from './alive';

/** The link builder's chunk (a large gazetteer), loaded the first time a wire tooltip opens. */
const loadLinks = () => import('../analysis/links');

/** What the popup shows for a page given up on; built here, without the summary module's imports. */
function notArabicSummary(): PageSummary {
  return {
    status: 'not-article',
    hostname: location.hostname,
    counts: { anonymous: 0, denial: 0, no_comment: 0, wire: 0 },
    sentences: 0,
    unnamedSources: 0,
    wireByOutlet: [],
    marks: [],
  };
}

function answerNotArabic(message: unknown): Promise<unknown> | undefined {
  if (!isToContent(message) || message.type !== 'summary') return undefined;
  return Promise.resolve(notArabicSummary());
}

if (isClearlyNotArabic(document)) {
  // Touch nothing; only tell the popup why there is nothing to show.
  browser.runtime.onMessage.addListener(answerNotArabic);
} else {
  import('./session')
    .then(({ startSession }) => startSession(loadLinks))
    .catch((error: unknown) => {
      if (contextAlive()) console.warn('[news-lens]', error);
    });
}
