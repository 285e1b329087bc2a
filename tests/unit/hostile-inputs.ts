/**
 * Pathological article texts of any size, for the linear-time tests: the shapes that make a
 * regular expression backtrack or a loop rescan (the adversarial inputs of the benchmark issue).
 * Written for these tests; no sentence comes from the corpus.
 */

const ORDINARY = [
  'وقال مصدر مطلع إن الاجتماع تأجل إلى الأسبوع المقبل.',
  'ونفت الوزارة في بيان صحة ما نشر عن المفاوضات.',
  'ولم يرد المتحدث على طلب للتعليق.',
  'وذكرت وكالة رويترز أن القوات انسحبت من المدينة (أ ف ب).',
  'وأضاف أن الحكومة ستعلن قرارها بعد عودة الوفد.\n',
].join(' ');

/** Repeat `unit` until the text is `size` characters long (cut to size exactly). */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A vowel sign after every Arabic letter. */
const vowelled = (text: string) => text.replace(/[\u0621-\u064a]/g, '$&\u064e');

/** Each entry builds a text of about `size` characters. */
export const HOSTILE: Record<string, (size: number) => string> = {
  'ordinary article text': (n) => fill(ORDINARY, n),
  'one cue repeated («قال مصدر »)': (n) => fill('قال مصدر ', n),
  'one unclosed « at the start': (n) => `«${fill(ORDINARY.replace(/\n/g, ' '), n - 1)}`,
  'an unclosed « before every cue': (n) => fill('«قال مصدر إن ', n),
  'diacritics on every letter': (n) => fill(vowelled(ORDINARY), n),
  'one sentence with no punctuation': (n) => fill('وقال مصدر مطلع إن الوزارة نفت رويترز الأنباء ', n),
  'mixed Arabic and Latin': (n) => fill('قال مصدر Reuters said نفت AFP (أ ف ب) a.b.c ', n),
  'a long run of quotes': (n) => fill('"«»“', n),
  'a long run of dots': (n) => fill('.', n),
  'dotted abbreviations without end': (n) => fill('أ.ف.ب.', n),
  'tatweel and bidi controls': (n) => fill('نـــفـــت\u200f\u202bمـــصـــدر\u202c ', n),
};
