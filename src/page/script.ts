/**
 * Letter counts by script, and which Arabic-script language a text is written in: Arabic, or
 * Persian, Urdu or Kurdish (Sorani), told apart by the letters and the small words each uses.
 */
export type ScriptLanguage = 'ar' | 'fa' | 'ur' | 'ku' | 'other';

export interface ScriptCounts {
  /** Letters of the Arabic script (any language written in it). */
  arabicScript: number;
  /** Letters of any other script (Latin, Cyrillic, ...). */
  otherLetters: number;
  persian: number;
  urdu: number;
  kurdish: number;
}

const ARABIC_SCRIPT =
  /[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/;
const ANY_LETTER = /\p{L}/u;
// Letters Arabic does not use; پ چ گ are shared by the three, ی ک are Persian's (and Urdu's) y and k.
const PERSIAN_LETTERS = new Set(['\u067e', '\u0686', '\u0698', '\u06af', '\u06a9', '\u06cc', '\u06c0']);
const URDU_LETTERS = new Set(['\u0679', '\u0688', '\u0691', '\u06ba', '\u06c1', '\u06d2', '\u06d3']);
const KURDISH_LETTERS = new Set(['\u0695', '\u06ce', '\u06c6', '\u06b5', '\u06d5']);

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { arabicScript: 0, otherLetters: 0, persian: 0, urdu: 0, kurdish: 0 };
  for (const ch of text) {
    if (ARABIC_SCRIPT.test(ch)) {
      counts.arabicScript++;
      if (PERSIAN_LETTERS.has(ch)) counts.persian++;
      else if (URDU_LETTERS.has(ch)) counts.urdu++;
      else if (KURDISH_LETTERS.has(ch)) counts.kurdish++;
    } else if (ANY_LETTER.test(ch)) {
      counts.otherLetters++;
    }
  }
  return counts;
}

/** Share (0..1) of a text's letters that are in the Arabic script. */
export function arabicScriptShare(text: string): number {
  const c = countScripts(text);
  const letters = c.arabicScript + c.otherLetters;
  return letters === 0 ? 0 : c.arabicScript / letters;
}

// Frequent small words, written with either the Persian or the Arabic ي/ك (sites mix them).
const PERSIAN_WORDS = new Set([
  'است',
  'را',
  'می',
  'مي',
  'این',
  'های',
  'هاي',
  'شده',
  'برای',
  'براي',
  'کرد',
  'نیز',
  'یک',
]);
const URDU_WORDS = new Set(['ہے', 'ہیں', 'کے', 'کی', 'میں', 'سے', 'اور', 'کہ', 'نے', 'کو']);
const KURDISH_WORDS = new Set(['لە', 'بۆ', 'ئەو', 'کە', 'دەکات', 'ئەم']);
const ARABIC_WORDS = new Set([
  'في',
  'من',
  'على',
  'إلى',
  'الى',
  'أن',
  'ان',
  'التي',
  'الذي',
  'عن',
  'هذا',
  'هذه',
  'مع',
  'قال',
]);

function countWords(text: string, words: ReadonlySet<string>): number {
  let n = 0;
  for (const w of text.split(/[^\p{L}\p{M}]+/u)) if (words.has(w)) n++;
  return n;
}

/** Distinctive letters must be this share of the Arabic-script letters (a few names do not count). */
const LETTER_SHARE = 0.01;
const MIN_DISTINCT = 3;

/** The language of a text: 'other' unless most of its letters are in the Arabic script. */
export function scriptLanguage(text: string): ScriptLanguage {
  const c = countScripts(text);
  if (c.arabicScript < 20 || c.arabicScript < 0.5 * (c.arabicScript + c.otherLetters)) return 'other';
  const marked = (n: number) => n >= MIN_DISTINCT && n / c.arabicScript >= LETTER_SHARE;
  const arabicWords = countWords(text, ARABIC_WORDS);
  const beats = (n: number) => n >= MIN_DISTINCT && n > arabicWords;
  if (marked(c.kurdish) || beats(countWords(text, KURDISH_WORDS))) return 'ku';
  if (marked(c.urdu) || beats(countWords(text, URDU_WORDS))) return 'ur';
  if (marked(c.persian) || beats(countWords(text, PERSIAN_WORDS))) return 'fa';
  return 'ar';
}
