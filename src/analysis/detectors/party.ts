/**
 * Finds who denies or who did not answer, in normalised sentence text: the subject that follows
 * a verb (ونفى المبعوث الإيراني لدى الأمم المتحدة، …) or, in headlines and after لكن, the one
 * that precedes it (فرنسا تنفي …). A heuristic over words, good enough for a tooltip.
 */
import { WEEKDAYS } from '../lexicons/common';
import { CLAIM_NOUNS } from '../lexicons/denial';
import { norm } from '../normalize';
import type { Span } from '../types';
import { LETTER_CLASS } from '../word-chars';

const HAS_LETTER = new RegExp(LETTER_CLASS, 'u');

const STOP = new Set(
  [
    'أن',
    'إن',
    'أنه',
    'أنها',
    'أنهم',
    'بأن',
    'بأنه',
    'بأنها',
    'وجود',
    'صحة',
    'ما',
    'ماتم',
    'عما',
    'مما',
    'أي',
    'أية',
    'كل',
    'هذه',
    'هذا',
    'ذلك',
    'تلك',
    'الأمر',
    'أمس',
    'اليوم',
    'مساء',
    'صباح',
    'يوم',
    'خلال',
    'على',
    'عن',
    'إلى',
    'مع',
    'حتى',
    'قطعيا',
    'قاطعا',
    'مرارا',
    'رسميا',
    'علنا',
    'مؤخرا',
    'كذلك',
    'بقوة',
    'بشدة',
    'تماما',
    'مجددا',
    'أيضا',
    'بدوره',
    'بدورها',
    'نفيا',
    'فورا',
    'بعد',
    'قبل',
    'عبر',
    'سابقا',
    'الفور',
    'وقت',
    ...WEEKDAYS,
    'الاتهامات',
    'اتهامات',
    'الادعاءات',
    'ادعاءات',
    'المزاعم',
    'مزاعم',
    'الأنباء',
    'الأخبار',
    'التقارير',
    'تقريرا',
    'الشائعات',
    'التعليق',
    'التعقيب',
    'الرد',
    'الحديث',
    'تأكيد',
    'الإفصاح',
    'الكشف',
    'الإدلاء',
    'الإجابة',
    'الخوض',
    'للتعليق',
    'للتعقيب',
    'بالأمس',
    'فكرة',
    'في',
    ...CLAIM_NOUNS,
    ...CLAIM_NOUNS.map((w) => `ال${w}`),
    'كثيرا',
    'الصمت',
    'عدم',
    'بالصمت',
    'إعطاء',
    'إضافة',
    'تحديد',
    'مناقشة',
    'بصورة',
    'بشكل',
  ].map(norm),
);
// Possessed nouns that are a denial's object, not its subject (نفى تورطه، نفت صلتها).
const OBJECT_NOUN =
  /^(?:(?:صلت|صلات|علاقت|مسووليت|معرفت|تورط|علم|ضلوع|سعي|نيت)(?:ه|ها|هم|هما)|وجود|تورط|ضلوع)$/u;
// في ends the subject only when what follows is a circumstance (في بيان، في اتصال، في تصريح).
const CIRCUMSTANCE = new Set(
  ['بيان', 'تصريح', 'تصريحات', 'اتصال', 'حديث', 'مقابلة', 'مؤتمر', 'تغريدة'].map(norm),
);
const PRONOUN_LIKE =
  /^[وف]?(?:لكن|ولكن|ان|لان|كان|هو|هي|هم|هما|الذي|التي|الذين|ما|مما|انه|انها|انهم|لكنه|لكنها|لكنهم|انني|انا|نحن|كما|بينما|فيما|قد)$/u;
const COMMENTISH =
  /^(?:[بل])?(?:ال)?(?:تعليق|تعقيب|تصريح|تاكيد|نفي|سوال|اسيله|استيضاح|استفسار|تحقق|طلب|اتصال|رسال|مكالم)/u;
