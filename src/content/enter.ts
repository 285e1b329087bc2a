/**
 * What a content-script entry does on a page: a cheap look at it (page/gate.ts) and, on a page
 * that may be Arabic, main.ts's session. Shared by the two entries, which differ only in how they
 * reach main.ts: index.ts (every page) loads it as a module of the extension, by its address;
 * known-site.ts (the known Arabic news sites, page/domains.ts) carries it, with the engine, in one
 * plain script the browser injects ready, with no fetch before the first highlight.
 */
import { declaresArabic, isClearlyNotArabic } from '../page/gate';
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

/** Runs `then` once the document's root element exists (at document_start it may not yet). */
function whenRootElement(doc: Document, then: () => void): void {
  if (doc.documentElement) {
    then();
    return;
  }
  const watch = new MutationObserver(() => {
    if (!doc.documentElement) return;
    watch.disconnect();
    then();
  });
  watch.observe(doc, { childList: true });
}

/**
 * Runs `then` once the document is parsed: at once if it is, else a turn after DOMContentLoaded
 * (the page's own handlers of it are not kept waiting), much as document_idle would.
 */
function whenParsed(doc: Document, then: () => void): void {
  if (doc.readyState !== 'loading') {
    then();
    return;
  }
  doc.addEventListener('DOMContentLoaded', () => setTimeout(then, 0), { once: true });
}

/** A session on its way: the background woken, the settings asked for, main.ts loading. */
interface Loading {
  storedSettings: Promise<unknown> | null;
  main: Promise<Main>;
  /** The popup's "being read" answer, withdrawn once the session answers for itself. */
  reading: ReturnType<typeof answer>;
}

function startLoading(runtime: BareRuntime, loadMain: (runtime: BareRuntime) => Promise<Main>): Loading {
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
  const main = loadMain(runtime);
  // Handled below once the page is parsed; a failure must not go unhandled meanwhile.
  main.catch(() => {});
  return { storedSettings, main, reading };
}

/** Starts the session once main.ts has loaded; the "being read" answer is withdrawn after it. */
function startSessionOf(runtime: BareRuntime, { storedSettings, main, reading }: Loading): void {
  main
    .then((loaded) => loaded.start(storedSettings))
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

/**
 * Looks at the page and, unless it is clearly in another language, starts main.ts's session with
 * what `loadMain` gives; `loadMain` may also start loading what the session will need. Run at
 * document_start: a page whose root element declares Arabic starts loading its session at once,
 * while the rest of the page arrives; every page is looked at, and its session started, once it
 * is parsed.
 */
export function enter(loadMain: (runtime: BareRuntime) => Promise<Main>, doc: Document = document): void {
  const runtime = bareRuntime();
  let early: Loading | null = null;
  if (runtime)
    whenRootElement(doc, () => {
      if (declaresArabic(doc) && early === null) early = startLoading(runtime, loadMain);
    });
  whenParsed(doc, () => {
    if (early && runtime) {
      startSessionOf(runtime, early);
      return;
    }
    if (isClearlyNotArabic(doc)) {
      // Touch nothing; only tell the popup why there is nothing to show (the gate looks at language).
      runtime?.onMessage.addListener(answer('not-article'));
      return;
    }
    if (!runtime) return;
    startSessionOf(runtime, startLoading(runtime, loadMain));
  });
}
