/**
 * The toolbar popup in real Chromium says what each tab is: a page no extension may read, a page
 * still loading, one that is not an Arabic news article (and why), a switched-off site, an article,
 * and a page opened before the extension was (re)installed. The popup is opened as a page of its
 * own with the tab's id, as in chromium.test.ts. Three states are photographed (into docs/ with UPDATE_DOCS=1).
 * Firefox's own states (withheld site access among them) are unit tests: BiDi cannot open
 * moz-extension:// pages.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findBrowser, launchChromiumWithExtension, OUTPUT_DIR, ROOT } from './support/browsers';
import { highlightsWithin } from './support/page-actions';
import { type FixtureServer, serveFixtures } from './support/server';

declare const chrome: {
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  runtime: { reload(): void };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};

const binary = findBrowser(['chromium', 'chromium-browser'], '/usr/bin/chromium');
const suite = binary ? describe : describe.skip;
if (!binary) it.skip('Chromium popup tests: chromium is not installed', () => {});

/** The English messages (the test browser's UI is English), as the reader reads them. */
const MESSAGES = JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const say = (key: string) => MESSAGES[key]?.message ?? `missing ${key}`;
const OTHER_BROWSERS = /firefox|mozilla|edge/i;
const WIRE_AFP = 'وذكرت وكالة فرانس برس';
/**
 * Where the photographs go: test-output/ on every run (a test run leaves the checkout as it found
 * it), docs/ when asked to refresh the README's pictures (`UPDATE_DOCS=1 npm test`).
 */
const SHOTS = process.env.UPDATE_DOCS === '1' ? join(ROOT, 'docs') : OUTPUT_DIR;

