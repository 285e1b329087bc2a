// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureHtml, loadHtml } from '../../tests/fixtures/dom/load';
import { defaultSettings } from '../shared/settings';
import { PageController } from './controller';

const translator = Promise.resolve({ language: 'en' as const, t: (key: string) => key });
let controller: PageController | null = null;

/** The fixture at `path` on a news site, read by a fresh controller. */
function open(fixture: string, path: string): PageController {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `https://news.example${path}`,
  );
  loadHtml(fixtureHtml(fixture));
  controller = new PageController(document, defaultSettings(), translator, () => {});
  controller.refresh();
  return controller;
}

afterEach(() => {
  controller?.teardown();
  controller = null;
});

describe('what the content script tells the popup', () => {
  it('"being read" while the analysis runs, then the marks', async () => {
    const page = open('cms-article.html', '/2024/03/02/port-talks-stall');
    expect(page.summary().status).toBe('reading');
    await expect.poll(() => page.summary().status, { timeout: 10_000 }).toBe('marked');
    expect(page.summary().sentences).toBeGreaterThan(0);
  });

  it.each([
    ['a home page', 'known-home.html', '/', 'front-page'],
    ['an Arabic page that is not news', 'arabic-nonnews.html', '/recipes/barley-bread', 'not-article'],
    ['a Persian article', 'persian.html', '/2024/03/02/port-talks', 'language'],
  ])('why %s is not read', (_, fixture, path, reason) => {
    const summary = open(fixture, path).summary();
    expect(summary).toMatchObject({ status: 'not-article', notArticle: reason, sentences: 0 });
  });

  it('"switched off" on a site the reader switched off, whatever the page', () => {
    const page = open('cms-article.html', '/2024/03/02/port-talks-stall');
    page.updateSettings({ ...defaultSettings(), disabledSites: ['news.example'] }, translator);
    expect(page.summary().status).toBe('site-off');
  });
});

describe('before the reader settings have come', () => {
  /** Controllers for the same article: one given its settings, one still waiting for them. */
  function waiting() {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://news.example/2024/03/02/port-talks-stall',
    );
    loadHtml(fixtureHtml('cms-article.html'));
    const counts: number[] = [];
    const page = new PageController(document, null, translator, (n) => counts.push(n));
    page.refresh();
    controller = page;
    return { page, counts };
  }
  /** Resolves once a controller given its settings at once has marked the same article. */
  async function readByNow(): Promise<void> {
    const control = new PageController(document, defaultSettings(), translator, () => {});
    control.refresh();
    await expect.poll(() => control.summary().status, { timeout: 10_000 }).toBe('marked');
    control.teardown();
  }

  it('reads the article meanwhile but shows nothing until they come, then shows it at once', async () => {
    const { page, counts } = waiting();
    await readByNow();
    expect(page.summary().status).toBe('reading');
    expect(counts).toEqual([]);
    page.settle(defaultSettings(), translator);
    expect(page.summary().status).toBe('marked');
    expect(counts.at(-1)).toBeGreaterThan(0);
  });

  it('leaves the page as it was when they say the site is off', async () => {
    const { page, counts } = waiting();
    await readByNow();
    page.settle({ ...defaultSettings(), disabledSites: ['news.example'] }, translator);
    expect(page.summary().status).toBe('site-off');
    expect(counts.filter((n) => n > 0)).toEqual([]);
  });
});
