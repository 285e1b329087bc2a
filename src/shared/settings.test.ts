import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  isSiteEnabled,
  parseSettings,
  resolveLanguage,
  withKind,
  withSite,
} from './settings';

describe('settings', () => {
  it('falls back to everything on when storage is empty or damaged', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings());
    expect(parseSettings('nonsense')).toEqual(defaultSettings());
    const partial = parseSettings({ kinds: { wire: false, denial: 'yes' }, disabledSites: ['a.com', 3] });
    expect(partial.kinds).toEqual({ anonymous: true, denial: true, no_comment: true, wire: false });
    expect(partial.disabledSites).toEqual(['a.com']);
    expect(partial.language).toBe('auto');
  });

  it('switches a site off and on again, case-insensitively, without duplicates', () => {
    const off = withSite(withSite(defaultSettings(), 'News.Example', false), 'news.example', false);
    expect(off.disabledSites).toEqual(['news.example']);
    expect(isSiteEnabled(off, 'NEWS.example')).toBe(false);
    expect(isSiteEnabled(withSite(off, 'news.example', true), 'news.example')).toBe(true);
  });

  it('switches one kind without touching the others', () => {
    const s = withKind(defaultSettings(), 'no_comment', false);
    expect(s.kinds).toEqual({ anonymous: true, denial: true, no_comment: false, wire: true });
  });

  it('speaks Arabic on an Arabic browser unless the reader chose otherwise', () => {
    expect(resolveLanguage('auto', 'ar-EG')).toBe('ar');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('en', 'ar')).toBe('en');
    expect(resolveLanguage('ar', 'fr')).toBe('ar');
  });
});
