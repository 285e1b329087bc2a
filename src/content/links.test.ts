// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findMarks } from '../analysis/engine';
import type { Mark } from '../analysis/types';
import { flatten } from '../page/extract';
import {
  type ArticlePage,
  articleHeadline,
  articleLinks,
  type LinkBuilder,
  loadLinkBuilder,
  WireLinks,
} from './links';

const HEADLINE = 'العراق يوقف صادرات النفط إلى إيران بعد العقوبات الأمريكية';
const REUTERS = 'ذكرت وكالة رويترز أن وزارة النفط العراقية في بغداد أوقفت شحنات الوقود المتجهة إلى إيران.';
const FILLER = 'وأضاف التقرير أن الشحنات ستبقى متوقفة حتى إشعار آخر.';
const REPORT_URL = 'https://www.reuters.com/world/middle-east/iraq-halts-fuel-shipments-2024-03-02/';

/** An article page: headline, paragraphs (with the given inner HTML) and a byline inside <article>. */
function page(paragraphs: string[], byline = ''): ArticlePage {
  document.head.innerHTML = '<title>عنوان الصفحة الطويل عن النفط | موقع الأخبار</title>';
  document.body.innerHTML = `<aside><a href="https://www.reuters.com/markets/other-story/">قصة أخرى</a></aside>
    <article><h1>${HEADLINE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}
    <footer>${byline}</footer></article>`;
  const blocks = [...document.querySelectorAll('article h1, article p')];
  return { doc: document, flat: flatten(blocks) };
}

