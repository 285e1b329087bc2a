// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fixtureHtml, loadHtml } from '../../tests/fixtures/dom/load';
import type { BareRuntime } from './bare-runtime';

type Listener = Parameters<BareRuntime['onMessage']['addListener']>[0];

/**
 * A stand-in for the browser's runtime and storage (unit tests run outside an extension): records
 * listeners, the addresses asked for and the storage keys read. `address` gives the URL for a
 * path (by default one that points nowhere in a test).
 */
function installRuntime(
  address: (path: string) => string = (path) => `chrome-extension://test/${path}`,
): Set<Listener> & { urls: string[]; read: string[] } {
  const listeners = Object.assign(new Set<Listener>(), { urls: [] as string[], read: [] as string[] });
  const runtime: BareRuntime = {
    id: 'test',
    getURL: (path) => {
      listeners.urls.push(path);
      return address(path);
    },
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  const sync = {
    get: (key: string) => {
      listeners.read.push(key);
      return Promise.resolve({});
    },
  };
  vi.stubGlobal('chrome', { runtime, storage: { sync } });
  return listeners;
}

/** What the first listener answers to the popup's `summary`. */
function summaryFrom(listeners: Set<Listener>): unknown[] {
  const replies: unknown[] = [];
  const [listener] = listeners;
  expect(listener?.({ type: 'summary' }, {}, (r) => replies.push(r))).toBe(false);
  return replies;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('./session');
  vi.resetModules();
});

describe('content-script entry on a page that is clearly not Arabic', () => {
  test('answers the popup "not an article: its language" and touches nothing on the page', async () => {
    const listeners = installRuntime();
    const doc = loadHtml(fixtureHtml('english.html'));
    const before = doc.documentElement.outerHTML;
    await import('./index');
    expect(listeners.size).toBe(1);
    expect(summaryFrom(listeners)).toEqual([
      expect.objectContaining({ status: 'not-article', notArticle: 'language', sentences: 0, marks: [] }),
    ]);
    // Other messages (and page-made look-alikes) get no answer.
    const replies: unknown[] = [];
    const [listener] = listeners;
    listener?.({ type: 'show-mark', index: 0 }, {}, (r) => replies.push(r));
    listener?.('summary', {}, (r) => replies.push(r));
    expect(replies).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(listeners.urls).toEqual([]);
    expect(listeners.read).toEqual([]);
  });
});

describe('content-script entry on a page that may be Arabic', () => {
  test('asks for the settings and loads the rest of the content script by its address', async () => {
    const listeners = installRuntime();
    loadHtml(fixtureHtml('cms-article.html'));
    // The module address points nowhere in a test: the import fails, quietly.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await import('./index');
    expect(listeners.read).toEqual(['settings']);
    expect(listeners.urls).toEqual(['assets/main.js']);
    // The "being read" answer is withdrawn once the load has failed.
    await vi.waitFor(() => expect(listeners.size).toBe(0));
    warn.mockRestore();
  });

  test('says "being read" until the session answers for itself, then leaves the answering to it', async () => {
    // The address leads to main.ts itself, whose session is a stand-in.
    const listeners = installRuntime(() => new URL('./main.ts', import.meta.url).pathname);
    const session: { started?: () => void; storedSettings?: unknown } = {};
    vi.doMock('./session', () => ({
      startSession: (options: { storedSettings?: unknown }) => {
        session.storedSettings = options.storedSettings;
        return new Promise<void>((resolve) => (session.started = resolve));
      },
    }));
    loadHtml(fixtureHtml('cms-article.html'));
    await import('./index');
    await vi.waitFor(() => expect(session.started).toBeDefined());
    expect(session.storedSettings).toBeInstanceOf(Promise);
    expect(listeners.size).toBe(1);
    expect(summaryFrom(listeners)).toEqual([expect.objectContaining({ status: 'reading', marks: [] })]);
    session.started?.();
    await vi.waitFor(() => expect(listeners.size).toBe(0));
  });
});
