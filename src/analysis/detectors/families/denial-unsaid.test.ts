/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project. Here: a party that says it never made the statement ascribed to it.
 */
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

describe('a statement the party says it never made (هذا الكلام لم يصدر عني)', () => {
  it.each([
    ['وقال اللاعب إن هذا الكلام لم يصدر عنه إطلاقا.', 'لم يصدر عنه'],
    ['وأكدت الوزارة أن التصريحات المتداولة لم تصدر عنها.', 'لم تصدر عنها'],
    ['وقال المدرب: «هذا الحديث لم يصدر عني ولا عن أحد في النادي».', 'لم يصدر عني'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it.each(['ولم يصدر عن الوزارة أي تعليق على التصريحات.', 'وقال إن القرار لم يصدر عن اللجنة بعد.'])(
    'nothing issued, or a decision not yet made: %s',
    (text) => {
      expect(marksOf(text, 'denial')).toEqual([]);
    },
  );
});

describe('posts on a social network called untrue or denied (عدم صحة التغريدات، نفى التغريدة)', () => {
  it.each([
    ['وأكد المتحدث باسم الوزارة عدم صحة التغريدات التي تحدثت عن إلغاء البدل.', 'عدم صحة'],
    ['وقال المتحدث إن التغريدات التي نسبت إلى الوزير كاذبة.', 'كاذبة'],
    ['وكذبت الوزارة التغريدات التي نسبت إليها القرار.', 'كذبت'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toContain(cue);
  });

  it('a tweet quoted is no denial', () => {
    expect(marksOf('ونشر الوزير تغريدة شكر فيها المتطوعين.', 'denial')).toEqual([]);
  });
});

describe("someone's words refuted (يفند كلام فلان، أنكر أقواله)", () => {
  it.each([
    ['الكاتب يفند كلام الوزير عن الميزانية في مقال طويل.', 'يفند'],
    ['وكذب المتحدث كلام النائب جملة وتفصيلا.', 'كذب'],
    ['وأنكر المتهم أمام المحكمة أقواله السابقة.', 'أنكر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it('words repeated are not refuted', () => {
    expect(marksOf('وكرر الوزير كلامه عن الميزانية.', 'denial')).toEqual([]);
  });
});

describe('a headline that gives a party its verdict on a claim (الوزارة: تأجيل الامتحانات غير صحيح)', () => {
  it.each([
    ['الوزارة: تأجيل الامتحانات غير صحيح', 'غير صحيح'],
    ['"رئيس النادي": رحيل المدرب في الشتاء غير صحيح', 'غير صحيح'],
    ['الشركة: رفع أسعار الشحن غير دقيق.', 'غير دقيق'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it.each(['المدرب: اللعب بطريقة غير صحيحة سبب الخسارة', 'الطبيب: الجلوس غير الصحيح يضر الظهر كثيرا'])(
    'a manner called wrong, not a claim: %s',
    (text) => {
      expect(marksOf(text, 'denial')).toEqual([]);
    },
  );
});

describe('no denial issued is no denial (لم تصدر نفيا)', () => {
  it.each([
    'وأصدرت الشركة بيانا عن التقارير غير أنها لم تصدر نفيا.',
    'ولم يصدر الحزب نفيا للخبر حتى الآن.',
    'وحتى مساء أمس لم تصدر الوزارة نفيا رسميا.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });

  it('a denial issued is one', () => {
    expect(only('وأصدرت الوزارة نفيا قاطعا للخبر.', 'denial').cue.text).toBe('نفيا');
  });
});
