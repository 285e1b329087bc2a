import { describe, expect, it } from 'vitest';
import { transliterate, transliterateName } from './transliterate';

describe('transliterate', () => {
  it('writes an unknown name in Latin letters a search engine can match', () => {
    expect(transliterate('طائب')).toBe('Taeb');
    expect(transliterate('سلامة')).toBe('Salama');
    expect(transliterate('كوباني')).toBe('Kobani');
  });
  it('writes the article as al- and capitalises the name', () => {
    expect(transliterate('القحطاني')).toBe('al-Qahtani');
    expect(transliterate('الراشد')).toBe('al-Rashad');
  });
  it('ignores vowel signs and tatweel', () => {
    expect(transliterate('سَلامـة')).toBe(transliterate('سلامة'));
  });
  it('only ever yields Latin letters, apostrophes and hyphens', () => {
    for (const w of ['غوتيريش', 'ظريف', 'ثامر', 'الذيابي', 'خضير', 'عبدالرحمن', 'ءأؤإئ'])
      expect(transliterate(w)).toMatch(/^[A-Za-z' -]*$/);
  });
  it('joins a name of several words', () => {
    expect(transliterateName(['محسن', 'القحطاني'])).toMatch(/^M\w+ al-Qahtani$/);
  });
});
