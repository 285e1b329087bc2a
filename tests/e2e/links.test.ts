/**
 * Wire links in the built extension, in real Chromium and Firefox: an article that links to its
 * Reuters source gets that exact address in the tooltip; one that does not gets Reuters' own
 * search for the English keywords, which the tooltip shows and lets the reader copy. Building the
 * links sends nothing: every request the page makes stays on the 127.0.0.1 fixture servers.
 * The seed article, turned into a page at test time, prints its Reuters search for the record.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindsOf } from './support/assertions';
import {
  CHROME_EXT,
  FIREFOX_EXT,
  findBrowser,
  OUTPUT_DIR,
  ROOT,
  launchChromiumWithExtension,
  launchFirefoxWithExtension,
} from './support/browsers';
import { readHighlights } from './support/probes';
import { hover } from './support/page-actions';
import { type FixtureServer, serveFixtures } from './support/server';

const LINKED = 'wire-linked.html';
const UNLINKED = 'wire-unlinked.html';
/** The credit's first words (the outlet's name itself is the link, another text node). */
const LINKED_CREDIT = 'وذكرت وكالة';
const UNLINKED_CREDIT = 'وقالت وكالة رويترز إن وزير الخارجية';
/** The address the linked fixture gives next to its credit (a sidebar links another Reuters story). */
const REPORT_URL = 'https://www.reuters.com/business/energy/iraq-turkmenistan-gas-swap-talks-2025-05-11/';
const SITE_SEARCH = 'https://www.reuters.com/site-search/?query=';

const WIRE = '[data-kind="wire"]';
const SEED_FILE = resolve(ROOT, '../shared/seed/article.txt');
const SEED_CREDIT = 'نقلت وكالة';
/** The date of the seed story (the acceptance test uses the same). */
const SEED_DATE = '2021-07-06T10:00:00+03:00';