suite('the popup in Chromium', () => {
  let context: BrowserContext;
  let worker: Worker;
  let server: FixtureServer;
  let profile: string;
  let extensionId: string;
  const highlightsWith = highlightsWithin(10_000);

  beforeAll(async () => {
    server = await serveFixtures();
    ({ context, worker, extensionId, profile } = await launchChromiumWithExtension(
      binary as string,
      'anl-popup-',
    ));
    // Installed: the tabs open at install are noted; the tests' own tabs come after.
    await vi.waitFor(
      async () => {
        const noted = await worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
        expect(noted).toHaveLength(1);
      },
      { timeout: 10_000, interval: 100 },
    );
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  async function tabIdOf(tab: Page): Promise<number> {
    await tab.bringToFront();
    const id = await worker.evaluate(async () => {
      const [found] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return found?.id ?? -1;
    });
    expect(id).toBeGreaterThan(0);
    return id;
  }

  /** The popup for `tab`, the size of a real one. */
  async function popupFor(tab: Page | number): Promise<Page> {
    const id = typeof tab === 'number' ? tab : await tabIdOf(tab);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 120 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${id}`);
    return popup;
  }

  /** Waits until the popup says `key`'s message, and checks it offers nothing that cannot help. */
  async function expectSays(popup: Page, key: string): Promise<void> {
    await expect.poll(() => popup.locator('#status').textContent()).toBe(say(key));
    expect(await popup.locator('body').textContent()).not.toMatch(OTHER_BROWSERS);
    expect(await popup.locator('#grant').count()).toBe(0);
  }

  const photograph = (popup: Page, name: string) =>
    popup.screenshot({ path: join(SHOTS, name), fullPage: true, animations: 'disabled' });

  it('a new tab (about:blank) is a page no extension may read: no browser named, no permission button', async () => {
    const tab = await context.newPage();
    const popup = await popupFor(tab);
    await expectSays(popup, 'popup_restricted_browser');
    await photograph(popup, 'popup-browser-page.png');
    await popup.close();
    await tab.close();
  });

  it("the browser's own pages (its new-tab page, chrome://version) are pages no extension may read", async () => {
    for (const address of ['chrome://new-tab-page/', 'chrome://version/']) {
      const tab = await context.newPage();
      await tab.goto(address);
      const popup = await popupFor(tab);
      await expectSays(popup, 'popup_restricted_browser');
      await popup.close();
      await tab.close();
    }
  });

  it('a page still loading is "being read", then shows its marks once it has loaded', async () => {
    // A page whose last bytes are held back: the tab stays loading until they are sent.
    const article = readFileSync(join(ROOT, 'tests/fixtures/pages/cms-article.html'), 'utf8');
    const cut = article.indexOf('</body>');
    let held: ServerResponse | null = null;
    const slow = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(article.slice(0, cut));
      held = res;
    });
    await new Promise<void>((done) => slow.listen(0, '127.0.0.1', done));
    const tab = await context.newPage();
    await tab.goto(`http://127.0.0.1:${(slow.address() as AddressInfo).port}/2025/slow`, {
      waitUntil: 'commit',
    });
    const popup = await popupFor(tab);
    await expectSays(popup, 'popup_reading');
    (held as ServerResponse | null)?.end(article.slice(cut));
    await popup.locator('#count-wire').waitFor();
    expect(await popup.locator('#status').count()).toBe(0);
    await popup.close();
    await tab.close();
    slow.closeAllConnections();
    await new Promise((done) => slow.close(done));
  });

  it('an English page is not read because of its language; a section front and a recipe page say their own reasons', async () => {
    for (const [page, key] of [
      ['english.html', 'popup_not_arabic'],
      ['section/index.html', 'popup_front_page'],
      ['arabic-non-news.html', 'popup_not_article'],
    ]) {
      const tab = await context.newPage();
      await tab.goto(server.url(page as string));
      const popup = await popupFor(tab);
      await expectSays(popup, key as string);
      // The reader can still switch the site off from here.
      expect(await popup.locator('#site-switch').isChecked()).toBe(true);
      await popup.close();
      await tab.close();
    }
  });

  it('an article shows its summary; switched off on its site, it says so and can be switched on again', async () => {
    const tab = await context.newPage();
    await tab.goto(server.url('cms-article.html'));
    await highlightsWith(tab, WIRE_AFP);
    const popup = await popupFor(tab);
    await popup.locator('#count-wire').waitFor();
    expect(Number(await popup.locator('#count-wire').textContent())).toBeGreaterThan(0);
    expect(await popup.locator('#status, #grant, #reload').count()).toBe(0);
    expect(await popup.locator('body').textContent()).not.toMatch(OTHER_BROWSERS);
    await photograph(popup, 'popup-article.png');

    await popup.locator('#site-switch').uncheck();
    await expectSays(popup, 'popup_site_off');
    // A popup opened afresh on the switched-off site says the same.
    const again = await popupFor(tab);
    await expectSays(again, 'popup_site_off');
    await again.locator('#site-switch').check();
    await again.locator('#count-wire').waitFor();
    await again.close();
    await popup.close();
    await tab.close();
  });

  it("asks about the tab's own origin, and Chromium's answer follows the reader's site-access setting", async () => {
    // The popup's question where the browser shows it an address (state.ts: withheld, or not).
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    const asks = () =>
      popup.evaluate(() =>
        (
          chrome as unknown as {
            permissions: { contains(p: { origins: string[] }): Promise<boolean> };
          }
        ).permissions.contains({ origins: ['http://127.0.0.1/*'] }),
      );
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    const setAccess = (hostAccess: string) =>
      settings.evaluate(
        ([id, access]) =>
          (
            chrome as unknown as {
              developerPrivate: {
                updateExtensionConfiguration(c: { extensionId: string; hostAccess: string }): Promise<void>;
              };
            }
          ).developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: access }),
        [extensionId, hostAccess] as const,
      );
    expect(await asks()).toBe(true);
    await setAccess('ON_CLICK');
    expect(await asks()).toBe(false);
    await setAccess('ON_ALL_SITES');
    expect(await asks()).toBe(true);
    await settings.close();
    await popup.close();
  });

  // Last: reloading the extension replaces the service worker the other tests use.
  it('a page opened before the extension was reloaded is offered a reload, which brings its marks', async () => {
    const tab = await context.newPage();
    await tab.goto(server.url('cms-article.html'));
    await highlightsWith(tab, WIRE_AFP);
    const tabId = await tabIdOf(tab);
    // As a developer reloads an unpacked extension (outside developer mode, Chromium disables it).
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(() =>
      (
        chrome as unknown as {
          developerPrivate: { updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void> };
        }
      ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
    );
    await settings.close();
    const restarted = context.waitForEvent('serviceworker');
    await worker.evaluate(() => chrome.runtime.reload());
    worker = await restarted;
    const popup = await popupFor(tabId);
    await expect.poll(() => popup.locator('#status').textContent()).toBe(say('popup_stale'));
    expect(await popup.locator('#grant').count()).toBe(0);
    expect(await popup.locator('#reload').textContent()).toBe(say('popup_stale_reload'));
    await photograph(popup, 'popup-stale.png');
    await popup.locator('#reload').click();
    await popup.locator('#count-wire').waitFor({ timeout: 20_000 });
    await highlightsWith(tab, WIRE_AFP);
    await popup.close();
    await tab.close();
  });
});
