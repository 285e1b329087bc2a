/**
 * Datelines, bylines and source footers: the short head of a sentence (`الرياض - واس`,
 * `طوكيو - «رويترز»:`) and footers (`المصدر: الجزيرة + وكالات`).
 */
import { FOOTER_HEADS } from '../../lexicons/wire';
import { norm } from '../../normalize';
import type { Span } from '../../types';
import type { Mention } from './mention';
import { describesOutlet, PUNCT } from './words';

/** The slots of a dateline, byline or credit line at the head of a sentence (`* طوكيو - «رويترز»:`). */
export function headSlots(t: string, wholeLine: boolean): Span[] {
  let end = -1;
  const colon = t.indexOf(':');
  // A short line of its own is all head (`الرياض: الوطن`); else the head ends at the colon, or at
  // a dash near the start of the line, whichever comes later: `الرياض: «الوطن» - تعتزم …`,
  // `الكويت - كونا - أعلنت …`, `بغداد / الأناضول – أعلنت …`, `أ ف ب - أعلن …`.
  if (wholeLine && t.length <= 80) end = t.length;
  else {
    if (colon >= 0 && colon <= 70) end = colon;
    end = Math.max(end, lastHeadDash(t, end >= 0 ? end + 40 : 45));
  }
  if (end < 0) return [];
  const slots: Span[] = [];
  // `بيروت ـ «القدس العربي»:`: a tatweel used as the dash is dropped by normalising, leaving two
  // spaces before the quoted outlet.
  const sep = /[-:*()/|،,]+|\s(?=\s+")/g;
  // Page furniture in Latin letters before a byline (`Next Previous عين اليوم – جدة`).
  let from = /^(?:[a-z]+\s+)*/.exec(t)?.[0].length ?? 0;
  for (const m of t.slice(0, end).matchAll(sep)) {
    slots.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  slots.push({ start: from, end });
  return slots;
}

/** Where the last ` - ` before `limit` ends (a dateline closed by a dash), or -1. */
function lastHeadDash(t: string, limit: number): number {
  let at = -1;
  for (const m of t.slice(0, limit).matchAll(/\s-(?=\s|$)/g)) at = m.index + 2;
  return at;
}

/**
 * Does the mention fill a whole slot of the head: nothing but the name and its quotes, or the name
 * after its outlet noun and before the outlet's own descriptors (`صحيفة الغارديان البريطانية:`,
 * `وكالة «تسنيم» الإيرانية:` — a headline credited to the outlet)?
 */
export function fillsSlot(t: string, slots: Span[], m: Mention): boolean {
  const bare = (from: number, to: number) => t.slice(from, to).replace(PUNCT, '').replace(/"/g, '').trim();
  const name = t.slice(m.name.start, m.name.end);
  const withNoun = bare(m.start, m.end);
  return slots.some((s) => {
    if (s.start > m.start || m.end > s.end) return false;
    const slot = bare(s.start, s.end);
    if (slot === name) return true;
    if (m.nounKind === undefined || !slot.startsWith(withNoun)) return false;
    const rest = slot.slice(withNoun.length).trim();
    return rest === '' || rest.split(/\s+/u).every((w) => describesOutlet(w));
  });
}

/** A source footer or credit line: `المصدر: الجزيرة + وكالات`, `* خدمة «واشنطن بوست»`. */
export const FOOTER_RX = new RegExp(`^[\\s*\\-•]*(?:${FOOTER_HEADS.map(norm).join('|')})\\s*:?\\s*`);
export function footerEnd(t: string): number {
  const m = FOOTER_RX.exec(t);
  if (!m) return -1;
  // `رابط الخبر بصحيفة الوئام: سوق عكاظ …`: a colon after the credit opens the story's headline,
  // whose outlets are its topic.
  const colon = m[0].includes(':') ? -1 : t.indexOf(':', m[0].length);
  if (colon > 0) return colon;
  return t.length - m[0].length <= 60 ? t.length : -1;
}

/** A year (and its م) right before a name that ends the line: `الرياض 12 مارس 2024م رويترز`. */
export const YEAR_BEFORE = /\d{4}\s*م?\s*$/;
