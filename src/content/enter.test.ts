// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { BareRuntime } from './bare-runtime';
import { enter, type Main } from './enter';

/** A runtime stand-in (unit tests run outside an extension). */
function installRuntime(): void {
  const runtime: BareRuntime = {
    id: 'test',
    getURL: (path) => `chrome-extension://test/${path}`,
    onMessage: { addListener: () => {}, removeListener: () => {} },
  };
  vi.stubGlobal('chrome', { runtime, storage: { sync: { get: () => Promise.resolve({}) } } });
}

/** The document as the content script meets it at document_start: still being parsed. */
function stillLoading(html: string): () => void {
  document.documentElement.innerHTML = html;
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  return () => {
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    document.dispatchEvent(new Event('DOMContentLoaded'));
  };
}

function loader() {
  const calls = { loaded: 0, started: 0 };
  const main: Main = {
    start: async () => {
      calls.started++;
    },
  };
  const loadMain = () => {
    calls.loaded++;
    return Promise.resolve(main);
  };
  return { calls, loadMain };
}

afterEach(() => {
  vi.unstubAllGlobals();
  Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
});

describe('the entry, run at document_start', () => {
  test('a page that declares Arabic loads its session at once, and starts it once parsed', async () => {
    installRuntime();
    const parsed = stillLoading('<head><title>خبر</title></head><body></body>');
    document.documentElement.setAttribute('lang', 'ar');
    const { calls, loadMain } = loader();
    enter(loadMain);
    expect(calls.loaded).toBe(1);
    await new Promise((r) => setTimeout(r, 10));
    expect(calls.started).toBe(0);
    parsed();
    await vi.waitFor(() => expect(calls.started).toBe(1));
    expect(calls.loaded).toBe(1);
  });

  test('any other page is looked at only once parsed: a page in English loads nothing', async () => {
    installRuntime();
    const parsed = stillLoading(
      '<head><title>Talks resume</title></head><body><p>The talks resumed in Doha on Sunday, officials said, after a pause of several weeks.</p></body>',
    );
    document.documentElement.setAttribute('lang', 'en');
    const { calls, loadMain } = loader();
    enter(loadMain);
    parsed();
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toEqual({ loaded: 0, started: 0 });
  });

  test('a page with no language that turns out Arabic is loaded once parsed', async () => {
    installRuntime();
    const parsed = stillLoading(
      '<head><title>استئناف المحادثات</title></head><body><p>قال مصدر مطلع إن المحادثات ستستأنف في الدوحة يوم الأحد بعد توقف دام أسابيع.</p></body>',
    );
    document.documentElement.removeAttribute('lang');
    const { calls, loadMain } = loader();
    enter(loadMain);
    expect(calls.loaded).toBe(0);
    parsed();
    await vi.waitFor(() => expect(calls.started).toBe(1));
  });
});
