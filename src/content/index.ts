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
// crxjs builds main.ts as a module of its own, web-accessible, and gives its file name here.
import mainScript from './main?script&module';

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

interface Main {
  start(storedSettings: Promise<unknown> | null): Promise<void>;
}

if (isClearlyNotArabic(document)) {
  // Touch nothing; only tell the popup why there is nothing to show.
  bareRuntime()?.onMessage.addListener((message, _sender, sendResponse) => {
    if (isToContent(message) && message.type === 'summary') sendResponse(notArabicSummary());
    return false;
  });
} else {
  const runtime = bareRuntime();
  if (runtime) {
    // The reader's settings are asked for now, so that they arrive while the rest loads.
    const storedSettings = bareSyncGet(SETTINGS_KEY);
    // Handled by main.ts; a rejection here must not go unhandled if main.ts never loads.
    storedSettings?.catch(() => {});
    (import(/* @vite-ignore */ runtime.getURL(mainScript)) as Promise<Main>)
      .then((main) => main.start(storedSettings))
      .catch((error: unknown) => {
        if (bareRuntime()?.id) console.warn('[news-lens]', error);
      });
  }
}
