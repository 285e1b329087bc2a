import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize';
import { formsStartWithWords, outletNameMatches, outletNamePattern } from './outlet-names';

/** What the scanner must reproduce: every match of the pattern, as matchAll finds them. */
const PATTERN = outletNamePattern();
/** Groups as the pattern gives them: every group, undefined where it took no part. */
const reference = (t: string) => [...t.matchAll(PATTERN)].map((m) => [m.index, m[0], { ...m.groups }]);
const scanned = (t: string) =>
  outletNameMatches(t).map((m) => {
    const none = { lone: undefined, q: undefined, name: undefined, abbr: undefined, qc: undefined };
    return [m.index, m.text, Object.assign(none, m.groups)];
  });

// Pieces that make names, near-names and the clutter around them in credits.
const PIECES = [
  'رويترز',
  'لرويترز',
  'ولرويترز',
  'فرانس برس',
  'الشرق الأوسط',
  'للشرق الأوسط',
  'الجزيرة.نت',
  'أ ف ب',
  'أ.ف.ب',
  'د ب أ',
  'لا',
  'ل',
  'و',
  'لـ',
  'وكالة',
  'صحيفة',
  'اليوم',
  'قال',
  'Reuters',
  'CNN',
  '«',
  '»',
  '"',
  '(',
  ')',
  '.',
  '،',
  ':',
  ' ',
  '  ',
  '\n',
  'ب',
  'ك',
  'ف',
  '24',
  'x',
];

describe('outletNameMatches', () => {
  it('can find every registered name from the word that begins it', () => {
    // A name added with a leading quote or dash would never be found: the scan starts at words.
    expect(formsStartWithWords).toBe(true);
  });

  it('finds credits written the usual ways', () => {
    const t = normalize('قال لـ«رويترز» مصدر، وذكرت وكالة فرانس برس (أ ف ب) وصحيفة الشرق الأوسط.').text;
    expect(scanned(t).map(([, s]) => String(s).trim())).toEqual([
      'ل"رويترز"',
      'فرانس برس',
      'ا ف ب',
      'الشرق الاوسط',
    ]);
  });

  it('matches exactly where the pattern matches, on any mix of names and clutter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const t = normalize(pieces.join('')).text;
        expect(scanned(t)).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
