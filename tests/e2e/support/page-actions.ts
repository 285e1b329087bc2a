/**
 * What a reader does on a page, written once for both drivers: Playwright's and Puppeteer's Page
 * both evaluate a page function with one argument and move the mouse in steps.
 */
import { expect } from 'vitest';
import { kindsOf } from './assertions';
import { pointOn, readHighlights } from './probes';
import { tooltipText } from './safety';

type Highlights = Record<string, string[]>;

/** The part of a driver's Page the actions use. */
export interface DrivenPage {
  evaluate(fn: typeof readHighlights): Promise<Highlights>;
  evaluate(fn: typeof tooltipText): Promise<string>;
  evaluate(fn: typeof pointOn, fragment: string): Promise<ReturnType<typeof pointOn>>;
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
  keyboard: { press(key: 'Escape'): Promise<void> };
}

/**
 * Closes the tooltip as a reader would before pointing elsewhere: the pointer leaves the text,
 * Escape, and the tooltip is gone. (Escape alone, with the pointer still on a sentence, can race
 * a pointer check still pending from the way there, which opens the same tooltip again; it then
 * covers the next sentence, and pointing there is pointing at the tooltip.)
 */
export async function dismissTooltip(tab: DrivenPage): Promise<void> {
  await tab.mouse.move(1, 1);
  await tab.keyboard.press('Escape');
  await expect.poll(() => tab.evaluate(tooltipText), { timeout: 15_000 }).toBe('');
}

/** Moves the pointer onto `fragment` from a little to its left, as a reader's hand would. */
export async function hover(tab: DrivenPage, fragment: string): Promise<void> {
  const point = await tab.evaluate(pointOn, fragment);
  expect(point, fragment).not.toBeNull();
  if (!point) return;
  await tab.mouse.move(point.x - 20, point.y);
  await tab.mouse.move(point.x, point.y, { steps: 3 });
}

/**
 * A wait for highlights containing every fragment (the content script works after idle), then
 * the page's highlights; `timeout` is longer where pages are heavy.
 */
export function highlightsWithin(
  timeout: number,
): (tab: DrivenPage, ...fragments: string[]) => Promise<Highlights> {
  return async (tab, ...fragments) => {
    await expect
      .poll(
        async () => {
          const highlights = await tab.evaluate(readHighlights);
          return fragments.filter((f) => kindsOf(highlights, f).length === 0);
        },
        { timeout },
      )
      .toEqual([]);
    return tab.evaluate(readHighlights);
  };
}

/** Hover `fragment` and wait until the tooltip shows `expected` (so a previous sentence's tooltip is never read). */
export async function tooltipSays(
  tab: DrivenPage,
  fragment: string,
  title: string,
  expected = title,
): Promise<string> {
  await hover(tab, fragment);
  await expect.poll(() => tab.evaluate(tooltipText), { timeout: 15_000 }).toContain(expected);
  const text = await tab.evaluate(tooltipText);
  expect(text).toContain(title);
  return text;
}
