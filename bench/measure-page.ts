/**
 * One measured page load each: the extension highlighting a page, the same page without the
 * extension (the baseline for heap and long tasks), and mark.js marking the cue words on it.
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { heapAfterGc } from './chromium';
import { CUE_WORDS } from './cues';
import { type ProbeReading, READ_PROBE } from './probe';

const MARK_JS = resolve(import.meta.dirname, '../node_modules/mark.js/dist/mark.min.js');

const read = (page: Page) => page.evaluate(READ_PROBE) as Promise<ProbeReading>;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

const longestIn = (lt: [number, number][], from: number, to: number) =>
  lt.filter(([start]) => start >= from && start <= to).reduce((max, [, d]) => Math.max(max, d), 0);

export interface ExtensionRun {
  /** DOMContentLoaded → the first range in the highlight registry, ms (null: none appeared). */
  toFirst: number | null;
  /** DOMContentLoaded → the last change of the registry's range count. */
  toAll: number | null;
  ranges: number;
  highlights: number;
  /** Longest long task from DOMContentLoaded until the highlights settled. */
  longestTask: number;
  heap: number;
  anl: ProbeReading['anl'];
}

/**
 * Load `url` with the extension; wait until the highlight registry holds at least `expected` ranges
 * and has been quiet for `settleMs` (or the timeout). A quiet second alone is not the end: on a long
 * page the first screenful is painted at once and the rest comes seconds later (the live blog's
 * 4 first ranges, then its 1,265), so a bench that stopped at the first quiet second measured only
 * the first screenful as "all highlights".
 */
export async function extensionRun(
  context: BrowserContext,
  url: string,
  { timeoutMs, settleMs, expected = 1 }: { timeoutMs: number; settleMs: number; expected?: number },
): Promise<ExtensionRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const t0 = Date.now();
    let r = await read(page);
    while (Date.now() - t0 < timeoutMs) {
      const s = r.state;
      if (s.ranges >= Math.max(1, expected) && r.now - s.last >= settleMs) break;
      await sleep(100);
      r = await read(page);
    }
    const s = r.state;
    const end = s.last > 0 ? s.last : r.now;
    return {
      toFirst: s.first >= 0 ? s.first - r.dcl : null,
      toAll: s.first >= 0 ? s.last - r.dcl : null,
      ranges: s.ranges,
      highlights: s.highlights,
      longestTask: longestIn(s.lt, r.dcl, end + 50),
      heap: await heapAfterGc(page),
      anl: r.anl,
    };
  } finally {
    await page.close();
  }
}

export interface PlainRun {
  heap: number;
  /** Longest long task from DOMContentLoaded over the same wait: the page's own work. */
  longestTask: number;
}

/** The same page without the extension, held as long as the extension took, for the baselines. */
export async function plainRun(context: BrowserContext, url: string, holdMs: number): Promise<PlainRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(holdMs);
    const r = await read(page);
    return { heap: await heapAfterGc(page), longestTask: longestIn(r.state.lt, r.dcl, r.now) };
  } finally {
    await page.close();
  }
}

export interface MarkJsRun {
  /** Time of `new Mark(document.body).mark(cues, { separateWordSearch: false })`, ms. */
  ms: number;
  marks: number;
  longestTask: number;
  heapAdded: number;
}

/** mark.js marking the cue words, injected at DOMContentLoaded into a page without the extension. */
export async function markJsRun(context: BrowserContext, url: string): Promise<MarkJsRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.addScriptTag({ path: MARK_JS });
    await page.waitForLoadState('load');
    const before = await heapAfterGc(page);
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    const { ms, marks, t0 } = (await page.evaluate(`new Promise((ok) => {
      const t0 = performance.now();
      new Mark(document.body).mark(${JSON.stringify(CUE_WORDS)}, {
        separateWordSearch: false,
        done: (marks) => ok({ ms: performance.now() - t0, marks, t0 }),
      });
    })`)) as { ms: number; marks: number; t0: number };
    await sleep(200); // let the long-task observer deliver
    const r = await read(page);
    return {
      ms,
      marks,
      longestTask: longestIn(r.state.lt, t0 - 1, r.now),
      heapAdded: (await heapAfterGc(page)) - before,
    };
  } finally {
    await page.close();
  }
}
