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

/** What the popup is told before the session answers; built here, without the summary module's imports. */
function bareSummary(status: 'not-article' | 'reading'): PageSummary {
  return {
    status,
    ...(status === 'not-article' ? { notArticle: 'language' as const } : {}),
    hostname: location.hostname,
    counts: { anonymous: 0, denial: 0, no_comment: 0, wire: 0 },
    sentences: 0,
    unnamedSources: 0,
    wireByOutlet: [],
    marks: [],
  };
}

/** Answers the popup's `summary` with `status` (other messages are not this listener's). */
function answer(status: 'not-article' | 'reading') {
  return (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    if (isToContent(message) && message.type === 'summary') sendResponse(bareSummary(status));
    return false;
  };
}

const runtime = bareRuntime();
if (isClearlyNotArabic(document)) {
  // Touch nothing; only tell the popup why there is nothing to show (the gate looks at language).
  runtime?.onMessage.addListener(answer('not-article'));
} else {
  // Until the session answers for itself, the popup hears that the page is being read, not silence
  // (which it would take for a page opened before the extension was installed).
  const reading = answer('reading');
  runtime?.onMessage.addListener(reading);
  import('./session')
    .then(({ startSession }) => startSession(loadLinks))
    .catch((error: unknown) => {
      if (runtime?.id) console.warn('[news-lens]', error);
    })
    .finally(() => {
      try {
        runtime?.onMessage.removeListener(reading);
      } catch {
        // The extension went away under the page: nothing listens any more.
      }
    });
}
