// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from './host';
import { type HoverTarget, watchHover } from './hover';
import { createTooltip } from './tooltip';

const target: HoverTarget = {
  key: 'sentence-1',
  anchor: { getBoundingClientRect: () => new DOMRect(10, 10, 100, 20) },
  content: { lang: 'en', dir: 'ltr', sections: [{ kind: 'denial', title: 'Denied', lines: [], links: [] }] },
  inView: () => true,
};

/** A mouse move over the page; `trusted` stands for the reader's own pointer (happy-dom makes none). */
function move(trusted: boolean): void {
  const event = new MouseEvent('mousemove', { clientX: 20, clientY: 15, bubbles: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  document.body.dispatchEvent(event);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>ونفت الوزارة الخبر.</p>';
});

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.querySelector(HOST_TAG)?.remove();
});

describe('hover', () => {
  it("opens the tooltip for the reader's pointer, but not for a page script's synthetic mouse events", () => {
    const tooltip = createTooltip(document);
    const asked: [number, number][] = [];
    const hover = watchHover(document, tooltip, (x, y) => {
      asked.push([x, y]);
      return target;
    });
    move(false);
    vi.advanceTimersByTime(200);
    expect(asked).toEqual([]);
    expect(tooltip.isOpen()).toBe(false);
    move(true);
    vi.advanceTimersByTime(200);
    expect(asked).toEqual([[20, 15]]);
    expect(tooltip.isOpen()).toBe(true);
    // A synthetic pointer leaving the window does not close it either.
    document.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    vi.advanceTimersByTime(1_000);
    expect(tooltip.isOpen()).toBe(true);
    hover.dispose();
  });
});
