/**
 * The known Arabic news sites (src/page/domains.ts) get their own content script, which carries
 * the engine and loads nothing (vite.config.ts, knownSiteScript): the built extension in real
 * Chromium and real Firefox, on a fixture page served under one of those sites' names (each
 * browser resolves the name to this machine), marks the article as it does anywhere else.
 */
import { rm } from 'node:fs/promises';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMarked, expectUnmarked } from './support/assertions';
import { findBrowser, launchChromiumWithExtension, launchFirefoxWithExtension } from './support/browsers';
import { CMS, CMS_UNMARKED } from './support/expectations';
import { highlightsWithin } from './support/page-actions';
import { extensionTouched, readHighlights } from './support/probes';
import { type FixtureServer, serveFixtures } from './support/server';

/** The extension APIs the test calls inside the service worker (no @types/chrome here). */
declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** A known site (page/domains.ts) whose name the browsers are told to resolve to 127.0.0.1. */
const KNOWN_HOST = 'www.alweeam.com.sa';
const highlightsWith = highlightsWithin(30_000);

const chromiumBinary = findBrowser(['chromium', 'chromium-browser'], '/usr/bin/chromium');
const firefoxBinary = findBrowser(['firefox-esr', 'firefox'], '/usr/bin/firefox-esr');

(chromiumBinary ? describe : describe.skip)('on a known news site, in Chromium', () => {
  let context: BrowserContext;
  let worker: Worker;
  let server: FixtureServer;
  let profile: string;

  beforeAll(async () => {
    server = await serveFixtures();
    ({ context, worker, profile } = await launchChromiumWithExtension(
      chromiumBinary as string,
      'anl-known-',
      [`--host-resolver-rules=MAP ${KNOWN_HOST} 127.0.0.1`],
    ));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** The extension files a page's load asked for, as the browser's network layer saw them. */
  async function load(url: string): Promise<{ tab: Page; extensionFiles: string[] }> {
    const tab = await context.newPage();
    const extensionFiles: string[] = [];
    tab.on('request', (r) => {
      if (r.url().startsWith('chrome-extension://')) extensionFiles.push(r.url());
    });
    await tab.goto(url);
    return { tab, extensionFiles };
  }

  it('marks the article with no extension file fetched, where elsewhere the gate fetches main.ts but no page the engine', async () => {
    const known = await load(server.urlAt(KNOWN_HOST, 'cms-article.html'));
    const highlights = await highlightsWith(known.tab, ...CMS.map((e) => e.fragment));
    expectMarked(highlights, CMS);
    expectUnmarked(highlights, CMS_UNMARKED);
    const elsewhere = await load(server.url('cms-article.html'));
    await highlightsWith(elsewhere.tab, ...CMS.map((e) => e.fragment));
    // The gate's page asked for main.ts's chunk; the known site's asked for nothing; neither loaded
    // the engine, for the background read the text (src/content/background-reading.ts).
    expect(elsewhere.extensionFiles.some((f) => /\/assets\/content-main-[\w-]+\.js$/.test(f))).toBe(true);
    expect(elsewhere.extensionFiles.filter((f) => /\/assets\/sliced-analysis-/.test(f))).toEqual([]);
    expect(known.extensionFiles).toEqual([]);
    await known.tab.close();
    await elsewhere.tab.close();
  });

  /** What the content script of `tab` answers the popup, once it has a verdict (not `reading`). */
  async function summaryOf(tab: Page): Promise<{ status: string; hostname: string; sentences: number }> {
    await tab.bringToFront();
    const ask = () =>
      worker.evaluate(async () => {
        const [found] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return found?.id === undefined
          ? null
          : chrome.tabs.sendMessage(found.id, { type: 'summary' }).catch(() => null);
      }) as Promise<{ status: string; hostname: string; sentences: number } | null>;
    await expect
      .poll(async () => (await ask())?.status ?? null, { timeout: 15_000 })
      .toMatch(/^(?!reading$)/);
    return (await ask()) as { status: string; hostname: string; sentences: number };
  }

  it("answers the popup with the page's marks, and leaves an English page there untouched", async () => {
    const article = await load(server.urlAt(KNOWN_HOST, 'cms-article.html'));
    await highlightsWith(article.tab, ...CMS.map((e) => e.fragment));
    const summary = await summaryOf(article.tab);
    expect(summary).toMatchObject({ status: 'marked', hostname: KNOWN_HOST });
    const marked = new Set(Object.values(await article.tab.evaluate(readHighlights)).flat());
    expect(summary.sentences).toBe(marked.size);
    await article.tab.close();

    const english = await load(server.urlAt(KNOWN_HOST, 'english.html'));
    expect(await summaryOf(english.tab)).toMatchObject({ status: 'not-article', sentences: 0 });
    expect(await english.tab.evaluate(extensionTouched)).toBe(false);
    expect(await english.tab.evaluate(readHighlights)).toEqual({});
    await english.tab.close();
  });
});

(firefoxBinary ? describe : describe.skip)('on a known news site, in Firefox', () => {
  let browser: Browser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    ({ browser } = await launchFirefoxWithExtension(firefoxBinary as string, {
      'network.dns.localDomains': KNOWN_HOST,
      // The name is a real site's: neither a preloaded HSTS entry nor HTTPS-First may send the
      // fixture server's plain HTTP elsewhere.
      'network.stricttransportsecurity.preloadlist': false,
      'dom.security.https_first': false,
    }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Firefox's network events do not show an add-on's own files; that the marks come from the known
  // sites' script is the manifest's doing (the gate leaves this host out; scripts/build.mjs checks).
  it('marks the article', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.urlAt(KNOWN_HOST, 'cms-article.html'));
    const highlights = await highlightsWith(tab, ...CMS.map((e) => e.fragment));
    expectMarked(highlights, CMS);
    expectUnmarked(highlights, CMS_UNMARKED);
    await tab.close();
  });
});
