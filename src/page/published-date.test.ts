// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { publishedDate } from './published-date';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('publishedDate', () => {
  it('reads article:published_time', () => {
    const doc = page('<meta property="article:published_time" content="2021-07-06T09:30:00+03:00">');
    expect(publishedDate(doc)).toBe('2021-07-06T09:30:00+03:00');
  });
  it('reads JSON-LD datePublished, also inside @graph and lists', () => {
    expect(publishedDate(page(ld({ '@type': 'NewsArticle', datePublished: '2015-08-01' })))).toBe(
      '2015-08-01',
    );
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2019-03-12T10:00:00Z' }],
    };
    expect(publishedDate(page(ld(graph)))).toBe('2019-03-12T10:00:00Z');
    expect(publishedDate(page(ld([{ '@type': 'Organization' }, { datePublished: '2020-01-02' }])))).toBe(
      '2020-01-02',
    );
  });
  it('skips a broken JSON-LD block and reads the next', () => {
    const doc = page(
      `<script type="application/ld+json">{ not json</script>${ld({ datePublished: '2018-05-05' })}`,
    );
    expect(publishedDate(doc)).toBe('2018-05-05');
  });
  it('falls back to the article’s <time datetime>, before a sidebar’s', () => {
    const doc = page(
      '',
      '<aside><time datetime="2011-01-01">قديم</time></aside><article><h1>عنوان</h1><time datetime="2016-04-09T08:00">٩ أبريل</time></article>',
    );
    expect(publishedDate(doc)).toBe('2016-04-09T08:00');
  });
  it('prefers metadata to a <time> in the body', () => {
    const doc = page(
      '<meta property="article:published_time" content="2017-02-02">',
      '<article><time datetime="2017-02-05">x</time></article>',
    );
    expect(publishedDate(doc)).toBe('2017-02-02');
  });
  it('ignores values that are not ISO dates, and pages without any', () => {
    const doc = page(
      '<meta property="article:published_time" content="منذ ساعتين">',
      '<time datetime="yesterday">أمس</time>',
    );
    expect(publishedDate(doc)).toBeUndefined();
    expect(publishedDate(page(''))).toBeUndefined();
  });
});