const WORD = /[^\s،,:؛;()[\]"'.!؟?-]+/uy;
const SPACE = /[\s"']*/uy;
const MAX_WORDS = 8;

interface Token {
  start: number;
  end: number;
  text: string;
}

function nextToken(text: string, from: number): Token | undefined {
  SPACE.lastIndex = from;
  SPACE.exec(text);
  WORD.lastIndex = SPACE.lastIndex;
  const m = WORD.exec(text);
  if (!m) return undefined;
  return { start: m.index, end: m.index + m[0].length, text: m[0] };
}

/** The subject right after `from` (a verb's end), up to a comma, a stop word or eight words. */
export function partyAfter(text: string, from: number, objectStart?: RegExp): Span | undefined {
  let pos = from;
  let first: Token | undefined;
  let last: Token | undefined;
  for (let n = 0; n < MAX_WORDS; n++) {
    const tok = nextToken(text, pos);
    if (!tok) break;
    // Only spaces may separate words of one subject: punctuation ends it.
    if (last && /[،,:؛;()"'.!؟?-]/u.test(text.slice(last.end, tok.start))) break;
    if (objectStart?.test(tok.text)) break;
    if (STOP.has(tok.text) || COMMENTISH.test(tok.text) || OBJECT_NOUN.test(tok.text)) {
      if (tok.text !== 'في') break;
      const after = nextToken(text, tok.end);
      if (!after || CIRCUMSTANCE.has(after.text.replace(/^ال/u, ''))) break;
    }
    // A lone letter is a preposition cut off its noun (لـ«الشرق الأوسط»).
    if (tok.text.length === 1) break;
    if (!first) {
      if (/^\d/u.test(tok.text) && !/^\d+$/u.test(tok.text)) break;
      first = tok;
    }
    last = tok;
    pos = tok.end;
  }
  if (!first || !last) return undefined;
  if (last === first && PRONOUN_LIKE.test(first.text)) return undefined;
  return { start: first.start, end: last.end };
}

const CLAUSE_OPENERS =
  /^(?:[وف]?(?:لكن|ولكن|غير ان|الا ان|بينما|فيما|كما|وقد|قد|ثم|اذ|حيث|من جهته|من جهتها|من جانبه|من جانبها|في المقابل|بالمقابل|وبالمقابل|لقد|ولقد|ولطالما|طالما|وهو ما|وهو الامر الذي|وهي))(?:\s+|$)/u;
const LINKER = /^(?:فيما|بينما|كما|ثم|وقد|قد)$/u;
const PREPOSITION = /^[وف]?(?:في|علي|من|الي|بعد|قبل|خلال|منذ|مع|عند|حول|بين|وسط|اثر|ازاء|حيال)$/u;
const RELATIVE = /(?:^|\s)(?:الذي|التي|الذين|اللذين|اللتين|ما|مما)$/u;
// Words after the verb that come before its subject (ونفى فيه البنتاغون، نافيا بدوره).
const LEADING_FILLER =
  /^\s*(?:(?:فيه|فيها|فيهما|بدوره|بدورها|بذلك|امس|بالامس|سابقا|مجددا|ايضا|فورا|قطعيا|في\s+(?:ذات\s+)?الوقت(?:\s+(?:نفسه|ذاته))?)[\s،,]*)+/u;

interface Clause {
  start: number;
  words: string[];
  /** The clause opened with لكن، غير أن … so what follows is surely its subject. */
  opened: boolean;
}

/** The clause that runs up to `at`, from the last comma, colon or quote, without its opener. */
function clauseBefore(text: string, at: number): Clause {
  const head = text.slice(0, at);
  const cut = Math.max(
    head.lastIndexOf('،'),
    head.lastIndexOf(','),
    head.lastIndexOf(':'),
    head.lastIndexOf('"'),
  );
  let start = cut + 1;
  let clause = head.slice(start);
  start += clause.length - clause.trimStart().length;
  clause = clause.trim();
  const opener = CLAUSE_OPENERS.exec(clause);
  if (opener) {
    start += opener[0].length;
    clause = clause.slice(opener[0].length);
  }
  const words = clause.split(/\s+/u).filter((w) => HAS_LETTER.test(w) && w !== 'و' && w !== 'ف');
  return { start, words, opened: opener !== null };
}

export interface VerbParty {
  /** The verb carries its object as a pronoun (نفاه، نفته), so a following noun is its subject. */
  objectSuffix?: boolean;
  /** A word that begins the verb's object, which ends a subject after the verb (`أي`, `حجم`). */
  objectStart?: RegExp;
}

/**
 * Who performs the verb at `cue`: the noun phrase that opens its clause (فرنسا تنفي، لكن إيران
 * نفت), else the one that follows it (ونفى المبعوث …); nothing when the subject is a pronoun.
 */
export function partyOfVerb(text: string, cue: Span, options: VerbParty = {}): Span | undefined {
  const rest = text.slice(cue.end);
  const filler = LEADING_FILLER.exec(rest);
  const after = () => partyAfter(text, cue.end + (filler ? filler[0].length : 0), options.objectStart);
  if (options.objectSuffix || filler) return after();
  const clause = clauseBefore(text, cue.start);
  const last = clause.words[clause.words.length - 1];
  if (clause.words.length === 0) return after();
  // A verb joined to an earlier one (…وخرج المدير ونفى، فيما تنفي) shares its subject.
  if (/[وف]/u.test(text[cue.start - 1] ?? '') || (last && LINKER.test(last))) return undefined;
  if (PRONOUN_LIKE.test(clause.words[0] as string) || (last && RELATIVE.test(last))) return undefined;
  if (PREPOSITION.test(clause.words[0] as string)) return after();
  const max = clause.opened ? 7 : 4;
  if (clause.words.length <= max && !clause.words.some((w) => STOP.has(w))) {
    let end = cue.start;
    while (end > clause.start && /\s/u.test(text[end - 1] as string)) end--;
    return { start: clause.start, end };
  }
  return after();
}