/** The seed article as a page: headline, paragraphs, publication date. Built in memory, never committed. */
function seedPage(text: string): string {
  const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [headline = '', ...body] = text.split('\n').filter((l) => l.trim() !== '');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${html(headline)}</title><meta property="og:type" content="article">
<meta property="article:published_time" content="${SEED_DATE}">
<style>body{font:18px/1.8 Tahoma,sans-serif;max-width:760px;margin:0 auto;padding:10px 20px}</style></head>
<body><main><article><h1>${html(headline)}</h1>
${body.map((p) => `<p>${html(p)}</p>`).join('\n')}</article></main></body></html>`;
}

/** Serves one page from memory on 127.0.0.1 (generated per run), with extra response headers. */
async function serveOne(
  html: string,
  headers: Record<string, string> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/news/2025/article.html`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A page that allows nothing but its own inline styles: the lazy chunk must still load. */
const STRICT_CSP = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" };
const unlinkedHtml = () => readFileSync(resolve(ROOT, 'tests/fixtures/pages', UNLINKED), 'utf8');

const seedText = existsSync(SEED_FILE) ? readFileSync(SEED_FILE, 'utf8') : null;
if (!seedText) console.warn(`\n!!! ${SEED_FILE} is absent: the seed-article link test is SKIPPED.\n`);

/** Requests that left the fixture servers (extension-internal loads are not network). */
function offsite(urls: readonly string[]): string[] {
  return urls.filter((u) => /^(https?|wss?):/.test(u) && new URL(u).hostname !== '127.0.0.1');
}

/** What the English keywords of a search URL are (its query parameter, or DuckDuckGo's q). */
function queryOf(url: string): string {
  const u = new URL(url);
  return u.searchParams.get('query') ?? u.searchParams.get('q') ?? '';
}

/** A name the gazetteer translates: present in the lazy chunk only. */
const GAZETTEER_SAMPLE = 'Revolutionary Guards';

describe('the built content script stays light', () => {
  for (const [browser, dir] of [
    ['chrome', CHROME_EXT],
    ['firefox', FIREFOX_EXT],
  ] as const) {
    it(`${browser}: the link builder is its own chunk, loadable from pages, and not in the start-up script`, () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        content_scripts: { js: string[] }[];
        web_accessible_resources: { resources: string[] }[];
      };
      const exposed = manifest.web_accessible_resources.flatMap((w) => w.resources);
      // The known sites' script (vite.config.ts, knownSiteScript) carries everything in one file;
      // the chunks here are those of every other page.
      const knownSites = manifest.content_scripts[1]?.js[0];
      expect(knownSites).toMatch(/^assets\/known-site\.js$/);
      const chunks = readdirSync(join(dir, 'assets')).filter(
        (f) => f.endsWith('.js') && `assets/${f}` !== knownSites,
      );
      // The builder's chunk: its gazetteer in it, or in a chunk of data it imports (which the
      // background's builder imports too, src/content/links.ts).
      const builder = chunks.find((f) => /^links-[\w-]+\.js$/.test(f));
      expect(builder).toBeDefined();
      const builderCode = readFileSync(join(dir, 'assets', builder ?? ''), 'utf8');
      const withGazetteer = chunks.filter((f) =>
        readFileSync(join(dir, 'assets', f), 'utf8').includes(GAZETTEER_SAMPLE),
      );
      expect(withGazetteer).toHaveLength(1);
      expect(withGazetteer[0] === builder || builderCode.includes(`./${withGazetteer[0]}`)).toBe(true);
      const lazy = `assets/${builder}`;
      expect(exposed).toContain(lazy);
      expect(exposed).toContain(`assets/${withGazetteer[0]}`);
      // The start-up script is one plain script (no loader, no imports) without the builder.
      const start = manifest.content_scripts[0]?.js[0] ?? '';
      expect(start).toMatch(/^assets\/src-content-index\.ts-[\w-]+\.js$/);
      const startCode = readFileSync(join(dir, start), 'utf8');
      expect(startCode).not.toMatch(/\bfrom\s*["'`]|\bimport\s*["'`]/);
      const name = (builder ?? '').replace(/\.js$/, '');
      expect(startCode).not.toContain(name);
      expect(startCode).not.toContain(withGazetteer[0]);
      // The tooltip's chunk, loaded after the first paint, loads the builder only through import().
      const entry = exposed.find((r) => /^assets\/page-ui-[\w-]+\.js$/.test(r));
      expect(entry).toBeDefined();
      const entryCode = readFileSync(join(dir, entry ?? ''), 'utf8');
      if (browser === 'chrome') {
        // Imports between chunks go through the per-session URL (scripts/dynamic-url.ts); the
        // static ones are gathered at the head of the chunk, and the lazy chunk is not among them.
        expect(entryCode).toContain(`import(__anl_url("./${name}.js","${lazy}"))`);
        const head =
          /^const __anl_url=[^;]*;const\[[^\]]*\]=await Promise\.all\(\[[^\]]*\]\);/.exec(entryCode)?.[0] ??
          '';
        expect(head).not.toContain(name);
        expect(entryCode).not.toMatch(/from\s*["']\.{1,2}\/|import\(\s*[`"']\.{1,2}\//);
      } else {
        expect(entryCode).toMatch(new RegExp(`import\\(\`\\./${name}\\.js\``));
        expect(entryCode).not.toMatch(new RegExp(`from"\\./${name}\\.js"`));
      }
      const size = (f: string) => statSync(join(dir, f)).size;
      console.log(
        `${browser}: content script ${size(start)} B at start, tooltip chunk ${size(entry ?? '')} B, ` +
          `lazy links chunk ${size(lazy)} B`,
      );
    });
  }
});

const chromiumBinary = findBrowser(['chromium', 'chromium-browser'], '/usr/bin/chromium');
const firefoxBinary = findBrowser(['firefox-esr', 'firefox'], '/usr/bin/firefox-esr');
if (!chromiumBinary) it.skip('Chromium wire-link tests: chromium is not installed', () => {});
if (!firefoxBinary) it.skip('Firefox wire-link tests: firefox-esr is not installed', () => {});

(chromiumBinary ? describe : describe.skip)('wire links in Chromium', () => {
  let context: BrowserContext;
  let server: FixtureServer;
  let profile: string;
  let extensionId: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures();
    ({ context, extensionId, profile } = await launchChromiumWithExtension(
      chromiumBinary as string,
      'anl-links-chromium-',
    ));
    context.on('request', (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  async function openWired(url: string, credit: string): Promise<Page> {
    const tab = await context.newPage();
    await tab.goto(url);
    await expect
      .poll(async () => kindsOf(await tab.evaluate(readHighlights), credit), { timeout: 30_000 })
      .toContain('wire');
    return tab;
  }

  /** Hovers the credit and returns the hrefs of the wire section once its links are built. */
  async function wireLinks(tab: Page, credit: string): Promise<string[]> {
    await hover(tab, credit);
    const links = tab.getByRole('tooltip').locator(`${WIRE} a[href]`);
    await links.first().waitFor({ state: 'visible', timeout: 5_000 });
    return links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  }

  it('an article that links to its Reuters source gets that exact address, said to come from the article', async () => {
    requests.length = 0;
    const tab = await openWired(server.url(LINKED), LINKED_CREDIT);
    const hrefs = await wireLinks(tab, LINKED_CREDIT);
    expect(hrefs[0]).toBe(REPORT_URL);
    expect(hrefs[1]).toMatch(/^https:\/\/duckduckgo\.com\/\?q=site%3Areuters\.com/);
    expect(requests.length).toBeGreaterThan(0);
    const wire = tab.getByRole('tooltip').locator(WIRE);
    expect(await wire.textContent()).toContain('the article links to it');
    for (const a of await wire.locator('a[href]').all()) {
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await a.getAttribute('target')).toBe('_blank');
    }
    await tab.waitForTimeout(300);
    expect(offsite(requests)).toEqual([]);
    await tab.close();
  });

  it('an article without one gets Reuters’ search for the English keywords, shown and copyable; nothing is fetched', async () => {
    requests.length = 0;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url('').slice(0, -1),
    });
    const tab = await openWired(server.url(UNLINKED), UNLINKED_CREDIT);
    const hrefs = await wireLinks(tab, UNLINKED_CREDIT);
    expect(hrefs[0]?.startsWith(SITE_SEARCH)).toBe(true);
    const query = queryOf(hrefs[0] ?? '');
    for (const word of ['Safadi', 'Jordan', 'Syria']) expect(query).toContain(word);
    // The web search is bounded to the days around the page's date (2025-02-20).
    expect(hrefs[1]).toMatch(/^https:\/\/duckduckgo\.com\/.*&df=2025-02-\d\d\.\.2025-02-\d\d$/);
    const wire = tab.getByRole('tooltip').locator(WIRE);
    expect(await wire.textContent()).toContain(`Searched for: ${query}`);
    const copy = wire.locator('button');
    expect(await copy.textContent()).toBe('Copy query');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(query);
    // The reader edits the query before following it: both searches follow, and the copy takes it.
    const field = wire.getByRole('searchbox', { name: 'Edit the search words' });
    expect(await field.inputValue()).toBe(query);
    await field.fill('Safadi Damascus visit');
    const edited = await wire
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(queryOf(edited[0] ?? '')).toBe('Safadi Damascus visit');
    expect(queryOf(edited[1] ?? '')).toBe('site:reuters.com Safadi Damascus visit');
    expect(edited[1]).toMatch(/&df=2025-02-\d\d\.\.2025-02-\d\d$/);
    expect(await wire.textContent()).toContain('Searched for: Safadi Damascus visit');
    await mkdir(OUTPUT_DIR, { recursive: true });
    await tab.screenshot({ path: join(OUTPUT_DIR, 'chromium-wire-links.png') });
    await tab.waitForTimeout(300);
    expect(offsite(requests)).toEqual([]);
    await tab.close();
  });

  it('the web search goes to the engine picked in the options, without a reload', async () => {
    const tab = await openWired(server.url(UNLINKED), UNLINKED_CREDIT);
    expect((await wireLinks(tab, UNLINKED_CREDIT))[1]).toMatch(/^https:\/\/duckduckgo\.com\//);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await options.locator('#engine-bing').check();
    await tab.bringToFront();
    await tab.keyboard.press('Escape');
    await expect
      .poll(async () => (await wireLinks(tab, UNLINKED_CREDIT))[1], { timeout: 5_000 })
      .toMatch(/^https:\/\/www\.bing\.com\/search\?q=site%3Areuters\.com/);
    expect(await tab.getByRole('tooltip').locator(WIRE).textContent()).toContain('(Bing)');
    await options.locator('#engine-duckduckgo').check();
    await options.close();
    await tab.close();
  });

  it('builds the links under a page CSP that allows nothing (default-src none)', async () => {
    const strict = await serveOne(unlinkedHtml(), STRICT_CSP);
    try {
      const tab = await openWired(strict.url, UNLINKED_CREDIT);
      expect((await wireLinks(tab, UNLINKED_CREDIT))[0]?.startsWith(SITE_SEARCH)).toBe(true);
      await tab.close();
    } finally {
      await strict.close();
    }
  });

  (seedText ? it : it.skip)(
    'the seed article: the Reuters search names its key entities, within days of its date',
    async () => {
      const seed = await serveOne(seedPage(seedText ?? ''));
      try {
        const tab = await openWired(seed.url, SEED_CREDIT);
        const hrefs = await wireLinks(tab, SEED_CREDIT);
        const search = hrefs[0] ?? '';
        console.log(
          `\nSeed article, Chromium tooltip:\n  Reuters search: ${search}\n  web search: ${hrefs[1]}\n`,
        );
        expect(search.startsWith(SITE_SEARCH)).toBe(true);
        const query = queryOf(search);
        for (const entity of ['Revolutionary Guards', 'Iraq', 'militias', 'U.S.'])
          expect(query).toContain(entity);
        expect(query).toMatch(/Taeb/);
        expect(hrefs[1]).toMatch(/df=2021-07-\d\d\.\.2021-07-\d\d/);
        await tab.close();
      } finally {
        await seed.close();
      }
    },
  );
});

(firefoxBinary ? describe : describe.skip)('wire links in Firefox', () => {
  let browserApp: Browser;
  let server: FixtureServer;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures();
    ({ browser: browserApp } = await launchFirefoxWithExtension(firefoxBinary as string));
  });

  afterAll(async () => {
    await browserApp?.close();
    await server?.close();
  });

  async function openWired(url: string, credit: string): Promise<FirefoxPage> {
    const tab = await browserApp.newPage();
    tab.on('request', (r) => requests.push(r.url()));
    await tab.goto(url);
    await expect
      .poll(async () => kindsOf(await tab.evaluate(readHighlights), credit), { timeout: 30_000 })
      .toContain('wire');
    return tab;
  }

  async function wireLinks(tab: FirefoxPage, credit: string): Promise<string[]> {
    await hover(tab, credit);
    await tab.waitForSelector(`pierce/${WIRE} a[href]`, { visible: true, timeout: 5_000 });
    return tab.$$eval(`pierce/${WIRE} a[href]`, (as) => as.map((a) => a.getAttribute('href') ?? ''));
  }

  const wireText = (tab: FirefoxPage) => tab.$eval(`pierce/${WIRE}`, (e) => e.textContent ?? '');

  it('an article that links to its Reuters source gets that exact address, said to come from the article', async () => {
    requests.length = 0;
    const tab = await openWired(server.url(LINKED), LINKED_CREDIT);
    const hrefs = await wireLinks(tab, LINKED_CREDIT);
    expect(hrefs[0]).toBe(REPORT_URL);
    expect(hrefs[1]).toMatch(/^https:\/\/duckduckgo\.com\/\?q=site%3Areuters\.com/);
    expect(await wireText(tab)).toContain('the article links to it');
    await new Promise((r) => setTimeout(r, 300));
    expect(requests.length).toBeGreaterThan(0);
    expect(offsite(requests)).toEqual([]);
    await tab.close();
  });

  it('an article without one gets Reuters’ search for the English keywords, shown and copyable; nothing is fetched', async () => {
    requests.length = 0;
    const tab = await openWired(server.url(UNLINKED), UNLINKED_CREDIT);
    const hrefs = await wireLinks(tab, UNLINKED_CREDIT);
    expect(hrefs[0]?.startsWith(SITE_SEARCH)).toBe(true);
    const query = queryOf(hrefs[0] ?? '');
    for (const word of ['Safadi', 'Jordan', 'Syria']) expect(query).toContain(word);
    expect(await wireText(tab)).toContain(`Searched for: ${query}`);
    const copy = await tab.waitForSelector(`pierce/${WIRE} button`);
    expect(await copy?.evaluate((b) => b.textContent)).toBe('Copy query');
    await copy?.click();
    await expect.poll(() => copy?.evaluate((b) => b.textContent)).toBe('Copied');
    // The reader edits the query before following it: the Reuters search follows.
    const field = await tab.waitForSelector(`pierce/${WIRE} input[type="search"]`);
    await field?.evaluate((el) => {
      (el as HTMLInputElement).value = '';
    });
    await field?.type('Safadi Damascus visit');
    const edited = await tab.$$eval(`pierce/${WIRE} a[href]`, (as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(queryOf(edited[0] ?? '')).toBe('Safadi Damascus visit');
    await new Promise((r) => setTimeout(r, 300));
    expect(offsite(requests)).toEqual([]);
    await tab.close();
  });

  it('builds the links under a page CSP that allows nothing (default-src none)', async () => {
    const strict = await serveOne(unlinkedHtml(), STRICT_CSP);
    try {
      const tab = await openWired(strict.url, UNLINKED_CREDIT);
      expect((await wireLinks(tab, UNLINKED_CREDIT))[0]?.startsWith(SITE_SEARCH)).toBe(true);
      await tab.close();
    } finally {
      await strict.close();
    }
  });

  (seedText ? it : it.skip)('the seed article: the Reuters search names its key entities', async () => {
    const seed = await serveOne(seedPage(seedText ?? ''));
    try {
      const tab = await openWired(seed.url, SEED_CREDIT);
      const hrefs = await wireLinks(tab, SEED_CREDIT);
      console.log(`\nSeed article, Firefox tooltip:\n  Reuters search: ${hrefs[0]}\n`);
      expect(hrefs[0]?.startsWith(SITE_SEARCH)).toBe(true);
      const query = queryOf(hrefs[0] ?? '');
      for (const entity of ['Revolutionary Guards', 'Iraq', 'militias', 'U.S.', 'Taeb'])
        expect(query).toContain(entity);
      await tab.close();
    } finally {
      await seed.close();
    }
  });
});
