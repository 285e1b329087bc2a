import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize';
import { OUTLET_NAME_RX, outletNameMatches } from './outlet-names';

/** What the scanner must reproduce: every match of the pattern, as matchAll finds them. */
const reference = (t: string) => [...t.matchAll(OUTLET_NAME_RX)].map((m) => [m.index, m[0]]);
const scanned = (t: string) => outletNameMatches(t).map((m) => [m.index, m[0]]);

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
