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

const ANY_LETTER = /\p{L}/u;
// Letters Arabic does not use; پ چ گ are shared by the three, ی ک are Persian's (and Urdu's) y and k.
const PERSIAN_LETTERS = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x06c0]);
const URDU_LETTERS = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06c1, 0x06d2, 0x06d3]);
const KURDISH_LETTERS = new Set([0x0695, 0x06ce, 0x06c6, 0x06b5, 0x06d5]);

/** Letters of the Arabic script (basic block letters, supplement, presentation forms); not digits or marks. */
function isArabicScriptLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    c === 0x06ee ||
    c === 0x06ef ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/**
 * A letter outside ASCII and the Arabic block: code ranges for Latin, Cyrillic, CJK, Hangul and
 * the punctuation every page has; the Unicode regex only for the rest, since compiling it costs
 * about a millisecond and the gate runs on every page.
 */
function isOtherLetter(c: number): boolean {
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  // Spaces, joiners, bidi controls, punctuation; currency signs.
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf)) return false;
  if ((c >= 0x0400 && c <= 0x0481) || (c >= 0x048a && c <= 0x04ff)) return true;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return true;
  if ((c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff) return false; // variation selectors, BOM
  return ANY_LETTER.test(String.fromCharCode(c));
}

/** Counts by code unit, without a regex per character: the gate runs on every page. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { arabicScript: 0, otherLetters: 0, persian: 0, urdu: 0, kurdish: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.otherLetters++;
    } else if (isArabicScriptLetter(c)) {
      counts.arabicScript++;
      if (PERSIAN_LETTERS.has(c)) counts.persian++;
      else if (URDU_LETTERS.has(c)) counts.urdu++;
      else if (KURDISH_LETTERS.has(c)) counts.kurdish++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // A letter outside the BMP (rare scripts): test the whole code point, skip its low half.
      if (ANY_LETTER.test(text.slice(i, i + 2))) counts.otherLetters++;
      i++;
    } else if ((c < 0x0600 || c > 0x06ff) && isOtherLetter(c)) {
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

interface WordCounts {
  arabic: number;
  persian: number;
  urdu: number;
  kurdish: number;
}

/**
 * What counts as part of a word around the small words: letters of the scripts a page is written
 * in (as isOtherLetter and isArabicScriptLetter tell them), Arabic marks and tatweel, combining
 * accents, and surrogate halves; not digits, punctuation, spaces or joiners. A plain class with
 * no Unicode property: it compiles at once.
 */
const WORD_UNIT =
  '[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u0481\u048a-\u04ff\u0590-\u05ff' +
  '\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06dc\u06df-\u06e8\u06ea-\u06ef\u06fa-\u06ff\u0670\u0750-\u077f\u08a0-\u08ff' +
  '\u0900-\u0dff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3\ud800-\udfff\ufb50-\ufdff\ufe70-\ufefc]';
const SMALL_WORDS = [...new Set([...ARABIC_WORDS, ...PERSIAN_WORDS, ...URDU_WORDS, ...KURDISH_WORDS])];
let smallWords: RegExp | undefined;

/**
 * How many of the text's words are each language's small words: one native scan (the page's
 * first reading runs cold, where a loop over every character runs interpreted: 4.7 ms on the
 * bench's ordinary article, its largest self time).
 */
function countWords(text: string): WordCounts {
  smallWords ??= new RegExp(`(?<!${WORD_UNIT})(?:${SMALL_WORDS.join('|')})(?!${WORD_UNIT})`, 'g');
  const n: WordCounts = { arabic: 0, persian: 0, urdu: 0, kurdish: 0 };
  smallWords.lastIndex = 0;
  for (let m = smallWords.exec(text); m !== null; m = smallWords.exec(text)) {
    const w = m[0];
    if (ARABIC_WORDS.has(w)) n.arabic++;
    if (PERSIAN_WORDS.has(w)) n.persian++;
    if (URDU_WORDS.has(w)) n.urdu++;
    if (KURDISH_WORDS.has(w)) n.kurdish++;
  }
  return n;
}

/** Distinctive letters must be this share of the Arabic-script letters (a few names do not count). */
const LETTER_SHARE = 0.01;
const MIN_DISTINCT = 3;

/** The language of a text: 'other' unless most of its letters are in the Arabic script. `counts`: its countScripts, when known. */
export function scriptLanguage(text: string, counts?: ScriptCounts): ScriptLanguage {
  const c = counts ?? countScripts(text);
  if (c.arabicScript < 20 || c.arabicScript < 0.5 * (c.arabicScript + c.otherLetters)) return 'other';
  const marked = (n: number) => n >= MIN_DISTINCT && n / c.arabicScript >= LETTER_SHARE;
  const words = countWords(text);
  const beats = (n: number) => n >= MIN_DISTINCT && n > words.arabic;
  if (marked(c.kurdish) || beats(words.kurdish)) return 'ku';
  if (marked(c.urdu) || beats(words.urdu)) return 'ur';
  if (marked(c.persian) || beats(words.persian)) return 'fa';
  return 'ar';
}
