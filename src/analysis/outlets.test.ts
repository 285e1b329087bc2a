import { describe, expect, it } from 'vitest';
import { norm } from './normalize';
import { OUTLETS, outletById, outletLink } from './outlets';

/** The ids of ANNOTATION.md's outlet table. */
const TABLE_IDS = [
  'reuters',
  'afp',
  'ap',
  'bloomberg',
  'anadolu',
  'dpa',
  'xinhua',
  'spa',
  'wam',
  'qna',
  'kuna',
  'bna',
  'ona',
  'mena',
  'petra',
  'sana',
  'ina',
  'nna',
  'wafa',
  'saba',
  'irna',
  'fars',
  'tasnim',
  'isna',
  'tass',
  'ria',
  'sputnik',
  'nyt',
  'wsj',
  'wapo',
  'ft',
  'guardian',
  'times',
  'telegraph',
  'independent',
  'cnn',
  'bbc',
  'foxnews',
  'nbc',
  'cbs',
  'abc',
  'aljazeera',
  'alarabiya',
  'skynewsarabia',
  'alhurra',
  'france24',
  'rt',
  'aawsat',
  'alhayat',
  'alriyadh',
  'okaz',
  'alwatan',
  'alyaum',
  'almadina',
  'aljazirah',
  'sabq',
  'aleqt',
  'iranintl',
];

describe('outlet registry', () => {
  it('holds at least 60 outlets with unique lower-case ids', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(60);
    const ids = OUTLETS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+$/);
  });

  it('has every row of the annotation table', () => {
    const missing = TABLE_IDS.filter((id) => !outletById(id));
    expect(missing).toEqual([]);
  });

  it('knows the outlets the Saudi corpus and Arab news cite', () => {
    for (const id of [
      '3alyoum',
      'alweeam',
      'almasryalyoum',
      'kyodo',
      'yonhap',
      'cna',
      'geonews',
      'suna',
      'cnbc',
      'sun',
      'haaretz',
      'lemonde',
      'spiegel',
      'dailymail',
      'politico',
      'axios',
      'nhk',
      'ahram',
    ]) {
      expect(outletById(id)?.id, id).toBe(id);
    }
  });

  it('gives every outlet Arabic names whose normal form is clean and a bare domain', () => {
    for (const o of OUTLETS) {
      expect(o.names.length, o.id).toBeGreaterThan(0);
      expect(
        o.names.some((n) => /[\u0600-\u06ff]/.test(n)),
        o.id,
      ).toBe(true);
      for (const n of o.names) {
        const f = norm(n);
        expect(f.trim(), `${o.id}: ${n}`).toBe(f);
        expect(f.length, `${o.id}: ${n}`).toBeGreaterThan(1);
      }
      expect(o.site, o.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
  });

  it('lets two outlets share a normalised name only where Arabic does (الجزيرة)', () => {
    const owners = new Map<string, Set<string>>();
    for (const o of OUTLETS)
      for (const n of o.names) owners.set(norm(n), (owners.get(norm(n)) ?? new Set()).add(o.id));
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([name]) => name);
    expect(shared).toEqual([norm('الجزيرة')]);
  });

  it('folds spelling variants of a name to one form (أسوشيتد / اسوشيتد)', () => {
    const ap = outletById('ap');
    expect(ap?.names.map(norm)).toContain(norm('اسوشيتد برس'));
    expect(outletById('afp')?.abbreviations?.map(norm)).toContain(norm('ا ف ب'));
  });

  it('flags names that are ordinary words as ambiguous', () => {
    for (const id of [
      'alyaum',
      'alriyadh',
      'alwatan',
      'almadina',
      'aawsat',
      'alhayat',
      'sabq',
      'bna',
      'qna',
      'saba',
    ]) {
      expect(outletById(id)?.ambiguous, id).toBe(true);
    }
    expect(outletById('reuters')?.ambiguous).toBeFalsy();
  });
});

describe('outletLink', () => {
  it('searches the outlet’s own site for the query, encoded', () => {
    const url = new URL(outletLink('reuters', 'النفط & الغاز'));
    expect(url.hostname).toBe('www.reuters.com');
    expect(url.searchParams.get('query')).toBe('النفط & الغاز');
    expect(outletLink('reuters', 'a b')).not.toContain(' ');
  });

  it('falls back to the home page without a query or a search page', () => {
    expect(outletLink('afp')).toBe('https://afp.com/');
    expect(outletLink('okaz', 'عسيري')).toBe('https://okaz.com.sa/');
    expect(outletLink('reuters')).toBe('https://reuters.com/');
  });

  it('gives a web search for an outlet the registry does not know', () => {
    const url = new URL(outletLink('vigilantupdates', 'أجمل نساء'));
    expect(url.protocol).toBe('https:');
    expect(url.searchParams.get('q')).toBe('vigilantupdates أجمل نساء');
  });

  it('builds a valid https URL for every outlet with a search template', () => {
    for (const o of OUTLETS) {
      if (!o.search) continue;
      expect(o.search, o.id).toContain('{q}');
      const url = new URL(outletLink(o.id, 'كلمة بحث'));
      expect(url.protocol, o.id).toBe('https:');
      expect(url.href, o.id).toContain(encodeURIComponent('كلمة').slice(0, 6));
    }
  });
});
