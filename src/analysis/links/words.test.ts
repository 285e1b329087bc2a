import { describe, expect, it } from 'vitest';
import { phraseKeys, tokenize, variants } from './words';

describe('tokenize', () => {
  it('keeps each word with its offset and its normalised form', () => {
    const text = 'قال «الوزير» إنّ الأمر انتهى';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['قال', 'الوزير', 'إنّ', 'الأمر', 'انتهى']);
    for (const t of tokens) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
    expect(tokens[2]?.norm).toBe('ان');
  });
});

describe('variants', () => {
  it('starts with the word itself', () => {
    expect(variants('بغداد')[0]).toBe('بغداد');
  });
  it('takes off conjunction, preposition and article, alone or together', () => {
    expect(variants('والعراق')).toContain('عراق');
    expect(variants('بالحرس')).toContain('حرس');
    expect(variants('للميليشيات')).toContain('ميليشيات');
    expect(variants('فلبنان')).toContain('لبنان');
  });
  it('takes off nisba, plural, pronoun and ta-marbuta endings', () => {
    expect(variants('العراقيه')).toContain('عراقي');
    expect(variants('العراقيين')).toContain('عراقي');
    expect(variants('الميليشيات')).toContain('ميليشيا');
    expect(variants('هجماتها')).toContain('هجمات');
    expect(variants('حكومتها')).toContain('حكومه');
  });
  it('never offers a stripped form shorter than three letters', () => {
    expect(
      variants('ولها')
        .filter((v) => v !== 'ولها')
        .every((v) => v.length >= 3),
    ).toBe(true);
  });
});

describe('phraseKeys', () => {
  it('drops the article of every word unless asked to keep it', () => {
    expect(phraseKeys('الحرس الثوري')).toEqual(['حرس', 'ثوري']);
    expect(phraseKeys('التركي', { keepArticle: true })).toEqual(['التركي']);
  });
});
