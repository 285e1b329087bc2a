import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE, SEARCH_ENGINES } from '../analysis/links/search-urls';
import {
  defaultSettings,
  ENGINE_NAMES,
  isSiteEnabled,
  parseSettings,
  readSettings,
  resolveLanguage,
  SEARCH_ENGINES as SETTINGS_ENGINES,
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

describe('search engine setting', () => {
  it('defaults to DuckDuckGo and keeps only an engine the link builder knows', () => {
    expect(defaultSettings().searchEngine).toBe(DEFAULT_ENGINE);
    expect(parseSettings({ searchEngine: 'bing' }).searchEngine).toBe('bing');
    expect(parseSettings({ searchEngine: 'altavista' }).searchEngine).toBe('duckduckgo');
    expect(parseSettings({ searchEngine: 42, language: 'ar' })).toEqual({
      ...defaultSettings(),
      language: 'ar',
    });
  });

  it('offers exactly the engines the link builder can search, each with a name', () => {
    expect([...SETTINGS_ENGINES].sort()).toEqual([...SEARCH_ENGINES].sort());
    for (const engine of SETTINGS_ENGINES) expect(ENGINE_NAMES[engine]).toMatch(/\w/);
  });
});

describe('loading settings from storage', () => {
  const area = (get: (key: string) => Promise<unknown>) => ({ get });

  it('gives the defaults when storage is missing, throws, or rejects', async () => {
    expect(await readSettings(undefined)).toEqual(defaultSettings());
    expect(await readSettings(null)).toEqual(defaultSettings());
    const throwing = area(() => {
      throw new Error('storage.sync is disabled');
    });
    expect(await readSettings(throwing)).toEqual(defaultSettings());
    expect(await readSettings(area(() => Promise.reject(new Error('quota'))))).toEqual(defaultSettings());
  });

  it('gives the defaults, field by field, for corrupt contents', async () => {
    for (const junk of [
      null,
      42,
      'text',
      [1, 2],
      { settings: 'x' },
      { settings: [true] },
      { settings: null },
    ]) {
      expect(await readSettings(area(async () => junk)), JSON.stringify(junk)).toEqual(defaultSettings());
    }
    const mixed = await readSettings(
      area(async () => ({
        settings: { kinds: ['wire'], disabledSites: 'news.example', language: 42, extra: { deep: true } },
      })),
    );
    expect(mixed).toEqual(defaultSettings());
  });

  it('keeps what is valid in stored settings', async () => {
    const stored = {
      settings: { kinds: { denial: false }, disabledSites: ['news.example'], language: 'ar' },
    };
    const loaded = await readSettings(area(async (key) => (key === 'settings' ? stored : {})));
    expect(loaded.kinds.denial).toBe(false);
    expect(loaded.kinds.wire).toBe(true);
    expect(loaded.disabledSites).toEqual(['news.example']);
    expect(loaded.language).toBe('ar');
  });
});
