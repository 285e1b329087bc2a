/**
 * Content-script entry, injected into every page: a cheap look at the page (page/gate.ts) and
 * nothing more at start. It is built as one plain script (no module loader, no imports: see
 * `selfContainedEntry` in vite.config.ts), so that a page in another language costs only this.
 * Only a page that may be Arabic loads the rest (article detection, the engine, the highlights,
 * webextension-polyfill): main.ts, as a module of the extension, by its address.
 */
import { isClearlyNotArabic } from '../page/gate';
import { isToContent } from '../shared/messages';
import { SETTINGS_KEY } from '../shared/settings-key';
import type { PageSummary } from '../shared/summary';
import { bareRuntime, bareSyncGet } from './bare-runtime';
import { ARTICLE_HINT, builtFiles, ENGINE_FILES, MAIN_FILES } from './preload';
// crxjs builds main.ts as a module of its own, web-accessible, and gives its file name here.
import mainScript from './main?script&module';

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

interface Main {
  start(storedSettings: Promise<unknown> | null): Promise<void>;
}

const runtime = bareRuntime();
if (isClearlyNotArabic(document)) {
  // Touch nothing; only tell the popup why there is nothing to show (the gate looks at language).
  runtime?.onMessage.addListener(answer('not-article'));
} else if (runtime) {
  // Until the session answers for itself, the popup hears that the page is being read, not silence
  // (which it would take for a page opened before the extension was installed).
  const reading = answer('reading');
  runtime.onMessage.addListener(reading);
  // The reader's settings are asked for now, so that they arrive while the rest loads.
  const storedSettings = bareSyncGet(SETTINGS_KEY);
  // Handled by main.ts; a rejection here must not go unhandled if main.ts never loads.
  storedSettings?.catch(() => {});
  (import(/* @vite-ignore */ runtime.getURL(mainScript)) as Promise<Main>)
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
  // What main.ts's loader is about to import, and on a page that calls itself an article the
  // engine, are asked for now, all at once, not each once the module before it has loaded (a
  // chain of extension fetches before the first highlight). The modules' own imports of them are
  // then the same modules; an error surfaces there.
  const files = builtFiles(MAIN_FILES);
  if (document.querySelector(ARTICLE_HINT)) files.push(...builtFiles(ENGINE_FILES));
  for (const file of new Set(files)) import(/* @vite-ignore */ runtime.getURL(file)).catch(() => {});
}
