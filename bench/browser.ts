/**
 * Sections 4 and 5 of the bench, in Chromium with the built extension: the time to highlights on
 * an article page and a 2 MB live blog against mark.js on the same pages, the longest task, the
 * main-thread time, the heap added, per-chunk loading, and the content script's work on English
 * and Persian pages.
 *
 * Every figure comes from rounds: in each round every contender loads the page once (the
 * extension, the baseline build when one is given, the page alone, mark.js, and the profiled
 * loads), so that a change in the machine's load falls on all of them alike. The 1-minute load
 * average is read at every round.
 */
import { loadavg } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { extensionId, findChromium, KNOWN_SITE_HOST, launch, stopBackground } from './chromium';
import {
  type ExtensionRun,
  extensionRun,
  type MarkJsRun,
  markJsRun,
  type PlainRun,
  plainRun,
} from './measure-page';
import { articlePage, englishPage, liveBlogPage, marksIn, persianPage } from './pages';
import { type ProfiledLoad, profileLoad } from './script-time';
import { servePages } from './server';

export const LIVE_BLOG_BYTES = 2_000_000;

/** The build under test, and the baseline build it is compared with (BENCH_BASELINE). */
export type Build = 'current' | 'baseline';

export interface BuildRuns {
  extension: ExtensionRun[];
  /** Separate loads under the CPU profiler and a trace: main-thread time, tasks, chunks. */
  profiled: ProfiledLoad[];
}

export interface PageResult {
  /**
   * `known-site`: the article page again, served under a known news site's name; `article-cold`:
   * the article page with the extension's background stopped before each load (as after 30 s idle).
   */
  page: 'article' | 'article-cold' | 'known-site' | 'live-blog';
  bytes: number;
  chars: number;
  builds: Partial<Record<Build, BuildRuns>>;
  plain: PlainRun[];
  markJs: MarkJsRun[];
  /** 1-minute load average at the start of each round. */
  load: number[];
}

export interface NonArabicResult {
  page: 'english' | 'persian';
  builds: Partial<Record<Build, ProfiledLoad[]>>;
  load: number[];
}

export interface BrowserResults {
  skipped?: string;
  chromium?: string;
  build?: string;
  /** The baseline build's directory, when one was compared. */
  baseline?: string;
  /** The registry the page sees is the one the content script fills (checked in its isolated world). */
  registryShared?: { mainWorld: number; isolatedWorld: number | null };
  pages: PageResult[];
  nonArabic: NonArabicResult[];
}

