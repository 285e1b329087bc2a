import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at Arabic and Latin terminators and line breaks', () => {
    expect(texts('وصل الوفد. ثم غادر؟ نعم! وبعد ذلك؛ انتهى\nسطر جديد')).toEqual([
      'وصل الوفد.',
      'ثم غادر؟',
      'نعم!',
      'وبعد ذلك؛',
      'انتهى',
      'سطر جديد',
    ]);
  });

  it('keeps decimals, single-letter abbreviations and dotted names inside a sentence', () => {
    expect(texts('ارتفع المؤشر 3.5 في المئة (أ.ف.ب). زار الموقع العربية.نت اليوم.')).toEqual([
      'ارتفع المؤشر 3.5 في المئة (أ.ف.ب).',
      'زار الموقع العربية.نت اليوم.',
    ]);
    expect(texts('قالت الوكالة د.ب.أ. إن الاجتماع انتهى.')).toEqual([
      'قالت الوكالة د.ب.أ. إن الاجتماع انتهى.',
    ]);
  });

  it('keeps a one-letter title and spaced agency initials inside a sentence, and ends one after a year', () => {
    expect(texts('وقال أ. د. سامي الحربي إن البحث اكتمل. وانتهى اللقاء.')).toEqual([
      'وقال أ. د. سامي الحربي إن البحث اكتمل.',
      'وانتهى اللقاء.',
    ]);
    expect(texts('وقتل ثلاثة (أ. ف. ب). وقال الجيش إنه يحقق.')).toEqual([
      'وقتل ثلاثة (أ. ف. ب).',
      'وقال الجيش إنه يحقق.',
    ]);
    expect(texts('ولد عام 1950 م. و قال أقاربه إنه كان شاعرا.')).toHaveLength(2);
    // A word ending in د with vowel signs is no title.
    expect(texts('وقال إن الهجوم صُدّ. ويقول آخرون غير ذلك.')).toHaveLength(2);
  });

  it('keeps a short quotation with its introducing verb', () => {
    expect(texts('وقال الوزير: «لن نتراجع. هذا قرارنا». ثم غادر.')).toEqual([
      'وقال الوزير: «لن نتراجع. هذا قرارنا».',
      'ثم غادر.',
    ]);
  });

  it('splits an unclosed quotation normally', () => {
    expect(texts('قال: «لن نتراجع. ثم غادر.')).toEqual(['قال: «لن نتراجع.', 'ثم غادر.']);
  });

  it('returns trimmed offsets into the original text and skips blank lines', () => {
    const t = '  عنوان الخبر  \n\n  نص الخبر.  ';
    const spans = splitSentences(t);
    expect(spans).toEqual([
      { start: 2, end: 13 },
      { start: 19, end: 28 },
    ]);
  });
});
