import { describe, expect, it } from 'vitest';
import { isOwnSite, pickPageLink } from './page-links';

describe('pickPageLink', () => {
  const report = 'https://www.reuters.com/world/middle-east/exclusive-some-report-2021-07-06/';
  it('picks the first link into the outlet’s site that is a report', () => {
    const links = [
      'https://www.example.com/news/1',
      'https://www.reuters.com/',
      'https://www.reuters.com/site-search/?query=iraq',
      report,
      'https://www.reuters.com/world/another-2021-07-07/',
    ];
    expect(pickPageLink(links, 'reuters.com')).toBe(report);
  });
  it('accepts subdomains and the outlet’s other domains', () => {
    expect(pickPageLink(['https://uk.reuters.com/article/idUSKBN1'], 'reuters.com')).toBe(
      'https://uk.reuters.com/article/idUSKBN1',
    );
    expect(pickPageLink(['https://reut.rs/3abcDEF'], 'reuters.com')).toBe('https://reut.rs/3abcDEF');
  });
  it('does not take a look-alike domain, a bad URL or another scheme', () => {
    expect(
      pickPageLink(
        [
          'https://notreuters.com/world/x',
          'https://reuters.com.evil.net/x',
          'not a url',
          'mailto:desk@reuters.com',
        ],
        'reuters.com',
      ),
    ).toBeUndefined();
  });
  it('gives nothing when the page links elsewhere only', () => {
    expect(pickPageLink(['https://apnews.com/article/abc'], 'reuters.com')).toBeUndefined();
    expect(pickPageLink([], 'reuters.com')).toBeUndefined();
  });
});

describe('isOwnSite', () => {
  it('tells when the credited outlet is the publisher', () => {
    expect(isOwnSite('https://www.okaz.com.sa/news/local/123', 'okaz.com.sa')).toBe(true);
    expect(isOwnSite('https://www.alriyadh.com/123', 'okaz.com.sa')).toBe(false);
    expect(isOwnSite(undefined, 'okaz.com.sa')).toBe(false);
  });
});
