import { describe, expect, it } from 'vitest';
import { DEV_SET_PRESENT, devSetF1 } from '../../../../tests/unit/support/dev-set';
import { findMarks } from '../../engine';
import type { Mark } from '../../types';
import { createNoCommentDetector } from './index';

const silences = (text: string): Mark[] => findMarks(text, [createNoCommentDetector]);
const only = (text: string): Mark => {
  const marks = silences(text);
  expect(marks, text).toHaveLength(1);
  return marks[0] as Mark;
};

describe('no_comment: did not answer', () => {
  it('marks لم ترد … على أسئلة and names who did not answer', () => {
    const m = only('ولم ترد وزارة الصحة، حتى الآن، على أسئلة الصحيفة بشأن الحادثة.');
    expect(m.cue.text).toBe('ولم ترد');
    expect(m.source).toBe('وزارة الصحة');
  });

  it('marks a request for comment left unanswered', () => {
    expect(only('ولم يرد متحدث باسم الشركة على طلب للتعليق.').source).toBe('متحدث باسم الشركة');
    expect(only('ولم تستجب الهيئة لطلبات التعليق المتكررة.').source).toBe('الهيئة');
  });

  it('marks لم يدلِ بتعليقات, with diacritics', () => {
    const m = only('كما لم يدلِ الجيش بتعليقات بهذا الخصوص.');
    expect(m.cue.text).toBe('لم يدلِ');
    expect(m.source).toBe('الجيش');
  });

  it('marks لم يعلق but not a suspension (تعليق الدراسة)', () => {
    expect(only('ولم يعلق البيت الأبيض على الفور.').source).toBe('البيت الأبيض');
    expect(silences('ولم تعلق المدارس الدراسة رغم العاصفة.')).toEqual([]);
  });

  it('marks لم تفصح عن', () => {
    expect(only('ولم تفصح الشرطة عن دوافع الهجوم.').source).toBe('الشرطة');
  });
});

describe('no_comment: declined', () => {
  it.each([
    ['ورفض مدير النادي التعليق على الأنباء.', 'مدير النادي'],
    ['وامتنعت السفارة عن التعليق.', 'السفارة'],
    ['ورفض المسؤول تأكيد التقرير.', 'المسؤول'],
    ['ورفضت الشركة الإفصاح عن قيمة الصفقة.', 'الشركة'],
    ['وتحاشى المتحدث الإجابة عن السؤال.', 'المتحدث'],
    ['ورفض الرئيس الحديث عن خلافته.', 'الرئيس'],
    ['وأحجم الوزير عن الإدلاء بأي تصريح.', 'الوزير'],
    ['والتزمت الإدارة الصمت حيال الأزمة.', 'الإدارة'],
    ['وفضّل المدرب عدم التعليق على التحكيم.', 'المدرب'],
  ])('%s', (text, source) => {
    expect(only(text).source).toBe(source);
  });

  it('marks a participle without inventing a source', () => {
    const m = only('وأكد المتحدث تأجيل الزيارة، رافضاً التعليق على أسبابها.');
    expect(m.cue.text).toBe('رافضاً');
    expect(m.source).toBeUndefined();
  });

  it('marks declining to confirm or deny', () => {
    expect(only('ورفض المتحدث تأكيد أو نفي الخبر.').source).toBe('المتحدث');
    expect(silences('وقال إنه لا يستطيع تأكيد أو نفي وجود ضحايا.')).toHaveLength(1);
  });
});

describe('no_comment: could not be reached, no comment given', () => {
  it('names the party that could not be reached', () => {
    expect(only('ولم يتسنَّ الوصول إلى المحامي للتعليق.').source).toBe('المحامي');
    expect(only('ولم يتسن لرويترز الاتصال بأي مسؤول في الوزارة.').cue.text).toBe('لم يتسن');
  });

  it.each([
    'ولم يتسن الحصول على تعليق من البنك المركزي.',
    'ولم يتسن لمتحدث باسم الحكومة توضيح الأمر على الفور.',
    'وغادر الوزير القاعة دون أي تعليق رسمي.',
    'وتم الإعلان عن الصفقة من غير أن يصدر أي تعليق من الطرفين.',
    'وقال المتحدث: «لا تعليق لدينا على هذه المسألة».',
    'وأضافت الصحيفة أنها لم تتلق أي رد من الوزارة.',
  ])('%s', (text) => {
    expect(silences(text)).toHaveLength(1);
  });
});

