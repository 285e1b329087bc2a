/**
 * Sections 4 and 5 of the bench, in Chromium with the built extension: the time to highlights on
 * an article page and a 2 MB live blog against mark.js on the same pages, the longest task, the
 * heap added, and the content script's work on English and Persian pages.
 */
import { extensionId, findChromium, launch } from './chromium';
import {
  type ExtensionRun,
  extensionRun,
  type MarkJsRun,
  markJsRun,
  type PlainRun,
  plainRun,
} from './measure-page';
import { articlePage, englishPage, liveBlogPage, persianPage } from './pages';
import { type ProfiledLoad, profileLoad } from './script-time';
import { servePages } from './server';

export const LIVE_BLOG_BYTES = 2_000_000;

export interface PageResult {
  page: 'article' | 'live-blog';
  bytes: number;
  chars: number;
  extension: ExtensionRun[];
  plain: PlainRun[];
  markJs: MarkJsRun[];
  /** Separate runs under the CPU profiler: the extension's own main-thread time and longest stretch. */
  profiled: ProfiledLoad[];
}

export interface BrowserResults {
  skipped?: string;
  chromium?: string;
  build?: string;
  /** The registry the page sees is the one the content script fills (checked in its isolated world). */
  registryShared?: { mainWorld: number; isolatedWorld: number | null };
  pages: PageResult[];
  nonArabic: { page: 'english' | 'persian'; runs: ProfiledLoad[] }[];
}

export async function benchBrowser({
  quick,
  log,
  extension,
  build,
}: {
  quick: boolean;
  log: (l: string) => void;
  /** The unpacked extension to load (a private copy of dist/chrome). */
  extension: string;
  build: string;
}): Promise<BrowserResults> {
  const executable = findChromium();
  if (!executable)
    return { skipped: 'chromium not found (apt-get install chromium)', pages: [], nonArabic: [] };

  const article = articlePage();
  const blog = liveBlogPage(LIVE_BLOG_BYTES);
  const server = await servePages({
    '/blank': '<!doctype html><title>blank</title>',
    '/article': article.html,
    '/live-blog': blog.html,
    '/english': englishPage(),
    '/persian': persianPage(),
  });
  const withExt = await launch(executable, extension);
  const plain = await launch(executable, null);
  const results: BrowserResults = { chromium: withExt.version, build, pages: [], nonArabic: [] };
  try {
    if (!(await extensionId(withExt.context))) log('browser: warning — no extension service worker seen');
    const cases = [
      { page: 'article' as const, built: article, runs: quick ? 3 : 5, timeoutMs: 8_000 },
      { page: 'live-blog' as const, built: blog, runs: quick ? 2 : 3, timeoutMs: 30_000 },
    ];
    for (const c of cases) {
      const url = server.url(`/${c.page}`);
      const r: PageResult = {
        page: c.page,
        bytes: Buffer.byteLength(c.built.html),
        chars: c.built.chars,
        extension: [],
        plain: [],
        markJs: [],
        profiled: [],
      };
      for (let i = 0; i < c.runs; i++) {
        log(`browser: ${c.page}, run ${i + 1}/${c.runs} (extension, plain, mark.js)…`);
        const ext = await extensionRun(withExt.context, url, { timeoutMs: c.timeoutMs, settleMs: 1000 });
        r.extension.push(ext);
        r.plain.push(await plainRun(plain.context, url, (ext.toAll ?? 0) + 1000));
        r.markJs.push(await markJsRun(plain.context, url));
        // Nothing highlighted once: the content script does not paint here, do not wait again.
        if (ext.toFirst === null) break;
      }
      for (let i = 0; i < (c.page === 'article' ? 3 : 1); i++) {
        log(`browser: ${c.page}, profiled run ${i + 1}…`);
        r.profiled.push(
          await profileLoad(withExt.context, server.url('/blank'), url, {
            waitMs: 1000,
            timeoutMs: c.timeoutMs,
            intervalUs: 100,
            highlights: r.extension.some((e) => e.toFirst !== null),
          }),
        );
      }
      results.pages.push(r);
    }
    results.registryShared = await checkRegistryShared(withExt.context, server.url('/article'));
    for (const page of ['english', 'persian'] as const) {
      const runs: ProfiledLoad[] = [];
      for (let i = 0; i < (quick ? 3 : 5); i++) {
        log(`browser: ${page} page, run ${i + 1} (content-script profile)…`);
        runs.push(
          await profileLoad(withExt.context, server.url('/blank'), server.url(`/${page}`), { waitMs: 1500 }),
        );
      }
      results.nonArabic.push({ page, runs });
    }
  } finally {
    await withExt.close();
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
  context: import('playwright-core').BrowserContext,
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
