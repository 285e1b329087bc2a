/**
 * Unregistered outlets named in Arabic letters after an outlet noun and a credit.
 */
import type { SentenceView } from '../../detector';
import { ANOTHER_WORDS, WEEKDAYS } from '../../lexicons/common';
import type { Span } from '../../types';
import { creditOf, creditRightBefore, describe } from './credit';
import type { Mention } from './mention';
import { type Credited, type OutletMemory, overlaps } from './memory';
import { NATIONS } from './national';
import { NOUN_ALT, unknownOutletId } from './unknown';

/** A bulletin (`نشرة`) is an outlet only with its name quoted or in Latin (unknown.ts): `نشرة تداول` is an exchange's. */
const FOREIGN_NOUN_ALT = NOUN_ALT.split('|')
  .filter((n) => n !== 'نشره')
  .join('|');
import { BODY_HEADS, normSet, NOT_NAMES, NOUNS, TOPICS, VERBS, WORDS } from './words';
import { LETTER_CLASS, WORD_CHAR_CLASS } from '../../word-chars';

/**
 * `قالت صحيفة أولي الأرجنتينية`, `بحسب موقع ترك برس`, `نقل موقع لو 360 عن` (a number in the name), `ذكرت وكالة الأنباء الإيطالية`: an outlet
 * missing from the registry, named in Arabic letters after an outlet noun (a foreign name has no
 * article and is no adjective), or an agency described as a news agency. Only right after a
 * credit (a reporting verb or word, `لـ` after a verb of saying), so that `قناة السويس` and
 * `وكالة الطاقة الدولية` stay what they are.
 */
export const FOREIGN_RX = new RegExp(
  `(?<!${WORD_CHAR_CLASS})[وف]?(?<prep>[بل])?(?<noun>${FOREIGN_NOUN_ALT}|صحيفتي|صحيفتا)(?<desc>\\s(?:انباء|الانباء|الاعلام|اعلام))?(?<name>\\s${LETTER_CLASS}{2,}(?:\\s(?:${LETTER_CLASS}{2,}|[0-9]{1,4})){0,2})`,
  'gu',
);
/** Words that end a name: particles, pronouns, the start of the claim. */
export const NAME_STOPS = normSet([
  ...['أن', 'إن', 'ان', 'بأن', 'بان', 'عن', 'في', 'من', 'على', 'إلى', 'الى', 'مع', 'التي', 'الذي'],
  ...['قد', 'لم', 'لا', 'ما', 'كما', 'أمس', 'امس', 'اليوم', 'عبر', 'حول', 'بعد', 'قبل', 'خلال', 'نقلا'],
  ...['أيضا', 'ايضا', 'مؤخرا', 'وقالت', 'وقال', 'قوله', 'قولها', 'بقوله', 'بقولها', 'انه', 'انها'],
  ...['هذا', 'هذه', ...WEEKDAYS],
  ...['أنه', 'أنها', 'أنهم', 'بأنه', 'بأنها', 'بأنهم', 'إنه', 'إنها', 'إنهم'],
]);
/** `صحيفة أخرى`, `مندوب ثان`: "another", "a second" describe; they name no outlet. */
const ANOTHER = normSet(ANOTHER_WORDS);
/** Heads that make an outlet noun someone else's page or a place (`موقع وزارة`, `موقع تويتر`). */
export const NOT_OUTLET_HEADS: ReadonlySet<string> = new Set([
  ...BODY_HEADS,
  ...normSet(['هيئة', 'شركة', 'تويتر', 'فيسبوك']),
]);
/** A website is an outlet only when it says so (`موقع ترك برس الإخباري`). */
export const NEWS_SITE = /(?:^|\s)(?:الاخباري|الالكتروني|الاعلامي|الاخباريه|الالكترونيه)(?:\s|$)/u;
export const NISBA_WORD = new RegExp(`^(?:ال)?${LETTER_CLASS}{2,}(?:يه|ي|يين|يون)$`, 'u');

/** Outlet nouns of papers and magazines (see reportsPaper). */
const PRINT_NOUNS = normSet(['صحيفة', 'جريدة', 'مجلة']);
/** Words that open the claim after an outlet's name. */
const CLAIM_OPENERS = normSet(['أن', 'إن', 'ان', 'بأن', 'بان', 'عن', 'نقلا']);
/** When the paper reported, between its name and the claim (`أفادت صحيفة … اليوم الاثنين أن`). */
const WHEN = normSet(['اليوم', 'أمس', ...WEEKDAYS]);
/**
 * `ذكرت صحيفة … أن`, `أفاد موقع … اليوم أن`: a reporting verb or word right before, the claim right
 * after the name (`nameEnd`), or after the day it was reported.
 */
