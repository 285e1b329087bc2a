import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicArticle } from '../../../../tests/unit/arabic-arbitraries';
import { norm } from '../../normalize';
import { quantifiedGroupSource, verbAndGroup } from './groups';

/** What quantifiedGroup found when it was one pattern: its cue (the reference). */
const ONE_PATTERN = new RegExp(quantifiedGroupSource(), 'u');
const reference = (text: string) => {
  const m = ONE_PATTERN.exec(text);
  const cue = m?.groups?.cue;
  return m && cue ? { start: m.index, end: m.index + cue.length } : undefined;
};
const found = (text: string) => {
  const f = verbAndGroup(text);
  return f && { start: f.start, end: f.end };
};

// Groups that the pattern names, each after verbs of saying written for this test.
const PHRASES = [
  'وأكد عدد من المزارعين أن',
  'قال بعض التجار إن',
  'ويرى عشرات من المعلمين أن',
  'وقالت إحدى الموظفات إن',
  'وقال أحد الباعة',
  'يقول تربويون مصريون إن',
  'وقال مقيمون لـ',
  'ويقول يمنيون إن',
  'وقال منظمون إن',
  'وأكد مطورو التطبيق أن',
  'وتعتبر إحدى المدن',
  'قال عدد الجنود',
];

describe('quantifiedGroup, looked up word by word', () => {
  it('finds exactly what the one pattern found, on made-up news text', () => {
    const text = fc
      .tuple(arabicArticle(60), fc.array(fc.constantFrom(...PHRASES), { maxLength: 3 }))
      .map(([body, phrases]) => norm([...phrases, body].join(' ')));
    fc.assert(
      fc.property(text, (t) => {
        expect(found(t)).toEqual(reference(t));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the group after the leftmost verb that has one, and none after a verb of considering with one of a thing', () => {
    for (const phrase of PHRASES) {
      const t = norm(`وفي السوق، ${phrase} الأسعار ارتفعت.`);
      expect(found(t), phrase).toEqual(reference(t));
    }
    expect(found(norm('وتعتبر إحدى المدن الكبرى مركزا للتجارة.'))).toBeUndefined();
  });
});