describe('no_comment: what is not a non-response', () => {
  it.each([
    ['failing to verify', 'ولم يتسن لرويترز التحقق من صحة التسجيل.'],
    ['could not count', 'ولم يتسن تحديد عدد القتلى.'],
    ['physical access', 'ولم يتسن الوصول إلى القرى المعزولة بسبب الفيضانات.'],
    ['لم يرد = did not appear', 'ولم يرد اسمه في قائمة المرشحين.'],
    ['no news came', 'ولم ترد أي أنباء عن وقوع إصابات.'],
    ['a request that is not for comment', 'ولم ترد الإدارة على طلب الإخلاء.'],
    ['a refusal to act', 'ورفض البرلمان مشروع القانون.'],
    ['a refused invitation', 'ورفضت المعارضة الدعوة إلى الحوار.'],
    ['asking to stay unnamed', 'وقال مسؤول رفض الكشف عن هويته إن المفاوضات متعثرة.'],
    ['abstaining from a vote', 'وامتنعت ثلاث دول عن التصويت.'],
    ['a suspension of trading', 'وأعلنت الهيئة تعليق تداول أسهم الشركة دون تعليق الدراسة.'],
    ['a policy of restraint', 'ودعا إلى التزام الهدوء وتجنب الخوض في لعبة المتطرفين.'],
    ['refusing to negotiate with someone', 'وقال إنه يرفض الحديث معه حول الدعم العسكري.'],
  ])('%s', (_why, text) => {
    expect(silences(text)).toEqual([]);
  });
});

// Speed is measured by `npm run bench`, never asserted here.
it('marks nothing in a long text made only of near-misses', () => {
  const chunk = 'لم يتسن لم ترد رفض امتنع عن التصويت التزم دون لم يرد اسمه ';
  const text = chunk.repeat(4000);
  expect(silences(text)).toEqual([]);
});

describe.skipIf(!DEV_SET_PRESENT)(
  'the labelled dev set (skipped: ../shared/eval or ../shared/corpus is absent)',
  () => {
    it('finds non-responses with F1 of at least 0.85', () => {
      expect(devSetF1('no_comment', silences)).toBeGreaterThanOrEqual(0.85);
    });
  },
);

describe('non-responses found in held-out articles (round 2)', () => {
  it('marks a party that cannot talk about the matter or comment on it', () => {
    expect(silences('وأوضح أن الجامعة لا تستطيع التحدث عن القضية قبل انتهاء التحقيق.')).toHaveLength(1);
    expect(silences('وقال الوزير: "لا أستطيع أن أعلق على ذلك، الموضوع حساس".')).toHaveLength(1);
    expect(silences('وقال إنه لا يستطيع أن يتحمل المزيد من الخسائر.')).toHaveLength(0);
  });

  it('marks a refusal to announce names, not a rejected declaration', () => {
    expect(silences('ورشح الاتحاد لاعبين لكنه رفض الإعلان عن اسميهما.')).toHaveLength(1);
    expect(silences('ورفضت الحكومة الإعلان الصادر عن المؤتمر.')).toHaveLength(0);
  });

  it('marks no answer after the paper tried to reach the party', () => {
    expect(silences('واتصلت الصحيفة بمدير الإدارة وأرسلت إليه رسائل، ولكنه لم يرد.')).toHaveLength(1);
    expect(silences('ولم يرد اسمه في القائمة النهائية.')).toHaveLength(0);
  });
});

describe('no_comment: details withheld without the stock verbs', () => {
  it('marks a party that gave no further details', () => {
    for (const text of [
      'ولم يقدم مزيدا من التفاصيل حول الحادث.',
      'ولم تعط الشرطة أي تفاصيل عن المشتبه بهم.',
      'وأعلنت الشركة إغلاق المصنع من دون إعطاء مزيد من التفاصيل.',
      'وذكرت الهيئة دون إسهاب أن التحقيق بدأ.',
    ])
      expect(only(text).kind, text).toBe('no_comment');
  });

  it('marks a party that says it cannot give figures or will not go into details', () => {
    expect(only('وأضاف أنه لا يمكنه تقديم أعداد للضحايا.').cue.text).toBe('لا يمكنه');
    expect(only('وقال: "لا نستطيع إعطاء معلومات الآن".').kind).toBe('no_comment');
    expect(only('وتابع: "لا ندخل في تفاصيل الخطة العسكرية".').kind).toBe('no_comment');
  });

  it('marks reservations about a detail, and silence kept, but not reservations about a deal', () => {
    expect(only('وتحفظ المتحدث عن ذكر موعد الزيارة.').source).toBe('المتحدث');
    expect(only('والتزم المدرب صمتا تاما حيال العرض.').kind).toBe('no_comment');
    expect(only('وتحفظت الوزارة على تحديد عدد المصابين.').kind).toBe('no_comment');
    expect(silences('وتحفظت المعارضة على الاتفاق بين الطرفين.')).toEqual([]);
    expect(silences('ولم تقدم الحكومة الدعم المطلوب للمزارعين.')).toEqual([]);
  });
});
