/**
 * The cue words of the four kinds of mark, as a reader would type them into a classic
 * highlighter: the floor regex and the mark.js peer both search for exactly these.
 */
export const CUE_WORDS: readonly string[] = [
  // Attribution verbs.
  'قال',
  'قالت',
  'أضاف',
  'أضافت',
  'أكد',
  'أكدت',
  'أوضح',
  'أوضحت',
  'ذكر',
  'ذكرت',
  'أعلن',
  'أعلنت',
  'أفاد',
  'أفادت',
  'أشار',
  'أشارت',
  'كشف',
  'كشفت',
  'صرح',
  // Unnamed sources.
  'مصدر',
  'مصادر',
  'مسؤول',
  'مسؤولون',
  'مسؤولين',
  'مطلع',
  'مطلعة',
  'مقرب',
  'دبلوماسي',
  'دبلوماسيون',
  'طلب عدم ذكر اسمه',
  'عدم الكشف عن هويته',
  // Denials.
  'نفى',
  'نفت',
  'ينفي',
  'تنفي',
  'نفي',
  'رفض',
  'رفضت',
  'عار عن الصحة',
  'لا أساس له',
  // No comment.
  'تعليق',
  'التعليق',
  'لم يرد',
  'لم ترد',
  'لم يتسن',
  'لم يتسنى',
  // Wire and outlet credits.
  'رويترز',
  'فرانس برس',
  'أسوشيتد برس',
  'الأناضول',
  'واس',
  'وكالة',
  'شينخوا',
  'سبوتنيك',
  'الجزيرة',
  'العربية',
  'بي بي سي',
  'سي إن إن',
  'مراسل',
  'نقلا عن',
  'بحسب',
  'وفقا',
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One precompiled regex for the union of the cue words: the floor the engine is held against. */
export function cueUnion(): RegExp {
  return new RegExp(CUE_WORDS.map(escapeRegex).join('|'), 'g');
}

/** Count every match of `re` in `text` in one pass. */
export function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}
