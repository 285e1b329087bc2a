import { describe, expect, test } from 'vitest';
import { arabicScriptShare, scriptLanguage } from './script';

describe('scriptLanguage', () => {
  test('Arabic news prose is Arabic, even with a foreign name in Persian letters', () => {
    expect(
      scriptLanguage(
        'قال المتحدث باسم الحكومة إن الوفد سيصل إلى العاصمة يوم الأحد، وأضاف أن اللقاء مع الوزير گلزار سيتناول ملف المياه والحدود بين البلدين.',
      ),
    ).toBe('ar');
  });

  test('Persian, Urdu and Sorani Kurdish are told apart from Arabic', () => {
    expect(
      scriptLanguage('وزیر خارجه در این دیدار گفت که گفتگوها هفته آینده ادامه پیدا می‌کند و توافق نزدیک است.'),
    ).toBe('fa');
    expect(
      scriptLanguage('وزیر خارجہ نے کہا ہے کہ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے اور معاہدہ قریب ہے۔'),
    ).toBe('ur');
    expect(scriptLanguage('وەزیری دەرەوە ڕایگەیاند کە گفتوگۆکان لە هەفتەی داهاتوودا دەست پێدەکەنەوە.')).toBe(
      'ku',
    );
  });

  test('a mostly Latin text with an Arabic quote is not Arabic', () => {
    expect(
      scriptLanguage(
        'The minister said, quoting the statement "قال مصدر مطلع", that the talks would continue next week as planned.',
      ),
    ).toBe('other');
  });

  test('arabicScriptShare counts letters only', () => {
    expect(arabicScriptShare('نص عربي 123 !!')).toBe(1);
    expect(arabicScriptShare('abcd نص')).toBeCloseTo(2 / 6);
    expect(arabicScriptShare('123')).toBe(0);
  });
});
