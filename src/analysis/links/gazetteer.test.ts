import { describe, expect, it } from 'vitest';
import { findEntities, GAZETTEER, lookup } from './gazetteer';

const en = (arabic: string) => lookup(arabic)?.en;

describe('the gazetteer data', () => {
  it('has at least 500 entries of every kind the keywords need', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(500);
    for (const type of ['country', 'place', 'person', 'group', 'org', 'body', 'outlet', 'topic', 'given'])
      expect(GAZETTEER.some((e) => e.type === type)).toBe(true);
  });
  it('looks every written form back up to its own English (no entry shadows another)', () => {
    const clashes: string[] = [];
    for (const e of GAZETTEER) {
      if (e.type === 'given') continue;
      for (const form of [...e.ar, ...(e.exact ?? [])])
        if (en(form) !== e.en) clashes.push(`${form} → ${en(form)}`);
    }
    expect(clashes).toEqual([]);
  });
});

describe('lookup', () => {
  it('finds inflected and clitic forms', () => {
    expect(en('والعراقية')).toBe('Iraq');
    expect(en('بالحرس الثوري')).toBe('Revolutionary Guards');
    expect(en('للحرس الثوري')).toBe('Revolutionary Guards');
    expect(en('للميليشيات')).toBe('militias');
    expect(en('الإيرانيين')).toBe('Iran');
    expect(en('الأمريكية')).toBe('U.S.');
    expect(en('الأميركي')).toBe('U.S.');
    expect(en('لإيران')).toBe('Iran');
    expect(en('وبالعقوبات')).toBe('sanctions');
    expect(en('للأمم المتحدة')).toBe('U.N.');
  });
  it('folds hamza, alef maqsura, ta marbuta and vowel signs', () => {
    expect(en('اسرائيل')).toBe('Israel');
    expect(en('سوريه')).toBe('Syria');
    expect(en('الْعِرَاقِ')).toBe('Iraq');
  });
  it('keeps a first name apart from the country it resembles', () => {
    expect(en('التركية')).toBe('Turkey');
    expect(en('تركي')).toBeUndefined();
  });
  it('knows nothing of ordinary words', () => {
    expect(en('الطريق')).toBeUndefined();
    expect(en('وقال')).toBeUndefined();
  });
});

describe('findEntities', () => {
  it('prefers the longest phrase and reports where it sits', () => {
    const text = 'التقى وزير الدفاع بقادة في قوات الحشد الشعبي ثم غادر إلى المملكة العربية السعودية';
    const found = findEntities(text).map((m) => [text.slice(m.start, m.end), m.entry.en]);
    expect(found).toContainEqual(['قوات الحشد الشعبي', 'Popular Mobilization Forces']);
    expect(found).toContainEqual(['المملكة العربية السعودية', 'Saudi Arabia']);
    expect(found.map(([, e]) => e)).not.toContain('troops');
  });
  it('reads a phrase split by clitics and endings word by word', () => {
    const text = 'وأعلنت وزارة الخارجية الأميركية فرض عقوبات جديدة على قادة بحزب الله';
    const names = findEntities(text).map((m) => m.entry.en);
    expect(names).toEqual(expect.arrayContaining(['State Department', 'sanctions', 'Hezbollah']));
  });
  it('tells places that normalised text writes alike by their vowel signs (عمّان Amman, عُمان Oman)', () => {
    const names = (text: string) => findEntities(text).map((m) => m.entry.en);
    expect(names('عمّان - (رويترز) - قال مسؤولون')).toContain('Amman');
    expect(names('وفي عمّـان، قال الوزير')).toContain('Amman');
    expect(names('وصل الوزير إلى سلطنة عُمان')).toContain('Oman');
    expect(names('عمّان - (رويترز)')).not.toContain('Oman');
  });
});
