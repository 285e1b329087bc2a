// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fixtureHtml, loadHtml } from '../../tests/fixtures/dom/load';
import type { BareRuntime } from './bare-runtime';

type Listener = Parameters<BareRuntime['onMessage']['addListener']>[0];

/**
 * A stand-in for the browser's runtime and storage (unit tests run outside an extension): records
 * listeners, the addresses asked for and the storage keys read.
 */
function installRuntime(): Listener[] & { urls: string[]; read: string[] } {
  const listeners = Object.assign([] as Listener[], { urls: [] as string[], read: [] as string[] });
  const runtime: BareRuntime = {
    id: 'test',
    getURL: (path) => {
      listeners.urls.push(path);
      return `chrome-extension://test/${path}`;
    },
    onMessage: { addListener: (l) => listeners.push(l) },
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

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('content-script entry on a page that is clearly not Arabic', () => {
  test('answers the popup "not an article" and touches nothing on the page', async () => {
    const listeners = installRuntime();
    const doc = loadHtml(fixtureHtml('english.html'));
    const before = doc.documentElement.outerHTML;
    await import('./index');
    expect(listeners).toHaveLength(1);
    const replies: unknown[] = [];
    const listener = listeners[0] as Listener;
    expect(listener({ type: 'summary' }, {}, (r) => replies.push(r))).toBe(false);
    expect(replies).toEqual([expect.objectContaining({ status: 'not-article', sentences: 0, marks: [] })]);
    // Other messages (and page-made look-alikes) get no answer.
    listener({ type: 'show-mark', index: 0 }, {}, (r) => replies.push(r));
    listener('summary', {}, (r) => replies.push(r));
    expect(replies).toHaveLength(1);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(listeners.urls).toEqual([]);
    expect(listeners.read).toEqual([]);
  });
});

describe('content-script entry on a page that may be Arabic', () => {
  test('asks for the settings and loads the rest of the content script by its address, adding no listener itself', async () => {
    const listeners = installRuntime();
    loadHtml(fixtureHtml('cms-article.html'));
    // The module address points nowhere in a test: the import fails, quietly.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await import('./index');
    expect(listeners.read).toEqual(['settings']);
    expect(listeners.urls).toEqual(['assets/main.js']);
    expect(listeners).toHaveLength(0);
    warn.mockRestore();
  });
});