const load1 = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export async function benchBrowser({
  quick,
  log,
  extension,
  baseline,
  build,
  pages = null,
}: {
  quick: boolean;
  log: (l: string) => void;
  /** The unpacked extension to load (a private copy of dist/chrome). */
  extension: string;
  /** Another unpacked build to compare with, run in the same rounds. */
  baseline: string | null;
  build: string;
  /** Only these pages ('article', 'article-cold', 'known-site', 'live-blog', 'other' for the English and Persian ones). */
  pages?: ReadonlySet<string> | null;
}): Promise<BrowserResults> {
  const wanted = (page: string) => !pages || pages.has(page);
  const executable = findChromium();
  if (!executable)
    return { skipped: 'chromium not found (apt-get install chromium)', pages: [], nonArabic: [] };

  const article = articlePage();
  const blog = liveBlogPage(LIVE_BLOG_BYTES);
  const server = await servePages({
    // In English, so that the content script leaves it alone (an empty page with no language may
    // be an Arabic page still to be written by script: it would load its session, within the trace).
    '/blank': '<!doctype html><html lang="en"><title>blank</title>',
    '/article': article.html,
    '/live-blog': blog.html,
    '/english': englishPage(),
    '/persian': persianPage(),
  });
  const contexts: Partial<Record<Build, Awaited<ReturnType<typeof launch>>>> = {
    current: await launch(executable, extension),
  };
  if (baseline) contexts.baseline = await launch(executable, baseline);
  const plain = await launch(executable, null);
  const builds = Object.keys(contexts) as Build[];
  const ctx = (b: Build) => (contexts[b] as Awaited<ReturnType<typeof launch>>).context;
  const results: BrowserResults = {
    chromium: contexts.current?.version,
    build,
    ...(baseline ? { baseline } : {}),
    pages: [],
    nonArabic: [],
  };
  try {
    const ids: Partial<Record<Build, string>> = {};
    for (const b of builds) {
      const id = await extensionId(ctx(b));
      if (id) ids[b] = id;
      else log(`browser: warning — no service worker seen for the ${b} build`);
    }
    /** Before a load of a cold case: the build's background stopped. */
    const coldStart = async (b: Build, cold: boolean) => {
      const id = ids[b];
      if (cold && id) await stopBackground(ctx(b), id);
    };
    // BENCH_ROUNDS: more rounds of every page, to tell a small change from the noise.
    const more = Number(process.env.BENCH_ROUNDS) || 0;
    const cases = [
      { page: 'article' as const, path: '/article', built: article, rounds: quick ? 3 : 7, timeoutMs: 8_000 },
      {
        page: 'article-cold' as const,
        path: '/article',
        built: article,
        rounds: quick ? 3 : 5,
        timeoutMs: 8_000,
        cold: true,
      },
      {
        page: 'known-site' as const,
        path: '/article',
        host: KNOWN_SITE_HOST,
        built: article,
        rounds: quick ? 3 : 7,
        timeoutMs: 8_000,
      },
      {
        page: 'live-blog' as const,
        path: '/live-blog',
        built: blog,
        rounds: quick ? 2 : 5,
        timeoutMs: 30_000,
      },
    ];
    for (const c of cases.filter((k) => wanted(k.page))) {
      const url = server.url(c.path, 'host' in c ? c.host : undefined);
      const r: PageResult = {
        page: c.page,
        bytes: Buffer.byteLength(c.built.html),
        chars: c.built.chars,
        builds: Object.fromEntries(builds.map((b) => [b, { extension: [], profiled: [] }])),
        plain: [],
        markJs: [],
        load: [],
      };
      const runs = (b: Build) => r.builds[b] as BuildRuns;
      // The ranges to wait for: nine in ten of the marks the engine finds in the page's text (the
      // page reader leaves some furniture out), so that "all highlights" means all of them.
      const expected = Math.floor(0.9 * marksIn(c.built.html));
      // One load per build first, not counted: each browser then has the page and the
      // extension's scripts cached as every counted round will.
      for (const b of builds)
        await extensionRun(ctx(b), url, { timeoutMs: c.timeoutMs, settleMs: 200, expected });
      const rounds = Math.max(c.rounds, more);
      for (let i = 0; i < rounds; i++) {
        r.load.push(load1());
        log(
          `browser: ${c.page}, round ${i + 1}/${rounds} (${builds.join(' + ')}, plain, mark.js, profiled)…`,
        );
        // Alternate which build goes first, so that neither always loads right after the other.
        const order = i % 2 === 0 ? builds : [...builds].reverse();
        let longest = 0;
        const cold = 'cold' in c && c.cold === true;
        for (const b of order) {
          await coldStart(b, cold);
          const ext = await extensionRun(ctx(b), url, { timeoutMs: c.timeoutMs, settleMs: 1000, expected });
          runs(b).extension.push(ext);
          longest = Math.max(longest, ext.toAll ?? 0);
        }
        r.plain.push(await plainRun(plain.context, url, longest + 1000));
        r.markJs.push(await markJsRun(plain.context, url));
        for (const b of order) {
          await coldStart(b, cold);
          runs(b).profiled.push(
            await profileLoad(ctx(b), server.url('/blank'), url, {
              waitMs: 1000,
              timeoutMs: c.timeoutMs,
              intervalUs: 100,
              highlights: runs(b).extension.some((e) => e.toFirst !== null),
              expected,
            }),
          );
        }
      }
      results.pages.push(r);
    }
    if (wanted('article'))
      results.registryShared = await checkRegistryShared(ctx('current'), server.url('/article'));
    const other: NonArabicResult[] = (['english', 'persian'] as const).map((page) => ({
      page,
      builds: Object.fromEntries(builds.map((b) => [b, []])),
      load: [],
    }));
    const rounds = !wanted('other') ? 0 : quick ? 3 : 7;
    for (let i = 0; i < rounds; i++) {
      log(`browser: English and Persian pages, round ${i + 1}/${rounds} (content-script profile)…`);
      const order = i % 2 === 0 ? builds : [...builds].reverse();
      for (const n of other) {
        n.load.push(load1());
        for (const b of order)
          (n.builds[b] as ProfiledLoad[]).push(
            await profileLoad(ctx(b), server.url('/blank'), server.url(`/${n.page}`), { waitMs: 1500 }),
          );
      }
    }
    if (rounds > 0) results.nonArabic = other;
  } finally {
    for (const b of builds) await contexts[b]?.close();
    await plain.close();
    await server.close();
  }
  return results;
}

/**
 * The page's `CSS.highlights` and the content script's are one document-level registry: count the
 * ranges from the main world and, over CDP, from the extension's isolated world.
 */
async function checkRegistryShared(
  context: BrowserContext,
  url: string,
): Promise<BrowserResults['registryShared']> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    const ctx = e.context as { id: number; origin: string; auxData?: { type?: string } };
    if (ctx.auxData?.type === 'isolated' && ctx.origin.startsWith('chrome-extension://'))
      isolated.push(ctx.id);
  });
  await cdp.send('Runtime.enable');
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 8_000 }).catch(() => {});
    const count = '(() => { let n = 0; CSS.highlights.forEach((h) => { n += h.size; }); return n; })()';
    const mainWorld = (await page.evaluate(count)) as number;
    let isolatedWorld: number | null = null;
    for (const contextId of isolated) {
      const r = await cdp
        .send('Runtime.evaluate', { expression: count, contextId, returnByValue: true })
        .catch(() => null);
      if (r && typeof r.result.value === 'number') isolatedWorld = r.result.value;
    }
    return { mainWorld, isolatedWorld };
  } finally {
    await cdp.detach();
    await page.close();
  }
}