function wireMark(article: ArticlePage, outlet = 'reuters'): Mark {
  const mark = findMarks(article.flat.text).find((m) => m.kind === 'wire' && m.outlets?.includes(outlet));
  if (!mark) throw new Error(`the engine found no ${outlet} credit in the fixture`);
  return mark;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('articleLinks', () => {
  it('lists the article’s own http(s) links nearest the credit first, not the sidebar’s', () => {
    const article = page(
      [
        `<a href="https://example.org/far">رابط بعيد</a> ${FILLER}`,
        `${FILLER} ${FILLER}`,
        REUTERS.replace('رويترز', `<a href="${REPORT_URL}">رويترز</a>`),
        `<a href="javascript:void(0)">شارك</a> <a href="mailto:desk@example.org">راسلنا</a> <a href="/local/page">صفحة</a>`,
      ],
      '<a href="https://www.reuters.com/byline/">المصدر</a>',
    );
    const at = article.flat.text.indexOf('ذكرت');
    const links = articleLinks(article.flat, at, at + REUTERS.length);
    expect(links[0]).toBe(REPORT_URL);
    expect(links).toContain('https://example.org/far');
    expect(links.indexOf(`${location.origin}/local/page`)).toBeLessThan(
      links.indexOf('https://example.org/far'),
    );
    // The byline inside <article> counts (after the text's own links); the sidebar does not.
    expect(links.at(-1)).toBe('https://www.reuters.com/byline/');
    expect(links).not.toContain('https://www.reuters.com/markets/other-story/');
    expect(links.some((l) => l.startsWith('javascript:') || l.startsWith('mailto:'))).toBe(false);
  });

  it('takes the headline from the article’s heading, else the longest part of the page title', () => {
    const article = page([REUTERS]);
    expect(articleHeadline(article.doc, article.flat)).toBe(HEADLINE);
    const bodyOnly = { doc: document, flat: flatten([...document.querySelectorAll('article p')]) };
    expect(articleHeadline(bodyOnly.doc, bodyOnly.flat)).toBe('عنوان الصفحة الطويل عن النفط');
  });
});

describe('WireLinks', () => {
  it('uses the article’s link to reuters.com as the original, and says so by its kind', async () => {
    const article = page([
      FILLER,
      REUTERS.replace('رويترز', `<a href="${REPORT_URL}">رويترز</a>`),
      `<a href="https://www.reuters.com/site-search/?query=iraq">بحث</a>`,
    ]);
    const mark = wireMark(article);
    const wire = new WireLinks();
    await wire.fill(article, [mark], 'duckduckgo');
    const links = wire.cached(mark, 'duckduckgo') ?? [];
    expect(links.find((l) => l.kind === 'page')?.url).toBe(REPORT_URL);
    expect(links.map((l) => l.kind)).toEqual(['page', 'site-search', 'web-search']);
  });

  it('without such a link, searches reuters.com for the English names of the sentence and headline', async () => {
    const article = page([FILLER, REUTERS, '<a href="https://www.reuters.com/">رويترز</a>']);
    const mark = wireMark(article);
    const wire = new WireLinks();
    await wire.fill(article, [mark], 'duckduckgo');
    const links = wire.cached(mark, 'duckduckgo') ?? [];
    expect(links.some((l) => l.kind === 'page')).toBe(false);
    const site = new URL(links.find((l) => l.kind === 'site-search')?.url ?? 'about:blank');
    expect(site.host).toBe('www.reuters.com');
    const query = site.searchParams.get('query') ?? '';
    for (const name of ['Iraq', 'Iran', 'Baghdad']) expect(query).toContain(name);
    expect(links.find((l) => l.kind === 'web-search')?.url).toMatch(
      /^https:\/\/duckduckgo\.com\/\?q=site%3Areuters\.com/,
    );
  });

  it('loads the builder once, keeps each mark’s links, and builds again for another engine', async () => {
    let loads = 0;
    const counting = (): Promise<LinkBuilder> => {
      loads++;
      return loadLinkBuilder();
    };
    const article = page([REUTERS]);
    const mark = wireMark(article);
    const wire = new WireLinks(counting);
    expect(wire.cached(mark, 'bing')).toBeUndefined();
    await Promise.all([wire.fill(article, [mark], 'bing'), wire.fill(article, [mark], 'bing')]);
    const first = wire.cached(mark, 'bing');
    expect(wire.fill(article, [mark], 'bing')).toBeNull();
    expect(wire.cached(mark, 'bing')).toBe(first);
    expect(first?.find((l) => l.kind === 'web-search')?.url).toMatch(/^https:\/\/www\.bing\.com\/search\?q=/);
    await wire.fill(article, [mark], 'startpage');
    expect(wire.cached(mark, 'startpage')?.find((l) => l.kind === 'web-search')?.url).toMatch(
      /^https:\/\/www\.startpage\.com\//,
    );
    expect(loads).toBe(1);
  });

  it('has nothing to do for a sentence without a wire credit', () => {
    const article = page(['ونفت وزارة النفط في بيان رسمي صحة هذه الأنباء جملة وتفصيلاً.']);
    const marks = findMarks(article.flat.text);
    expect(marks.length).toBeGreaterThan(0);
    expect(new WireLinks().fill(article, marks, 'duckduckgo')).toBeNull();
  });

  it('gives up quietly (no links) when the builder cannot be loaded', async () => {
    const article = page([REUTERS]);
    const mark = wireMark(article);
    const wire = new WireLinks(() => Promise.reject(new Error('chunk missing')));
    const warn = console.warn;
    console.warn = () => {};
    try {
      await wire.fill(article, [mark], 'duckduckgo');
    } finally {
      console.warn = warn;
    }
    expect(wire.cached(mark, 'duckduckgo')).toEqual([]);
  });

  it('prefill works out every wire mark ahead of any tooltip, a turn apart (and a turn after loading the builder), and a tooltip then has nothing to wait for', async () => {
    const AFP = 'ونقلت وكالة الصحافة الفرنسية عن مسؤول في الميناء أن السفن عادت إلى الرصيف.';
    const article = page([REUTERS, FILLER, AFP]);
    const marks = findMarks(article.flat.text);
    const wired = marks.filter((m) => m.kind === 'wire' && m.outlets?.length);
    expect(wired.length).toBeGreaterThanOrEqual(2);
    const wire = new WireLinks();
    let turns = 0;
    await wire.prefill(article, marks, 'duckduckgo', async () => {
      turns++;
    });
    expect(turns).toBe(wired.length + 1);
    for (const mark of wired) {
      expect(wire.cached(mark, 'duckduckgo')?.length).toBeGreaterThan(0);
      expect(wire.fill(article, [mark], 'duckduckgo')).toBeNull();
    }
  });

  it('prefill stops when the reading it was for is gone', async () => {
    const article = page([REUTERS]);
    const mark = wireMark(article);
    const wire = new WireLinks();
    await wire.prefill(
      article,
      [mark],
      'duckduckgo',
      async () => {},
      () => true,
    );
    expect(wire.cached(mark, 'duckduckgo')).toBeUndefined();
  });
});
