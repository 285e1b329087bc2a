import { describe, expect, it, test } from 'vitest';
import { isSectionPath, KNOWN_SITES, knownSite, knownSiteMatches, nonArticlePath } from './domains';

const at = (hostname: string, pathname: string) => ({ hostname, pathname });

describe('knownSite', () => {
  test('knows at least 40 Arabic news sites', () => {
    expect(new Set(KNOWN_SITES.map((s) => s.host)).size).toBeGreaterThanOrEqual(40);
  });

  test('matches subdomains, and multilingual sites only in their Arabic edition', () => {
    expect(knownSite(at('www.aljazeera.net', '/news/x'))?.host).toBe('aljazeera.net');
    expect(knownSite(at('www.bbc.com', '/arabic/articles/c0abc'))?.host).toBe('bbc.com');
    expect(knownSite(at('www.bbc.com', '/news/world-1'))).toBeNull();
    expect(knownSite(at('www.iranintl.com', '/ar/202403021234'))?.host).toBe('iranintl.com');
    expect(knownSite(at('www.iranintl.com', '/en/202403021234'))).toBeNull();
    expect(knownSite(at('notaljazeera.net', '/news/x'))).toBeNull();
  });
});

describe('nonArticlePath', () => {
  test.each([
    ['/', 'home'],
    ['/ar/', 'home'],
    ['/index.html', 'home'],
    ['/search', 'search'],
    ['/ar/search/results', 'search'],
    ['/tag/iran', 'listing'],
    ['/news/topics/ports', 'listing'],
    ['/video/newscast/2024/3/2/x', 'video'],
    ['/arabic/media-68512345', 'video'],
  ])('%s is a %s page', (path, kind) => {
    expect(nonArticlePath(path, path.startsWith('/arabic') ? '/arabic' : undefined)).toBe(kind);
  });

  test.each([
    '/news/2024/3/2/port-talks-stall',
    '/1056245',
    '/home/article/410476/slug',
    '/Politics/News_Detail.aspx',
  ])('%s may be an article', (path) => {
    expect(nonArticlePath(path)).toBeNull();
  });

  test('a path of section words is a section front; ids and short slugs are not', () => {
    expect(isSectionPath('/arab-and-world')).toBe(true);
    expect(isSectionPath('/news/')).toBe(true);
    expect(isSectionPath('/1056245')).toBe(false);
    expect(isSectionPath('/YYBgde')).toBe(false);
    expect(isSectionPath('/savgde')).toBe(false);
    expect(isSectionPath('/arabic/sports', '/arabic')).toBe(true);
  });
});

describe('knownSiteMatches', () => {
  /** A manifest match pattern as the browsers read it: `*` scheme is http(s), `*.host` the host and its subdomains, `*` in the path any text. */
  const matches = (pattern: string, url: string): boolean => {
    const m = /^\*:\/\/\*\.([^/]+)(\/.*)$/.exec(pattern);
    if (!m) throw new Error(`unexpected pattern ${pattern}`);
    const [, host, path] = m as unknown as [string, string, string];
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    if (u.hostname !== host && !u.hostname.endsWith(`.${host}`)) return false;
    const glob = new RegExp(
      `^${path
        .split('*')
        .map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    return glob.test(u.pathname + u.search);
  };
  const patterns = knownSiteMatches();

  it('lists one pattern per known site, each one the browsers accept', () => {
    expect(patterns).toHaveLength(KNOWN_SITES.length);
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/[a-z0-9/-]*\*$/);
  });

  it.each([
    'https://www.aljazeera.net/news/2026/12/7/story',
    'https://aawsat.com/node/123',
    'http://www.bbc.com/arabic/articles/c0abc',
    'https://www.iranintl.com/ar/202612070001',
  ])('takes in the pages knownSite() knows (%s)', (url) => {
    const u = new URL(url);
    expect(knownSite(u)).not.toBeNull();
    expect(patterns.some((p) => matches(p, url))).toBe(true);
  });

  it.each([
    'https://www.bbc.com/news/world-1',
    'https://www.iranintl.com/en/story',
    'https://example.org/aljazeera.net/',
  ])('leaves out other pages, for the gate (%s)', (url) => {
    expect(knownSite(new URL(url))).toBeNull();
    expect(patterns.some((p) => matches(p, url))).toBe(false);
  });
});