function reportsPaper(t: string, mentionStart: number, nameEnd: number): boolean {
  const after = t.slice(nameEnd).trim().split(/\s+/u, 4);
  const claim = after.find((w) => !WHEN.has(w));
  return claim !== undefined && CLAIM_OPENERS.has(claim) && creditRightBefore(t, mentionStart);
}

export function scanForeign(s: SentenceView, memory: OutletMemory, covered: Span[], out: Credited[]): void {
  const t = s.norm.text;
  for (const m of t.matchAll(FOREIGN_RX)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    const nameStart = end - (g.name ?? '').trim().length;
    const words = t.slice(nameStart, end).split(' ');
    const name: string[] = [];
    for (const w of words) {
      if (NAME_STOPS.has(w) || (w.startsWith('و') && name.length > 0)) break;
      name.push(w);
    }
    const noun = (g.noun ?? '').replace(/(?:تي|تا)$/, 'ه');
    const nounKind = NOUNS.get(noun);
    if (!nounKind || name.length === 0) continue;
    // `وعرض التلفزيون لقطات`: a noun with the article is not followed by a bare name (a foreign
    // name after one comes quoted: unknown.ts), so the word after it is what it did or showed.
    if (noun.startsWith('ال')) continue;
    const first = name[0] as string;
    const nameEnd = nameStart + name.join(' ').length;
    // A registered name further on (`الرياضية`) is another mention; only the head must be free.
    if (overlaps(covered, m.index, nameStart + first.length)) continue;
    let id: string | undefined;
    if (g.desc) {
      // A news agency described by its country (`وكالة الأنباء الإيطالية`), or only as a news agency.
      if (nounKind !== 'agency') continue;
      // `وكالة أنباء رسمية`, `وكالة أنباء إيطالية`: an indefinite adjective describes, it names no one.
      if (!first.startsWith('ال') && /يه$/.test(first)) continue;
      const country = name.map((w) => NATIONS.get(w.replace(/^ال/, '').replace(/ه$/, ''))).find(Boolean);
      id = country ? `${country}agency` : first.startsWith('ال') ? 'newsagency' : unknownOutletId(first);
    } else {
      // A foreign name: no article, not an adjective (`صحيفة بريطانية` is vague, not named).
      // `صحيفة بريطانية`, `موقع أمريكي`: an adjective; a foreign name may end in ي (`صحيفة أولي`).
      const masculine = nounKind === 'website' || noun === 'تلفزيون' || noun === 'راديو';
      // …nor a phrase after a preposition (`مندوب بالمنظمة`: a delegate at the organisation).
      if (nounKind === 'agency' || /يه$/.test(first)) continue;
      // A paper's name may have the article (`صحيفة الموندو ديبورتيفو`, `جريدة الصباح`) when a
      // reporting verb stands right before and the claim right after; otherwise a definite word
      // after the noun is a description or another thing (`صحيفة الدعوى`, `مجلة الغرفة التجارية`).
      if (
        /^[وفبلك]?ال/.test(first) &&
        !(PRINT_NOUNS.has(noun) && reportsPaper(t, m.index, nameStart + name.join(' ').length))
      )
        continue;
      if (masculine && NISBA_WORD.test(first)) continue;
      if (NOT_NAMES.has(first) || TOPICS.has(first) || VERBS.has(first) || WORDS.has(first)) continue;
      if (ANOTHER.has(first)) continue;
      if (NOT_OUTLET_HEADS.has(first) || NOUNS.has(first)) continue;
      // …or when a reporting verb stands right before and the claim right after (`أفاد موقع هوليوود ريبورتر أن`).
      if (
        nounKind === 'website' &&
        !NEWS_SITE.test(t.slice(nameStart, end)) &&
        !reportsPaper(t, m.index, nameStart + name.join(' ').length)
      )
        continue;
      id = unknownOutletId(name.filter((w, k) => k === 0 || !w.startsWith('ال')).join(' '));
    }
    if (!id) continue;
    const mention: Mention = {
      start: m.index,
      end: nameEnd,
      name: { start: nameStart, end: nameEnd },
      nounKind,
      lam: g.prep === 'ل',
      lone: false,
      quoted: false,
    };
    const credit = creditOf(t, mention);
    if (credit !== 'verb' && credit !== 'told') continue;
    memory.remember(nounKind, id);
    out.push({
      cue: { start: m.index, end: nameEnd },
      source: mention.name,
      outlets: [id],
      credit,
      why: `${describe(credit)} ${id}`,
    });
  }
}
