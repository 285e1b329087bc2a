import { describe, expect, it } from 'vitest';
import { countPhrase, numberWord } from './numbers';

describe('numberWord', () => {
  it('reads Western and Arabic-Indic numerals', () => {
    expect(numberWord('3')).toBe(3);
    expect(numberWord('٣')).toBe(3);
    expect(numberWord('۱۲')).toBe(12);
  });

  it('reads number words in masculine and feminine forms, with a conjunction', () => {
    expect(numberWord('ثلاثة')).toBe(3);
    expect(numberWord('ثلاث')).toBe(3);
    expect(numberWord('وأربعة')).toBe(4);
    expect(numberWord('اثنين')).toBe(2);
    expect(numberWord('عشرة')).toBe(10);
  });

  it('is undefined for words that are not numbers', () => {
    expect(numberWord('مصادر')).toBeUndefined();
    expect(numberWord('وزير')).toBeUndefined();
  });
});

describe('countPhrase', () => {
  it('takes the count from a leading number', () => {
    expect(countPhrase('3 مصادر تابعة للحكومة')).toBe(3);
    expect(countPhrase('ثلاثة مصادر')).toBe(3);
    expect(countPhrase('خمسة من المسؤولين')).toBe(5);
  });

  it('counts a dual noun as two and a singular one as one', () => {
    expect(countPhrase('مصدرين أمنيين')).toBe(2);
    expect(countPhrase('مصدران مطلعان')).toBe(2);
    expect(countPhrase('مصدر مطلع')).toBe(1);
    expect(countPhrase('مسؤول كبير')).toBe(1);
  });

  it('counts أحد / إحدى as one', () => {
    expect(countPhrase('أحد المصادر')).toBe(1);
    expect(countPhrase('إحدى الصحف')).toBe(1);
  });

  it('gives no count for a plural without a number', () => {
    expect(countPhrase('مصادر مطلعة')).toBeUndefined();
    expect(countPhrase('مسؤولون أميركيون')).toBeUndefined();
    expect(countPhrase('')).toBeUndefined();
  });
});
