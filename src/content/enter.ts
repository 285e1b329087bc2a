/**
 * What a content-script entry does on a page: a cheap look at it (page/gate.ts) and, on a page
 * that may be Arabic, main.ts's session. Shared by the two entries, which differ only in how they
 * reach main.ts: index.ts (every page) loads it as a module of the extension, by its address;
 * known-site.ts (the known Arabic news sites, page/domains.ts) carries it, with the engine, in one
 * plain script the browser injects ready, with no fetch before the first highlight.
 */
import { isClearlyNotArabic } from '../page/gate';
import { isToContent } from '../shared/messages';
import { SETTINGS_KEY } from '../shared/settings-key';
import type { PageSummary } from '../shared/summary';
import { WAKE_PORT } from '../shared/read-port';
import { type BareRuntime, bareRuntime, bareSyncGet, wakeBackground } from './bare-runtime';

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

export interface Main {
  start(storedSettings: Promise<unknown> | null): Promise<void>;
}

/**
 * Looks at the page and, unless it is clearly in another language, starts main.ts's session with
 * what `loadMain` gives; `loadMain` may also start loading what the session will need.
 */
export function enter(loadMain: (runtime: BareRuntime) => Promise<Main>): void {
  const runtime = bareRuntime();
  if (isClearlyNotArabic(document)) {
    // Touch nothing; only tell the popup why there is nothing to show (the gate looks at language).
    runtime?.onMessage.addListener(answer('not-article'));
    return;
  }
  if (!runtime) return;
  // Until the session answers for itself, the popup hears that the page is being read, not silence
  // (which it would take for a page opened before the extension was installed).
  const reading = answer('reading');
  runtime.onMessage.addListener(reading);
  // The background, which reads the text, is woken now (it starts and sets up its engine while
  // the rest loads), and the reader's settings asked for, so that both are ready when needed.
  wakeBackground(runtime, WAKE_PORT);
  const storedSettings = bareSyncGet(SETTINGS_KEY);
  // Handled by main.ts; a rejection here must not go unhandled if main.ts never loads.
  storedSettings?.catch(() => {});
  loadMain(runtime)
    .then((main) => main.start(storedSettings))
    .catch((error: unknown) => {
      if (bareRuntime()?.id) console.warn('[news-lens]', error);
    })
    .finally(() => {
      try {
        runtime.onMessage.removeListener(reading);
      } catch {
        // The extension went away under the page: nothing listens any more.
      }
    });
}
