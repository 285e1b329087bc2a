/**
 * fast-check generators for hostile and realistic input to the engine: raw Unicode, lone
 * surrogates, invisible controls, and Arabic news-like text assembled from words, cue phrases,
 * punctuation and quotes. The words and phrases are written for these tests (cue words follow
 * ANNOTATION.md); none is taken from the corpus.
 */
import fc from 'fast-check';

/** Arabic letters as they appear in running text (hamza forms, ta marbuta, alef maqsura included). */
export const ARABIC_LETTERS = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی'];

/** Harakat, shadda, sukun (U+064B–U+0652) and tatweel (U+0640): what a writer may add inside a word. */
export const DIACRITICS = ['\u064b', '\u064c', '\u064d', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652'];
export const TATWEEL = '\u0640';

/** Zero-width characters and bidi controls that pages sprinkle into text. */
export const INVISIBLES = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u061c',
  '\ufeff',
  '\u00ad',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

/** Phrases the detectors are meant to react to, and look-alikes they must not trip on. */
export const CUE_PHRASES = [
  'قال مصدر',
  'قال مصدر مطلع',
  'أفادت مصادر أمنية',
  'وقالت المصادر',
  'وأضاف المصدر',
  'مسؤول طلب عدم الكشف عن هويته',
  'شهود عيان',
  'دبلوماسيون غربيون',
  'بحسب تقارير',
  'ذكرت وسائل إعلام محلية',
  'مصدرين أمنيين',
  '3 مصادر',
  'مصادر الطاقة',
  'ونفت الوزارة',
  'نفى المتحدث',
  'ينفي',
  'رفض الاتهامات',
  'عارية عن الصحة',
  'لا أساس لها من الصحة',
  'نفيه إلى',
  'لم ينفِ',
  'رفض التعليق',
  'امتنع عن التعليق',
  'لم يرد على طلب للتعليق',
  'لم ترد على أسئلة رويترز',
  'لم يتسن الوصول إليه للتعليق',
  'نقلت وكالة رويترز عن',
  'ذكرت وكالة فرانس برس',
  '(أ ف ب)',
  '(أ.ف.ب)',
  'أ.ف.ب.',
  'د.ب.أ.',
  '(رويترز) -',
  'وكالة الأنباء السعودية (واس)',
  'قالت صحيفة نيويورك تايمز',
  'بحسب وكالة الأناضول',
  'العربية.نت',
  'قال لـ«الشرق»',
  'أعلن الجيش',
  'قال متحدث باسم الوزارة',
];

/** Ordinary words for the body of a sentence. */
export const PLAIN_WORDS = [
  'الحكومة',
  'الاجتماع',
  'المدينة',
  'أمس',
  'في',
  'إن',
  'على',
  'من',
  'إلى',
  'الهجوم',
  'القوات',
  'الرئيس',
  'الأسبوع',
  'الماضي',
  'البرلمان',
  'الاتفاق',
  'مشروع',
  'القانون',
  'المفاوضات',
  'الحدود',
  '٢٠٢٤',
  '3.5',
  'بالمئة',
  'Reuters',
  'AFP',
];

const PUNCT = ['.', '،', '؟', '?', '!', '؛', ';', ':', '...', '..', ' - ', '—', '\n', '\n\n', ' (', ') '];
const QUOTES = ['«', '»', '"', '“', '”', '„', '‹', '›', "'", '{', '}'];

/** A made-up Arabic word of 1–9 letters. */
export const arabicWord = fc
  .array(fc.constantFrom(...ARABIC_LETTERS), { minLength: 1, maxLength: 9 })
  .map((cs) => cs.join(''));

/** One token of an article: a word, a cue phrase, punctuation or a quote mark. */
const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PLAIN_WORDS) },
  { weight: 4, arbitrary: arabicWord },
  { weight: 3, arbitrary: fc.constantFrom(...CUE_PHRASES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...QUOTES) },
);

/** A news-like Arabic text: tokens joined by spaces, with its own sentences, quotes and lines. */
export const arabicArticle = (maxTokens = 120) =>
  fc.array(token, { minLength: 0, maxLength: maxTokens }).map((ts) => ts.join(' '));

/** Arabic text with diacritics, tatweel and invisible controls dropped in anywhere. */
export const decoratedArabic = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: token },
      { weight: 2, arbitrary: fc.constantFrom(...DIACRITICS, TATWEEL) },
      { weight: 2, arbitrary: fc.constantFrom(...INVISIBLES) },
    ),
    { maxLength: 150 },
  )
  .map((parts) => parts.join(''));

/** Any string of UTF-16 code units, lone surrogates included. */
export const anyCodeUnits = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 300,
});

/** Everything at once: pieces of each kind above, concatenated. */
export const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      anyCodeUnits,
      arabicArticle(30),
      decoratedArabic,
      fc.constantFrom(...INVISIBLES, ...QUOTES, ...PUNCT),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const isArabicLetter = (ch: string | undefined) => ch !== undefined && ARABIC_LETTERS.includes(ch);

/** Positions strictly inside Arabic words: between two Arabic letters. */
export function insideWordPositions(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++)
    if (isArabicLetter(text[i - 1]) && isArabicLetter(text[i])) out.push(i);
  return out;
}

/** Insert `marks[k]` before the `picks[k]`-th inside-word position (positions taken modulo their count). */
export function decorateInsideWords(
  text: string,
  picks: readonly number[],
  marks: readonly string[],
): string {
  const positions = insideWordPositions(text);
  if (positions.length === 0) return text;
  const inserts = new Map<number, string>();
  picks.forEach((p, k) => {
    const at = positions[p % positions.length] as number;
    inserts.set(at, (inserts.get(at) ?? '') + (marks[k % marks.length] ?? TATWEEL));
  });
  let out = '';
  for (let i = 0; i < text.length; i++) out += (inserts.get(i) ?? '') + text[i];
  return out;
}
