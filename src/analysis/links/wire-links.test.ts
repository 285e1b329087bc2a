import { describe, expect, it } from 'vitest';
import type { Mark } from '../types';
import { attachLinks, headlineOf, linksForMark } from './wire-links';

// A short article written for this test: a headline, a dateline and two credited sentences.
const text = [
  'واشنطن تدرس عقوبات جديدة على الحرس الثوري',
  'واشنطن - 12 مارس 2019',
  'ونقلت وكالة رويترز عن مسؤولين أميركيين أن وزارة الخزانة تعد عقوبات على شركات مرتبطة بالحرس الثوري الإيراني.',
  'وذكرت وكالة الأنباء السعودية (واس) أن الرياض رحبت بالخطوة.',
].join('\n');

const wire = (sentence: string, outlets: string[]): Mark => {
  const start = text.indexOf(sentence);
  return {
    kind: 'wire',
    start,
    end: start + sentence.length,
    cue: { start, end: start + 1, text: '' },
    outlets,
  };
};
const reutersMark = wire(text.split('\n')[2] as string, ['reuters']);
const spaMark = wire(text.split('\n')[3] as string, ['spa']);

describe('linksForMark', () => {
  it('gives a Reuters site search and a dated web search for English keywords', () => {
    const links = linksForMark(text, reutersMark);
    expect(links.map((l) => l.kind)).toEqual(['site-search', 'web-search']);
    const [site, web] = links;
    expect(site?.url).toMatch(/^https:\/\/www\.reuters\.com\/site-search\/\?query=/);
    expect(site?.query).toMatch(/Revolutionary Guards/);
    expect(site?.query).toMatch(/sanctions/);
    expect(site?.query).not.toMatch(/Reuters/);
    const ddg = new URL(web?.url as string);
    expect(ddg.searchParams.get('q')).toBe(`site:reuters.com ${site?.query}`);
    expect(ddg.searchParams.get('df')).toBe('2019-03-10..2019-03-13');
  });
  it('takes the caller’s date over the dateline, and the reader’s engine', () => {
    const [, web] = linksForMark(text, reutersMark, { date: '2019-03-20T09:00:00+03:00', engine: 'google' });
    expect(web?.url).toMatch(/^https:\/\/www\.google\.com\/search\?q=/);
    expect(new URL(web?.url as string).searchParams.get('q')).toMatch(/after:2019-03-17 before:2019-03-22$/);
  });
  it('prefers the article’s own link to the outlet', () => {
    const original = 'https://www.reuters.com/article/us-usa-iran-sanctions-idUSKCN1QT2AB';
    const links = linksForMark(text, reutersMark, { pageLinks: ['https://www.spa.gov.sa/1', original] });
    expect(links[0]).toMatchObject({ kind: 'page', url: original, outlet: 'reuters' });
  });
  it('searches an Arabic-language agency with the Arabic names', () => {
    const links = linksForMark(text, spaMark);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.outlet).toBe('spa');
      expect(l.query).toMatch(/الرياض/);
    }
    expect(links.at(-1)?.url).toContain(encodeURIComponent('site:spa.gov.sa'));
  });
  it('links an outlet that published the page to the page itself', () => {
    const links = linksForMark(text, spaMark, { url: 'https://www.spa.gov.sa/viewstory.php?newsid=1' });
    expect(links[0]).toMatchObject({ kind: 'page', url: 'https://www.spa.gov.sa/viewstory.php?newsid=1' });
  });
});

describe('attachLinks', () => {
  it('adds links to wire marks only, leaving the others as they were', () => {
    const other: Mark = { ...reutersMark, kind: 'anonymous', outlets: undefined };
    const [a, b, c] = attachLinks(text, [reutersMark, other, { ...spaMark, outlets: ['no-such-outlet'] }]);
    expect(a?.links?.length).toBeGreaterThan(0);
    expect(b).toBe(other);
    expect(c?.links).toBeUndefined();
  });
});

describe('headlineOf', () => {
  it('takes the title given, else a short first line', () => {
    expect(headlineOf(text)).toBe('واشنطن تدرس عقوبات جديدة على الحرس الثوري');
    expect(headlineOf(text, ' عنوان آخر ')).toBe('عنوان آخر');
    expect(headlineOf('ك'.repeat(300))).toBe('');
  });
});
