import { describe, expect, it } from 'vitest';
import { DEV_SET_PRESENT, devSetF1 } from '../../../tests/unit/support/dev-set';
import { findMarks } from '../engine';
import type { Mark } from '../types';
import { createDenialDetector } from './denial';
import { createNoCommentDetector } from './no-comment';

const denials = (text: string): Mark[] => findMarks(text, [createDenialDetector]);
const only = (text: string): Mark => {
  const marks = denials(text);
  expect(marks, text).toHaveLength(1);
  return marks[0] as Mark;
};

describe('denial: verbs of denying', () => {
  it('marks نفى with its subject as the source', () => {
    const m = only('ونفى المتحدث باسم وزارة الداخلية، خالد العمري، صحة التقارير عن اعتقالات جماعية.');
    expect(m.cue.text).toBe('نفى');
    expect(m.source).toBe('المتحدث باسم وزارة الداخلية');
  });

  it('finds the party before a present-tense verb in a headline', () => {
    expect(only('الحكومة تنفي إغلاق المعبر الحدودي').source).toBe('الحكومة');
  });

  it('finds the party after لكن', () => {
    const m = only('وأكد التقرير تسريب البيانات، لكن الشركة نفت أن تكون قد سربت بيانات عملائها.');
    expect(m.cue.text).toBe('نفت');
    expect(m.source).toBe('الشركة');
  });

  it('reads through diacritics and keeps the cue as written', () => {
    expect(only('ونَفَى المتحدثُ الأمرَ جملةً وتفصيلاً.').cue.text).toBe('نَفَى');
  });

  it('marks the object-pronoun form and names the subject after it', () => {
    expect(only('وتحدثت صحف عن صفقة سرية، وهو ما نفته الشرطة في بيان لاحق.').source).toBe('الشرطة');
  });

  it('marks a participle without inventing a source', () => {
    const m = only('وأكد الرئيس التنفيذي استمرار المشروع، نافياً ما أشيع عن استقالته.');
    expect(m.cue.text).toBe('نافياً');
    expect(m.source).toBeUndefined();
  });

  it('marks an answer in the negative (رد بالنفي)', () => {
    expect(denials('ورد الوزير بالنفي على سؤال حول استقالته.')).toHaveLength(1);
  });

  it('marks كذّب, فنّد and أنكر only with a claim as their object', () => {
    expect(only('وكذّب الناطق العسكري الأنباء عن سقوط طائرة.').source).toBe('الناطق العسكري');
    expect(only('وفنّدت الهيئة ما تردد عن رفع أسعار الوقود.').source).toBe('الهيئة');
    expect(only('وأنكر المتهم التهم الموجهة إليه.').cue.text).toBe('أنكر');
  });

  it('marks رفض when its object is an accusation or report', () => {
    const m = only('ورفضت الوزارة الاتهامات التي وجهتها المنظمة إليها بشأن السجون.');
    expect(m.source).toBe('الوزارة');
  });
});

describe('denial: calling a claim false', () => {
  it.each([
    ['وأكد مسؤول في البلدية أن الأنباء المتداولة عن هدم السوق عارية تماماً عن الصحة.', 'عارية تماماً عن الصحة'],
    ['وقال الوزير إن هذه الادعاءات لا أساس لها من الصحة.', 'لا أساس لها من الصحة'],
    ['الصحة: لا صحة لانتشار الوباء في المدارس', 'لا صحة'],
    ['واعتبر المتحدث تصريحات النائب اتهامات باطلة.', 'باطلة'],
    ['وقال المدرب: «يقال إنني سأرحل في الصيف. هذا أمر خاطئ».', 'هذا أمر خاطئ'],
    ['وقال إن ما يتم تداوله عن تأجيل الامتحانات غير صحيح.', 'غير صحيح'],
    ['ووصف السفير التقرير بأنه مفبرك.', 'مفبرك'],
    ['وقال البيان إن هذه المزاعم لا تمت إلى الحقيقة بصلة.', 'لا تمت إلى الحقيقة بصلة'],
    ['ودفع المتهم ببراءته من جميع التهم أمام المحكمة.', 'دفع المتهم ببراءته'],
    ['وأكد المدير أن ما أثارته الصحف عن إقالته غير صحيح.', 'غير صحيح'],
    ['ووصف الوزير التقرير بـ«الادعاءات الواهية».', 'الواهية'],
    ['وقالت الخارجية إن هذه الاتهامات تنافي الواقع.', 'تنافي الواقع'],
    ['وقال الوزير إن حكومته، على عكس بعض التقارير، لم تتلق أي تحذير مسبق.', 'على عكس بعض التقارير'],
    ['واستنكر المتحدث بشدة الادعاءات التي تقول إن الحكومة متورطة.', 'استنكر'],
  ])('%s', (text, cue) => {
    expect(only(text).cue.text).toContain(cue.split(' ')[0]);
  });
});

