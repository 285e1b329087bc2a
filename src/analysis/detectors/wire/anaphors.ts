/**
 * `وأضافت الوكالة`, `للصحيفة`: an outlet noun that refers back to the outlet last credited.
 */
import type { SentenceView } from '../../detector';
import { ANAPHORS } from '../../lexicons/wire';
import { norm } from '../../normalize';
import { creditOf, describe } from './credit';
import type { Mention } from './mention';
import type { Credited, OutletMemory } from './memory';
import { LETTER_CLASS, WORD_CHAR_CLASS } from '../../word-chars';

export const ANAPHOR_RX = new RegExp(
  `(?<!${WORD_CHAR_CLASS})(?:(?<lam>لل)|[وف]?ب?ال)(?<noun>${Object.keys(ANAPHORS)
    .map((k) => norm(k).slice(2))
    .join('|')})(?!${WORD_CHAR_CLASS})`,
  'gu',
);
export const ANAPHOR_KINDS = new Map(Object.entries(ANAPHORS).map(([k, v]) => [norm(k).slice(2), v]));

/**
 * After `الوكالة`: the words of another body (`الدولية`, `الأمريكية للتنمية`, `الحكومية`); after
 * `الموقع`, a body's own site (`الموقع الرسمي لقناة السويس`, `الموقع الإلكتروني لوزارة`).
 */
export const OTHER_BODY = new RegExp(
  `^(?:\\s(?:الدوليه|الحكوميه|الوطنيه|الاتحاديه|الامميه)(?!${LETTER_CLASS})|(?:\\sال${LETTER_CLASS}+){1,2}\\sلل${LETTER_CLASS}|\\sال(?:رسمي|الكتروني)\\sل(?!ل)${LETTER_CLASS})`,
  'u',
);

export function scanAnaphors(s: SentenceView, memory: OutletMemory, out: Credited[]): void {
  const t = s.norm.text;
  for (const m of t.matchAll(ANAPHOR_RX)) {
    const g = m.groups ?? {};
    const kinds = ANAPHOR_KINDS.get(g.noun ?? '');
    if (!kinds) continue;
    // `للوكالة الدولية للطاقة الذرية`, `الموقع الرسمي للوزارة`: another body, not the outlet again.
    if (OTHER_BODY.test(t.slice(m.index + m[0].length))) continue;
    // `وتصف الصحيفة نفسها بأنها …`: the outlet speaking of itself is its topic.
    if (/^\s(?:نفسها|نفسه)(?:\s|$)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 7)))
      continue;
    // `وصلت الفرق إلى الموقع`: the site of an event, the place one goes to, not the website.
    if (g.noun === 'موقع' && /(?:^|\s)[وف]?(?:الي|حتي)\s$/u.test(t.slice(Math.max(0, m.index - 6), m.index)))
      continue;
    const mention: Mention = {
      start: m.index,
      end: m.index + m[0].length,
      name: { start: m.index, end: m.index + m[0].length },
      lam: g.lam !== undefined && g.noun !== 'موقع',
      lone: false,
      quoted: false,
      anaphor: true,
    };
    const credit = creditOf(t, mention);
    if (!credit || credit === 'topic' || credit === 'after') continue;
    const id = memory.recall(kinds);
    if (!id) continue;
    out.push({
      cue: mention,
      source: mention.name,
      outlets: [id],
      credit,
      why: `${describe(credit)} the outlet named before (${id})`,
    });
  }
}
