/**
 * The form of a person's name a search uses: the family name alone when the name is a first name
 * and a family name (سعد الحريري → Hariri, مجدي الشلقامي → al-Shalqami). English reports name people
 * by their family name after the first mention and in every headline, and the first name is the
 * part whose English spelling varies most (Mohammed, Muhammad, Mohamed): in a query it adds a
 * word that a report may spell otherwise.
 */
import { type GazetteerEntry, givenName } from './gazetteer';
import { type Token, tokenize } from './words';

/** A word that is a first name, bare or with the article (الفيصل is Faisal's son, not a family). */
export function isGivenWord(t: Token): boolean {
  if (givenName(t)) return true;
  return t.norm.startsWith('ال') && givenName({ ...t, norm: t.norm.slice(2) }) !== undefined;
}

/** Name particles: a name with one (bin Salman, Abu Mahdi, Ould Cheikh) is kept whole. */
const PARTICLE = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ال', 'ولد']);

/** Titles English keeps with the first name (King Salman, Emir Tamim, Sheikh Sabah). */
const TITLE_EN = /^(?:King|Queen|Emir|Sheikh|Prince|Princess|Sultan|Pope|Crown)$/;

/**
 * Whether a two-word name `[first, family]` can be searched by `family` alone: the family name
 * is no first name itself (محمد حسين, محمود عباس stay whole: Hussein or Abbas alone names anyone)
 * and neither word is a particle.
 */
export function familyOnly(first: Token, family: Token): boolean {
  return !PARTICLE.has(first.norm) && !PARTICLE.has(family.norm) && !isGivenWord(family);
}

const SHORT = new WeakMap<GazetteerEntry, string>();

/** The query form of a gazetteer person: `Saad Hariri` → `Hariri`; `Xi Jinping`, `King Salman` kept. */
export function personQueryName(entry: GazetteerEntry): string {
  const cached = SHORT.get(entry);
  if (cached !== undefined) return cached;
  const en = entry.en.split(' ');
  const ar = tokenize(entry.ar[0] ?? '');
  const [first, family] = ar;
  const short =
    en.length === 2 &&
    ar.length === 2 &&
    first !== undefined &&
    family !== undefined &&
    !TITLE_EN.test(en[0] ?? '') &&
    givenName(first) !== undefined &&
    familyOnly(first, family)
      ? (en[1] as string)
      : entry.en;
  SHORT.set(entry, short);
  return short;
}
