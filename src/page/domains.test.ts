import { describe, expect, test } from 'vitest';
import { KNOWN_SITES, isSectionPath, knownSite, nonArticlePath } from './domains';

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
