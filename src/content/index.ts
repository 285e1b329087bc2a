/**
 * Content-script entry, injected into every page: a cheap look at the page (page/gate.ts) and
 * nothing more at start. Only a page that may be Arabic loads the rest (article detection, the
 * engine and its lexicons, the overlay, webextension-polyfill) as a chunk of its own, so that
 * every other page costs a few kilobytes and a glance at its first lines of text.
 */
import { isClearlyNotArabic } from '../page/gate';
import { isToContent } from '../shared/messages';
import type { PageSummary } from '../shared/summary';
import { bareRuntime } from './bare-runtime';

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

if (isClearlyNotArabic(document)) {
  // Touch nothing; only tell the popup why there is nothing to show.
  bareRuntime()?.onMessage.addListener((message, _sender, sendResponse) => {
    if (isToContent(message) && message.type === 'summary') sendResponse(notArabicSummary());
    return false;
  });
} else {
  import('./session')
    .then(({ startSession }) => startSession(loadLinks))
    .catch((error: unknown) => {
      if (bareRuntime()?.id) console.warn('[news-lens]', error);
    });
}
