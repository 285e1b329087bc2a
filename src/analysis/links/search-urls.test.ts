import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../outlets';
import { dateWindow } from './dates';
import { replaceQuery, SEARCH_ENGINES, siteSearchUrl, webSearchUrl } from './search-urls';

const query = 'Revolutionary Guards Iraq U.S. militias & "drones"';
const window = dateWindow('2021-07-06');

/** Every value of every parameter and the path, decoded, to see what the site will receive. */
const received = (url: string) => {
  const u = new URL(url);
  return [decodeURIComponent(u.pathname), ...u.searchParams.values()].join(' ');
};

describe('siteSearchUrl', () => {
  it('builds Reuters’ and AP’s own searches with the query encoded', () => {
    const reuters = siteSearchUrl(
      { id: 'reuters', site: 'reuters.com', search: 'https://www.reuters.com/site-search/?query={q}' },
      query,
    );
    expect(reuters).toBe(`https://www.reuters.com/site-search/?query=${encodeURIComponent(query)}`);
    const ap = siteSearchUrl(
      { id: 'ap', site: 'apnews.com', search: 'https://apnews.com/search?q={q}' },
      'Yemen truce',
    );
    expect(ap).toBe('https://apnews.com/search?q=Yemen%20truce');
  });
  it('builds a well-formed search for every outlet of the registry that has one', () => {
    const withSearch = OUTLETS.filter((o) => o.search);
    expect(withSearch.length).toBeGreaterThan(5);
    for (const outlet of withSearch) {
      const url = siteSearchUrl(outlet, query) as string;
      expect(url, outlet.id).toMatch(/^https:\/\//);
      expect(received(url), outlet.id).toContain(query);
      expect(url, outlet.id).not.toMatch(/[ "]/);
    }
  });
  it('bounds the search by date where the site takes a range', () => {
    const nyt = siteSearchUrl(
      { id: 'nyt', site: 'nytimes.com', search: 'https://www.nytimes.com/search?query={q}' },
      'Iran',
      window,
    );
    const params = new URL(nyt as string).searchParams;
    expect(params.get('query')).toBe('Iran');
    expect(params.get('startDate')).toBe('20210704');
    expect(params.get('endDate')).toBe('20210707');
  });
  it('gives nothing for an outlet without a search or an empty query', () => {
    expect(siteSearchUrl({ id: 'x', site: 'example.com' }, 'Iran')).toBeUndefined();
    expect(
      siteSearchUrl(
        { id: 'reuters', site: 'reuters.com', search: 'https://www.reuters.com/site-search/?query={q}' },
        '  ',
      ),
    ).toBeUndefined();
  });
});

describe('webSearchUrl', () => {
  it('restricts every engine to the outlet’s domain and carries the whole query', () => {
    for (const engine of SEARCH_ENGINES) {
      const url = webSearchUrl(engine, 'reuters.com', query);
      expect(url, engine).toMatch(/^https:\/\//);
      expect(received(url), engine).toContain(`site:reuters.com ${query}`);
    }
  });
  it('uses DuckDuckGo’s custom date range', () => {
    const url = new URL(webSearchUrl('duckduckgo', 'reuters.com', 'Iraq', window));
    expect(url.host).toBe('duckduckgo.com');
    expect(url.searchParams.get('q')).toBe('site:reuters.com Iraq');
    expect(url.searchParams.get('df')).toBe('2021-07-04..2021-07-07');
  });
  it('uses Google’s after:/before: operators, which exclude the days they name', () => {
    const q = new URL(webSearchUrl('google', 'apnews.com', 'Iraq', window)).searchParams.get('q');
    expect(q).toBe('site:apnews.com Iraq after:2021-07-03 before:2021-07-08');
  });
  it('uses Bing’s day-number filter', () => {
    const filters = new URL(webSearchUrl('bing', 'reuters.com', 'Iraq', window)).searchParams.get('filters');
    const days = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    expect(filters).toBe(`ex1:"ez5_${days('2021-07-04')}_${days('2021-07-07')}"`);
  });
  it('leaves the date out where there is none', () => {
    expect(webSearchUrl('duckduckgo', 'reuters.com', 'Iraq')).not.toContain('df=');
    expect(new URL(webSearchUrl('google', 'reuters.com', 'Iraq')).searchParams.get('q')).toBe(
      'site:reuters.com Iraq',
    );
  });
});

describe('replaceQuery', () => {
  it('swaps the query in a site search and in every engine’s web search, keeping site: and the dates', () => {
    const reuters = {
      id: 'reuters',
      site: 'reuters.com',
      search: 'https://www.reuters.com/site-search/?query={q}',
    };
    const window = { date: '2021-07-06', start: '2021-07-04', end: '2021-07-07' };
    const before = 'Taeb Iraq militias';
    const after = 'Hossein Taeb Revolutionary Guards';
    expect(replaceQuery(siteSearchUrl(reuters, before, window) ?? '', before, after)).toBe(
      siteSearchUrl(reuters, after, window),
    );
    for (const engine of SEARCH_ENGINES)
      expect(replaceQuery(webSearchUrl(engine, 'reuters.com', before, window), before, after)).toBe(
        webSearchUrl(engine, 'reuters.com', after, window),
      );
  });
  it('adds words to a web search that had none, and leaves an address without the query alone', () => {
    expect(replaceQuery(webSearchUrl('duckduckgo', 'afp.com', ''), '', 'Aden airport')).toBe(
      webSearchUrl('duckduckgo', 'afp.com', 'Aden airport'),
    );
    expect(replaceQuery('https://www.reuters.com/world/story/', 'Iraq', 'Iran')).toBe(
      'https://www.reuters.com/world/story/',
    );
    expect(replaceQuery('not a url', 'a', 'b')).toBe('not a url');
  });
  it('replaces a query written in the path (an Arabic site search)', () => {
    const site = { id: 'aljazeera', site: 'aljazeera.net', search: 'https://www.aljazeera.net/search/{q}' };
    const url = siteSearchUrl(site, 'العراق', undefined) ?? '';
    expect(replaceQuery(url, 'العراق', 'إيران')).toBe(siteSearchUrl(site, 'إيران', undefined));
  });
});
