/**
 * The words around an outlet's name, read from the normalised sentence: lexicon sets folded
 * once, punctuation stripped, proclitics split (tokens/clitics.ts), and bounded reads of the
 * words before and after a mention.
 */
import { splitProclitics } from '../../tokens/clitics';
import {
  CLAIM_CREDIT_VERBS,
  CREDIT_FILLERS,
  CREDIT_VERBS,
  CREDIT_WORDS,
  NOT_A_NAME,
  OUTLET_DESCRIPTORS,
  OUTLET_NOUNS,
  PLACE_FORMS,
  STAFF_WORDS,
  TOPIC_WORDS,
} from '../../lexicons/wire';
import { norm } from '../../normalize';
import type { Outlet } from '../../outlets';
import { WORD_CHAR_CLASS } from '../../word-chars';
import { hot } from '../../lexicon';

export type OutletKind = Outlet['kind'];

export const normSet = (xs: readonly string[]) => new Set(xs.map(norm));
export const NOUNS = new Map(Object.entries(OUTLET_NOUNS).map(([k, v]) => [norm(k), v]));
export const DESCRIPTORS = normSet(OUTLET_DESCRIPTORS);
/**
 * A word that describes the outlet named before it (normalised, without proclitics): a descriptor
 * (`للانباء`, `الرسميه`), a nisba with the article (`الامريكيه`), or its Latin name's parts.
 */
export const describesOutlet = (w: string): boolean =>
  DESCRIPTORS.has(w) || /^ال\S+يه$/u.test(w) || /^[a-z0-9.-]+$/.test(w);
/** The English article written in Arabic letters (`ذي ستاندارد`, `«ذا إندبندنت»`), normalised. */
export const ENGLISH_ARTICLE: ReadonlySet<string> = new Set(['ذي', 'ذا']);
/**
 * Verbs also carry object pronouns (`لا تذكرها`, `نقلتهم`), and a past or present form also
 * has its plural and dual (`أكدوا لـCNN`, `قالا`, `يقولون`).
 */
export const withNumber = (v: string): string[] => {
  const n = norm(v);
  if (/(?:ت|ه|ها)$/.test(n)) return [v];
  return /^[يت]/.test(n) ? [v, `${n}ون`] : [v, `${n}وا`, `${n}ا`];
};
export const VERBS = normSet(
  CREDIT_VERBS.flatMap(withNumber).flatMap((v) => [v, `${v}ه`, `${v}ها`, `${v}هم`]),
);
/** CLAIM_CREDIT_VERBS with their numbers (`ويحذرون`), for a credit with the claim after it. */
export const CLAIM_VERBS = normSet(CLAIM_CREDIT_VERBS.flatMap(withNumber));
export const WORDS = normSet(CREDIT_WORDS);
export const FILLERS = normSet(CREDIT_FILLERS);
export const STAFF = normSet(STAFF_WORDS);
export const TOPICS = normSet(TOPIC_WORDS);
export const PLACES = normSet(PLACE_FORMS);
/**
 * The heads of a body's own name — a ministry, a party, a club, a committee, a ministry's cell —
 * (`موقع وزارة`, `«لجنة الإعلام القومية»`): the body speaks for itself; it is no outlet.
 */
export const BODY_HEADS = normSet([
  'خلية',
  'وزارة',
  'جامعة',
  'حزب',
  'نادي',
  'منظمة',
  'جمعية',
  'نقابة',
  'اتحاد',
  'مجلس',
  'لجنة',
]);
/**
 * An interview or a call-in on an outlet's air (normalised; the ta marbuta as ه, or ت before a
 * pronoun: `مقابلته`), for the patterns that read one before the outlet (credit.ts, names.ts).
 */
export const INTERVIEW_NOUNS = 'لقاء|مقابل[هت]|مداخل[هت]|حوار';
/**
 * An interview with the outlet: the noun (`لقاء`, `مقابلة`, `مداخلة`, `حديث`, `حوار`) then مع, or
 * someone who spoke with or to it (`سكان تحدثوا مع رويترز`, `تحدث إلى «الشرق الأوسط»`), perhaps
 * with one word between.
 */
