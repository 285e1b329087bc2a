import { describe, expect, it, test } from 'vitest';
import { arabicLetterCount } from './gate';
import { arabicScriptShare, countScripts, scriptLanguage } from './script';

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

describe('countScripts', () => {
  const ANY_LETTER = /\p{L}/u;

  test('counts as another script exactly the letters Unicode calls letters, outside the Arabic block', () => {
    const wrong: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) {
      if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0xd800 && c <= 0xdfff)) continue;
      const ch = String.fromCharCode(c);
      const counts = countScripts(ch);
      if (counts.arabicScript > 0) continue;
      if (counts.otherLetters !== (ANY_LETTER.test(ch) ? 1 : 0)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test('counts Arabic-script letters and the letters only Persian, Urdu or Kurdish use', () => {
    expect(countScripts('قال «مصدر»: ١٢ گفت ہے لە')).toMatchObject({
      arabicScript: 14,
      otherLetters: 0,
      persian: 1,
      urdu: 2,
      kurdish: 1,
    });
    expect(countScripts('Café — naïve, “quoted” 2024 €5 Мир').otherLetters).toBe(18);
  });
});

describe('scriptLanguage word counts', () => {
  test('small words joined by a zero-width non-joiner or wrapped in punctuation still count', () => {
    // Persian small words in Arabic letters only, so that the words alone decide: four of them
    // beat three Arabic ones only if «را» and مي‌ (before a zero-width non-joiner) are read.
    const persianWords = 'است «را»، مي\u200cرود براي';
    expect(scriptLanguage(`${persianWords} ${'هذا نص عربي طويل '.repeat(3)}`)).toBe('fa');
  });
});

describe('arabicLetterCount', () => {
  it.each([
    'قال مسؤول في الوزارة إن الاجتماع تأجل.',
    'Reuters نقلت عن 3 مصادر أن الوفد غادر.',
    'ﻭﻗﺎﻟﺖ الوكالة إن ٣ أشخاص قتلوا، وگفت پدر.',
    'no Arabic letters here, 123 ٤٥٦',
  ])('counts what countScripts counts: %s', (text) => {
    expect(arabicLetterCount(text)).toBe(countScripts(text).arabicScript);
  });
});

describe('the small words that tell the languages apart', () => {
  test('are counted as whole words only, whatever punctuation, marks or joiners surround them', () => {
    // Persian with no letter of its own (only words tell it): است، را، این، برای … between
    // punctuation and a zero-width non-joiner, against Arabic words inside longer ones.
    const persian = 'گزارش (این) است، برای مردم را «می‌دهد»؛ این است. را: است؟ برای ـ این.';
    expect(scriptLanguage(persian.replace(/[گک]/g, 'ك'))).toBe('fa');
    // Persian's است inside Arabic words (استقبل، استمر …) is no Persian word.
    expect(scriptLanguage('استقبل الوزير وفدا ثم استمر اللقاء ثم استنكر الطرفان ثم استدعى السفير')).toBe(
      'ar',
    );
  });
});
