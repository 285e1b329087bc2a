import { describe, expect, it } from 'vitest';
import { emptySummary, type PageSummary } from '../shared/summary';
import { type BrowserFamily, browserFamily, decideState, type TabFacts } from './state';

const BROWSERS: BrowserFamily[] = ['chromium', 'firefox'];
const ARTICLE = 'https://news.example/2025/03/04/port';

/** A tab where nothing was answered or granted, in `browser`; `more` says what differs. */
function tab(browser: BrowserFamily, more: Partial<TabFacts> = {}): TabFacts {
  return {
    browser,
    loading: false,
    reply: null,
    access: null,
    openedBefore: false,
    disabledSites: [],
    ...more,
  };
}

const reply = (status: PageSummary['status'], more: Partial<PageSummary> = {}): PageSummary => ({
  ...emptySummary(status, 'news.example'),
  ...more,
});

describe('the popup state when the content script answered (both browsers)', () => {
  for (const browser of BROWSERS) {
    it(`${browser}: shows its summary, says it is reading, or why it is not an article`, () => {
      expect(decideState(tab(browser, { reply: reply('marked') }))).toMatchObject({ kind: 'article' });
      expect(decideState(tab(browser, { reply: reply('reading') }))).toEqual({ kind: 'reading' });
      for (const why of ['language', 'front-page', 'not-article'] as const) {
        const state = decideState(tab(browser, { reply: reply('not-article', { notArticle: why }) }));
        expect(state).toMatchObject({ kind: 'not-article', why });
      }
    });

    it(`${browser}: a site the reader switched off is "switched off", even before the page has heard`, () => {
      const off = { disabledSites: ['news.example'] };
      expect(decideState(tab(browser, { reply: reply('site-off') }))).toMatchObject({ kind: 'site-off' });
      expect(decideState(tab(browser, { ...off, reply: reply('marked') }))).toMatchObject({
        kind: 'site-off',
        summary: { status: 'site-off', hostname: 'news.example' },
      });
    });

    it(`${browser}: an answer wins over everything the tab looks like`, () => {
      const facts = tab(browser, { url: ARTICLE, access: false, loading: true, reply: reply('marked') });
      expect(decideState(facts).kind).toBe('article');
    });
  }
});

describe('the popup state when no content script answered', () => {
  it('Chromium hides the address of every tab: a tab open since before install is to be reloaded, any other is a page no extension may read', () => {
    expect(decideState(tab('chromium', { openedBefore: true }))).toEqual({ kind: 'stale' });
    expect(decideState(tab('chromium'))).toEqual({ kind: 'restricted', why: 'browser-page' });
  });

  it('Firefox puts its content scripts into tabs open at install: a hidden address there is a page no extension may read', () => {
    expect(decideState(tab('firefox', { openedBefore: true }))).toEqual({
      kind: 'restricted',
      why: 'browser-page',
    });
  });

  it("Firefox: the reader's withheld access to the site is the one state with the grant, for the tab's own origin", () => {
    const facts = tab('firefox', { url: 'https://news.example:8443/2025/03/04/port?x=1', access: false });
    expect(decideState(facts)).toEqual({ kind: 'withheld', origin: 'https://news.example/*' });
  });

  it('Chromium "on click" / "on specific sites": the clicked tab shows its address, and access to its origin is withheld', () => {
    expect(decideState(tab('chromium', { url: 'http://127.0.0.1:8080/a.html', access: false }))).toEqual({
      kind: 'withheld',
      origin: 'http://127.0.0.1/*',
    });
  });

  for (const browser of BROWSERS) {
    it(`${browser}: a web page the extension may read but that did not answer was opened before install or update`, () => {
      expect(decideState(tab(browser, { url: ARTICLE, access: true }))).toEqual({ kind: 'stale' });
    });

    it(`${browser}: a page still loading is being read, unless access to it is withheld`, () => {
      expect(decideState(tab(browser, { loading: true }))).toEqual({ kind: 'reading' });
      expect(decideState(tab(browser, { url: ARTICLE, access: true, loading: true }))).toEqual({
        kind: 'reading',
      });
      expect(decideState(tab(browser, { url: ARTICLE, access: false, loading: true })).kind).toBe('withheld');
    });

    it(`${browser}: browser pages, files and PDF documents are pages the extension may not read`, () => {
      const why = (url: string) => decideState(tab(browser, { url, access: true }));
      for (const url of [
        'about:blank',
        'chrome://newtab/',
        'about:addons',
        'view-source:https://news.example/',
      ])
        expect(why(url)).toEqual({ kind: 'restricted', why: 'browser-page' });
      expect(why('file:///home/reader/article.html')).toEqual({ kind: 'restricted', why: 'file' });
      expect(why('https://news.example/report.PDF')).toEqual({ kind: 'restricted', why: 'pdf' });
    });

    it(`${browser}: a switched-off site whose page did not answer is "switched off", not a permission problem`, () => {
      const facts = tab(browser, { url: ARTICLE, access: false, disabledSites: ['news.example'] });
      expect(decideState(facts)).toMatchObject({ kind: 'site-off', summary: { hostname: 'news.example' } });
    });
  }

  it("each browser's own store is closed to extensions; the other browser's store is a web page", () => {
    const store = (browser: BrowserFamily, url: string) => decideState(tab(browser, { url, access: true }));
    expect(store('chromium', 'https://chromewebstore.google.com/detail/x/abc')).toEqual({
      kind: 'restricted',
      why: 'store',
    });
    expect(store('chromium', 'https://chrome.google.com/webstore/detail/abc').kind).toBe('restricted');
    expect(store('chromium', 'https://chrome.google.com/search').kind).toBe('stale');
    expect(store('firefox', 'https://addons.mozilla.org/ar/firefox/')).toEqual({
      kind: 'restricted',
      why: 'store',
    });
    expect(store('chromium', 'https://addons.mozilla.org/ar/firefox/').kind).toBe('stale');
    expect(store('firefox', 'https://chromewebstore.google.com/').kind).toBe('stale');
  });
});

describe('browserFamily', () => {
  it("tells the browser by the extension page's own scheme", () => {
    expect(browserFamily('moz-extension:')).toBe('firefox');
    expect(browserFamily('chrome-extension:')).toBe('chromium');
  });
});
