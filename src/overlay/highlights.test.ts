// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { MarkKind } from '../analysis/types';
import { createPainter, firstInView, type PaintItem, windowAround } from './highlights';

/**
 * happy-dom has no Custom Highlight API: a stand-in with the same surface (a Highlight is a set
 * of ranges; CSS.highlights a map by name) lets these tests watch what is registered when. The
 * real registry is exercised by the end-to-end tests in Chromium and Firefox.
 */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  vi.useFakeTimers();
  registry = new Map();
  const win = document.defaultView as unknown as Record<string, unknown>;
  win.Highlight = FakeHighlight;
  win.CSS = { highlights: registry };
});

afterEach(() => {
  vi.useRealTimers();
  const win = document.defaultView as unknown as Record<string, unknown>;
  delete win.Highlight;
  delete win.CSS;
  document.adoptedStyleSheets = [];
});

const registered = () => [...registry.values()].reduce((n, h) => n + h.size, 0);

/** `n` paragraphs of our own text, one range each, `top` pixels apart; kinds in turn. */
function article(n: number, scrolledTo = 0): PaintItem[] {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>فقرة رقم ${i + 1}</p>`).join('');
  const kinds: MarkKind[] = ['anonymous', 'denial', 'no_comment', 'wire'];
  return [...document.querySelectorAll('p')].map((p, i) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const top = i * 20 - scrolledTo;
    range.getBoundingClientRect = () => new DOMRect(0, top, 100, 18);
    return { kind: kinds[i % kinds.length] as MarkKind, range };
  });
}

describe('painting highlights', () => {
  test('the first ranges at once, the rest in later turns, each kind under its own name', () => {
    const painter = createPainter(document, { underlined: 150, firstBatch: 10, batch: 10, window: 1_000 });
    const items = article(35);
    painter.paint(items);
    expect(registered()).toBe(10);
    // The first ones painted are the top of the article.
    expect(registry.get('anl-anonymous')?.has(items[0]?.range as Range)).toBe(true);
    vi.advanceTimersByTime(0);
    expect(registered()).toBe(20);
    vi.runAllTimers();
    expect(registered()).toBe(35);
    expect([...registry.keys()].sort()).toEqual([
      'anl-anonymous',
      'anl-denial',
      'anl-no_comment',
      'anl-wire',
    ]);
  });

  test('a new paint drops the batches still pending for the old one', () => {
    const painter = createPainter(document, { underlined: 150, firstBatch: 5, batch: 5, window: 1_000 });
    painter.paint(article(40));
    const fresh = article(3);
    painter.paint(fresh);
    vi.runAllTimers();
    expect(registered()).toBe(3);
  });

  test('clearing removes every highlight and the styles, and no batch comes back after', () => {
    const painter = createPainter(document, { underlined: 150, firstBatch: 5, batch: 5, window: 1_000 });
    painter.paint(article(40));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    painter.clear();
    vi.runAllTimers();
    expect(registered()).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  test('prepare adopts the styles once, before any highlight', () => {
    const painter = createPainter(document);
    painter.prepare();
    painter.prepare();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(registered()).toBe(0);
    painter.paint(article(2));
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  test('a partial paint (the first few, while the page is read) keeps the underlines chosen for the page', () => {
    const painter = createPainter(document, { underlined: 10, firstBatch: 50, batch: 50, window: 1_000 });
    // happy-dom does not parse ::highlight rules: read the text the sheet was given.
    const win = document.defaultView as Window & typeof globalThis;
    const given = vi.spyOn(win.CSSStyleSheet.prototype, 'replaceSync');
    const rules = () => String(given.mock.calls.at(-1)?.[0] ?? '');
    // A huge page: no underlines from the start, and none for its first few marks (no restyle).
    painter.prepare(true);
    const calls = given.mock.calls.length;
    const items = article(40);
    painter.paint(items.slice(0, 3), { partial: true });
    expect(given.mock.calls.length).toBe(calls);
    expect(rules()).not.toContain('text-decoration');
    expect(registered()).toBe(3);
    painter.paint(items);
    vi.runAllTimers();
    expect(rules()).not.toContain('text-decoration');
    expect(registered()).toBe(40);
    // An ordinary page is underlined, and a partial paint leaves it so.
    painter.clear();
    painter.prepare();
    painter.paint(items.slice(0, 3), { partial: true });
    expect(rules()).toContain('text-decoration');
    given.mockRestore();
  });

  test('a page with more ranges than the window has those around the viewport registered', () => {
    const painter = createPainter(document, { underlined: 150, firstBatch: 50, batch: 50, window: 100 });
    // Scrolled to paragraph 500 of 1000.
    const items = article(1_000, 500 * 20);
    painter.paint(items);
    vi.runAllTimers();
    expect(registered()).toBe(100);
    const inView = items[500]?.range as Range;
    expect([...registry.values()].some((h) => h.has(inView))).toBe(true);
    expect([...registry.values()].some((h) => h.has(items[0]?.range as Range))).toBe(false);
  });
});

test('underlines on a page with few marks; backgrounds only on one with many, and back', () => {
  const painter = createPainter(document, { underlined: 5, firstBatch: 100, batch: 100, window: 1_000 });
  // happy-dom does not parse ::highlight rules: read the text the sheet was given.
  const win = document.defaultView as Window & typeof globalThis;
  const given = vi.spyOn(win.CSSStyleSheet.prototype, 'replaceSync');
  const rules = () => String(given.mock.calls.at(-1)?.[0] ?? '');
  painter.paint(article(5));
  expect(rules()).toContain('text-decoration');
  painter.paint(article(6));
  expect(rules()).not.toContain('text-decoration');
  expect(rules()).toContain('background-color');
  expect(document.adoptedStyleSheets).toHaveLength(1);
  painter.paint(article(2));
  expect(rules()).toContain('text-decoration');
  // A huge page is prepared without underlines, so that painting it does not restyle it again.
  painter.clear();
  painter.prepare(true);
  expect(rules()).not.toContain('text-decoration');
  const calls = given.mock.calls.length;
  painter.paint(article(50));
  expect(given.mock.calls.length).toBe(calls);
  given.mockRestore();
});

describe('the window of registered ranges', () => {
  test('all of them when they fit; else a window with more room below the viewport than above', () => {
    expect(windowAround(50, 30, 100)).toEqual([0, 50]);
    expect(windowAround(1_000, 500, 100)).toEqual([475, 575]);
    expect(windowAround(1_000, 5, 100)).toEqual([0, 100]);
    expect(windowAround(1_000, 990, 100)).toEqual([900, 1_000]);
  });

  test('firstInView finds the first range not above the viewport', () => {
    expect(firstInView(article(100, 40 * 20 + 5))).toBe(40);
    expect(firstInView(article(100, 0))).toBe(0);
    expect(firstInView(article(100, 10_000))).toBe(99);
  });
});
