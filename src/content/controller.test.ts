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
