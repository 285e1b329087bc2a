// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fixtureHtml, loadHtml } from '../../tests/fixtures/dom/load';
import type { BareRuntime } from './bare-runtime';

type Listener = Parameters<BareRuntime['onMessage']['addListener']>[0];

/** A stand-in for the browser's runtime (unit tests run outside an extension): records listeners. */
function installRuntime(): Set<Listener> {
  const listeners = new Set<Listener>();
  const runtime: BareRuntime = {
    id: 'test',
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  vi.stubGlobal('chrome', { runtime });
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
  });
});

describe('content-script entry on a page that may be Arabic', () => {
  test('says "being read" until the session answers for itself, then leaves the answering to it', async () => {
    const listeners = installRuntime();
    const session: { started?: () => void } = {};
    vi.doMock('./session', () => ({
      startSession: () => new Promise<void>((resolve) => (session.started = resolve)),
    }));
    loadHtml(fixtureHtml('cms-article.html'));
    await import('./index');
    await vi.waitFor(() => expect(session.started).toBeDefined());
    expect(listeners.size).toBe(1);
    expect(summaryFrom(listeners)).toEqual([expect.objectContaining({ status: 'reading', marks: [] })]);
    session.started?.();
    await vi.waitFor(() => expect(listeners.size).toBe(0));
  });
});