const TALKED = 'تحدث|تحدثت|تحدثوا|تحدثا|يتحدث|تتحدث|يتحدثون|متحدثا|متحدثين|متحدثه|تكلم|تكلمت|تكلموا';
export const INTERVIEW_WITH = new RegExp(
  `(?:^|\\s)(?:[وف]?ب?(?:(?:${INTERVIEW_NOUNS})\\S{0,2}|حديث\\S{0,3})(?:\\s+\\S+)?\\s+مع|[وف]?(?:${TALKED})(?:\\s+\\S+)?\\s+(?:مع|الي))\\s*$`,
  'u',
);
/** Verbs of passing on what someone said (`نقل`, `نقلت`), without their conjunction. */
export const RELAYS = /^(?:نقل|نقلت)$/u;
/** A word of study or research (`دراسة`, `الأبحاث`, `للبحوث`), normalised, with its clitics. */
export const STUDY_WORD = /^[وفلب]*(?:ال)?(?:دراسه|دراسات|بحث|ابحاث|بحوث)$/u;
export const NOT_NAMES = normSet(NOT_A_NAME);

export const PUNCT = /^[\s"'()[\]«»*•.,،:;؛!?؟\-+/]+|[\s"'()[\]«»*•.,،:;؛!?؟\-+/]+$/g;
/** Punctuation that ends a phrase; a comma does not (`خبر نقلته، أيضا، وكالة …`). */
export const BREAK_AFTER = /[.:;؛!?؟]["')\]]*$/;

/** A word with its proclitics split off: `ولوكاله` → conj `و`, prep `ل`, stem `وكاله`. */
export interface Word {
  stem: string;
  prep: string;
  raw: string;
}

/** The word without its punctuation; of `عامة.وفقا` (a missing space) only the last part. */
export function strip(raw: string): string {
  const w = raw.replace(PUNCT, '');
  const inner = w.search(/[.:;؛!?؟،,][^.:;؛!?؟،,]*$/);
  return inner > 0 ? w.slice(inner + 1) : w;
}
/** A sentence or clause break inside a word (`عامة.وفقا`) ends the search leftwards after it. */
const INNER_BREAK = hot(new RegExp(`${WORD_CHAR_CLASS}[.:;؛!?؟]${WORD_CHAR_CLASS}`, 'u'));
export const innerBreak = (raw: string) => INNER_BREAK.test(raw);

/** Try the stem with and without proclitics against `set`. */
export function lookup<T>(raw: string, has: (w: string) => T | undefined, preps = true): Word & { hit?: T } {
  const w = strip(raw);
  const direct = has(w);
  if (direct !== undefined) return { stem: w, prep: '', raw, hit: direct };
  if (w.length > 0) {
    const m = splitProclitics(w, preps);
    for (const [prep, stem] of [
      [m.prep, m.rest],
      ['', `${m.prep}${m.rest}`],
    ] as const) {
      const hit = has(stem);
      if (hit !== undefined && stem.length > 1) return { stem, prep, raw, hit };
      // `للصحيفه` / `للانباء`: the article swallowed after ل.
      if (prep === 'ل' && stem.startsWith('ل')) {
        const again = has(`ا${stem}`);
        if (again !== undefined) return { stem: `ا${stem}`, prep, raw, hit: again };
      }
    }
  }
  return { stem: w, prep: '', raw };
}

export const inSet = (set: Set<string>) => (w: string) => (set.has(w) ? true : undefined);

/**
 * How far the words around a mention are read, in characters: far more than the 24 words any
 * rule asks for, yet bounded, so a sentence without spaces costs no more per mention than a
 * normal one (otherwise every mention would rescan the whole sentence before or after it).
 */
export const REACH_BACK = 600;
export const REACH_AHEAD = 300;

/** A longer run without spaces is no word a rule knows (a URL, a run of abbreviations). */
export const LONGEST_WORD = 64;

/**
 * The words before `end`, nearest first (within REACH_BACK characters). A run longer than
 * LONGEST_WORD is cut to its last LONGEST_WORD characters and ends the list.
 */
export function wordsBefore(t: string, end: number, max: number): { raw: string; start: number }[] {
  const out: { raw: string; start: number }[] = [];
  const floor = Math.max(0, end - REACH_BACK);
  let i = end;
  while (out.length < max && i > floor) {
    while (i > floor && t[i - 1] === ' ') i--;
    const stop = i;
    const cut = Math.max(floor, stop - LONGEST_WORD);
    while (i > cut && t[i - 1] !== ' ') i--;
    if (stop > i) out.push({ raw: t.slice(i, stop), start: i });
    if (i === cut && i > floor && t[i - 1] !== ' ') break;
  }
  return out;
}

/** The first `max` whitespace-separated words from `from` on (within REACH_AHEAD characters). */
export function wordsAfter(t: string, from: number, max: number): string[] {
  return t
    .slice(from, from + REACH_AHEAD)
    .trim()
    .split(/\s+/)
    .slice(0, max);
}

/** Index of the last non-space character before `at`, or -1. */
export function lastVisible(t: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /\s/.test(t[i] as string)) i--;
  return i;
}
