// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fixtureHtml, loadHtml } from '../../tests/fixtures/dom/load';
import type { BareRuntime } from './bare-runtime';

type Listener = Parameters<BareRuntime['onMessage']['addListener']>[0];

/** A stand-in for the browser's runtime (unit tests run outside an extension): records listeners. */
function installRuntime(): Listener[] {
  const listeners: Listener[] = [];
  const runtime: BareRuntime = { id: 'test', onMessage: { addListener: (l) => listeners.push(l) } };
  vi.stubGlobal('chrome', { runtime });
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
  });
});
