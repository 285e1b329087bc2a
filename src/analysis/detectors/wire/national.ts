/**
 * A country's broadcaster named by its nationality (`ذكر التلفزيون السوري`).
 */
import type { SentenceView } from '../../detector';
import { NATIONAL_BROADCASTERS, NATIONALITIES } from '../../lexicons/wire';
import { norm } from '../../normalize';
import type { Span } from '../../types';
import { creditOf, describe } from './credit';
import type { Mention } from './mention';
import { type Credited, type OutletMemory, overlaps } from './memory';
import { LETTER_CLASS, WORD_CHAR_CLASS } from '../../word-chars';

export const NATIONS = new Map(Object.entries(NATIONALITIES).map(([k, v]) => [norm(k), v]));
export const BROADCASTERS = new Map(Object.entries(NATIONAL_BROADCASTERS).map(([k, v]) => [norm(k), v]));
/**
 * `للتلفزيون السوري الرسمي`, `الإذاعة العامة الإسرائيلية`: a definite broadcaster and up to three
 * adjectives (nisba and feminine forms: never `اليوم` after it).
 */
export const NATIONAL_RX = new RegExp(
  `(?<!${WORD_CHAR_CLASS})[وف]?(?<pre>لل|بال|ال)(?<noun>${[...BROADCASTERS.keys()].join('|')})(?<adjs>(?:\\sال${LETTER_CLASS}+(?:ي|يه|ه)(?!${LETTER_CLASS})){1,3})`,
  'gu',
);

/**
 * A country's broadcaster named by its nationality (`ذكر التلفزيون السوري`, `قال للإذاعة
 * الإسرائيلية`): an outlet with an id made of the country and the medium (`syriatv`).
 */
export function scanNational(s: SentenceView, memory: OutletMemory, covered: Span[], out: Credited[]): void {
  const t = s.norm.text;
  for (const m of t.matchAll(NATIONAL_RX)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (overlaps(covered, m.index, end)) continue;
    const country = (g.adjs ?? '')
      .trim()
      .split(/\s/)
      .map((a) => NATIONS.get(a.replace(/^ال/, '').replace(/ه$/, '')))
      .find((c) => c !== undefined);
    const medium = BROADCASTERS.get(g.noun ?? '');
    if (!country || !medium) continue;
    const mention: Mention = {
      start: m.index,
      end,
      name: { start: m.index + m[0].indexOf(g.noun ?? ''), end },
      nounKind: 'broadcaster',
      lam: g.pre === 'لل',
      lone: false,
      quoted: false,
    };
    const credit = creditOf(t, mention);
    if (!credit || credit === 'topic') continue;
    const id = `${country}${medium}`;
    memory.remember('broadcaster', id);
    out.push({
      cue: { start: m.index, end },
      source: mention.name,
      outlets: [id],
      credit,
      why: `${describe(credit)} ${id}`,
    });
  }
}