describe('denial: what is not a denial', () => {
  it.each([
    ['exile', 'وقضى الشاعر سنوات طويلة بعد نفيه إلى الجزيرة.'],
    ['exile noun', 'عاد الزعيم من المنفى بعد عشرين عاماً.'],
    ['a negated denial', 'ولم ينفِ المتحدث وجود مفاوضات سرية.'],
    ['"does not rule out"', 'وهذا لا ينفي أن الاقتصاد يواجه صعوبات.'],
    ['a refusal to act', 'ورفض البرلمان مشروع القانون بأغلبية كبيرة.'],
    ['a refused invitation', 'ورفضت المعارضة الدعوة إلى الحوار.'],
    ['confirm or deny', 'ورفض المتحدث تأكيد أو نفي الخبر.'],
    ['studies refuting a hypothesis', 'لكن دراسات أخرى نفت وجود هذه العلاقة.'],
    ['the word تنفيذ', 'وتم تنفيذ المشروع في موعده.'],
    ['lying as a topic', 'اتهم الكاتب السياسيين بأنهم يكذبون على شعوبهم.'],
    ['a columnist refuting an idea', 'وهذا ما يدحض فكرة أن التعليم مجاني.'],
    ['a manner, not a claim', 'وتم تخزين الأدوية بطريقة غير صحيحة.'],
    [
      'contradicting without calling false',
      'وقال الوزير إن الاقتصاد ينمو بوتيرة جيدة، خلافا لما ذكرته المعارضة.',
    ],
    ['declining to comment on claims', 'ورفضت الحكومة التعليق على ادعاءات المعارضة.'],
    ['condemning statements', 'واستنكرت عدة أحزاب بشدة تصريحات الوزير الأخيرة.'],
  ])('%s', (_why, text) => {
    expect(denials(text)).toEqual([]);
  });
});

it('keeps denial and no_comment apart: declining to confirm is only no_comment', () => {
  const kinds = findMarks('ورفض المتحدث تأكيد أو نفي الخبر.', [
    createDenialDetector,
    createNoCommentDetector,
  ]).map((m) => m.kind);
  expect(kinds).toEqual(['no_comment']);
});

// Speed is measured by `npm run bench`, never asserted here.
it('marks nothing in a long text made only of near-misses', () => {
  const chunk = 'رفض نفي او تاكيد. لم ينف المزاعم. رفض الدعوة. جرى ذلك بطريقة غير صحيحة. ';
  const text = chunk.repeat(4000);
  expect(denials(text)).toEqual([]);
});

describe.skipIf(!DEV_SET_PRESENT)(
  'the labelled dev set (skipped: ../shared/eval or ../shared/corpus is absent)',
  () => {
    it('finds denials with F1 of at least 0.85', () => {
      expect(devSetF1('denial', denials)).toBeGreaterThanOrEqual(0.85);
    });
  },
);

describe('denial: speculation and leaks called inaccurate', () => {
  it('marks predictions, speculation or leaks that a party calls inaccurate or untrue', () => {
    for (const text of [
      'ووضع المكتب هذه التوقعات في خانة «التكهنات غير الدقيقة».',
      'واعتبرت الوزارة التسريبات المتداولة غير صحيحة.',
      'وقال الناطق إن التكهنات بشأن استقالته غير الصحيحة على الإطلاق.',
    ])
      expect(only(text).kind, text).toBe('denial');
    // Inaccurate without a claim it is said of: a measurement, not a denial.
    expect(denials('وكانت القياسات غير دقيقة بسبب الطقس.')).toEqual([]);
  });
});

describe('denial: a report called misleading or malicious, in either gender', () => {
  it('marks a report or news described as misleading, fabricated or malicious', () => {
    for (const text of [
      'ووصفت الشركة التقرير بأنه مضلل.',
      'ووصف المتحدث الأنباء بأنها مغرضة.',
      'واعتبرت الهيئة الخبر مختلقا من أساسه.',
    ])
      expect(only(text).kind, text).toBe('denial');
  });
});
