/**
 * The words around a source noun: how far its description runs and whether it names someone,
 * what counts it (`3 مصادر`, `أحد`, a dual), whether it is a resource (`مصادر الطاقة`) rather than
 * an informant, and sources coordinated with it.
 */
import {
  FILLERS,
  INFORMANT_WORDS,
  NAME_MARKERS,
  NAMING_WORDS,
  SO_CALLED,
  OFFICE_TITLES,
  PHRASE_STOPS,
  RESOURCE_NATURE,
  RESOURCE_WORDS,
} from '../../lexicons/anonymous';
import { GIVEN_NAMES } from '../../lexicons/given-names';
import { norm } from '../../normalize';
import { countPhrase } from '../../numbers';
import { NOUN_FORMS, type NounHit, nounOf, SAYING_PARTICIPLE, speechVerb } from '../../tokens/classes';
import { findIn, parses } from '../../tokens/clitics';
import type { Token } from '../../tokens/tokenize';
import { lookupForm } from '../wire/outlet-names';
import {
  ACCUSATIVE,
  ADVERBS,
  COMMAS,
  IN,
  isAddressee,
  isComplementiser,
  NATIONALITY_FORMS,
  NISBA,
  NOT_NAME,
  PREPOSITIONS,
  QUOTES,
  TAIL_WORDS,
  VAGUE_NUMBER,
} from './words';
import { LETTER_CLASS } from '../../word-chars';

const BI_WORD = new RegExp(`^ب(?:ال)?${LETTER_CLASS}{3,}`, 'u');

/** `يدعى أحمد`, `اسمه …`: a word that names the source; not `يدعي أن` ("claims that"). */
function namingAt(tokens: Token[], j: number): boolean {
  const tok = tokens[j];
  return tok?.isWord === true && naming(tokens, j) && !isComplementiser(tokens[j + 1]);
}

/** A naming word that names (`يدعى أحمد`), not the "so-called" of `فيما يسمى مجلس …`. */
function naming(tokens: Token[], j: number): boolean {
  return NAMING_WORDS.has((tokens[j] as Token).text) && !SO_CALLED.has(tokens[j - 1]?.text ?? '');
}

/** `مصدر في النادي، هو نائب الرئيس عادل الفاسي`: the source identified right after, by name. */
function identifiedAs(tokens: Token[], j: number): boolean {
  if (!/^و?(?:هو|هي)$/u.test(tokens[j]?.text ?? '')) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
    if (!tokens[k]?.isWord) return false;
    if (isGivenName(tokens, k) || NAME_MARKERS.has((tokens[k] as Token).text)) return true;
  }
  return false;
}

/** `لم تسمه`, `لم يسمها`: a verb of naming with the source as its object. */
const UNNAMED_BY = /^(?:تسم|يسم)(?:ه|ها|هم|هما)$/u;

/** `لبي بي سي`, `للقناة 12 الإسرائيلية`: an outlet of several words the source spoke to. */
function addresseeOfWords(tokens: Token[], j: number): boolean {
  const first = tokens[j] as Token;
  if (!first.text.startsWith('ل')) return false;
  let name = first.text.startsWith('لل') ? `ال${first.text.slice(2)}` : first.text.slice(1);
  for (let k = j + 1; k < j + 3 && tokens[k]?.isWord; k++) {
    name += ` ${(tokens[k] as Token).text}`;
    if (lookupForm(name, undefined) !== undefined) return true;
  }
  return false;
}

/** `استطلعت … آراءهم`: polled (normalised). */
const POLLED = /^(?:استطلع|استطلعت|استطلعتهم)$/u;
const OPINIONS = /^(?:اراء|ارا)(?:هم|ءهم)$/u;

/** Where the source description after the noun at `i` ends (exclusive token index), and whether it names someone. */
export function describe(tokens: Token[], i: number): { end: number; named: boolean } {
  let end = i + 1;
  let preps = 0;
  let words = 0;
  for (let j = i + 1; j < tokens.length && words < TAIL_WORDS; j++) {
    const tok = tokens[j] as Token;
    // `أحد المقاتلين في الجبهة، يدعى محمد`: the name in an aside after a comma.
    if (!tok.isWord)
      return { end, named: COMMAS.has(tok.text) && (namingAt(tokens, j + 1) || identifiedAs(tokens, j + 1)) };
    const t = tok.text;
    if (t === 'ل') break; // `المصدر لـ"رويترز"`
    if (namingAt(tokens, j)) return { end, named: true };
    // `توقع اقتصاديون استطلعت رويترز آراءهم`: a poll's panel, whose answers are a survey's findings
    // (ANNOTATION.md: no unnamed source), as good as named.
    if (POLLED.test(t) && tokens.slice(j + 1, j + 5).some((k) => OPINIONS.test(k.text)))
      return { end, named: true };
    if (speechVerb(tok) || isComplementiser(tok) || PHRASE_STOPS.has(t)) break;
    // `مصدر مطلع لم تكشف هويته`: a negated clause about the source, not part of its description;
    // but `مصدر لم تسمه بوزارة الخارجية` goes on after the two words.
    if (t === 'لم' || t === 'لا') {
      if (!UNNAMED_BY.test(tokens[j + 1]?.text ?? '')) break;
      j++;
      continue;
    }
    if (isAddressee(tok) || addresseeOfWords(tokens, j)) break;
    // An indefinite accusative (`نفى مصدران رسميان تقريرا لمسؤول`) is the verb's object, unless
    // the source itself is accusative and this agrees with it (`إن مصدرا مطلعا`).
    if (ACCUSATIVE.test(t) && !ADVERBS.has(t) && !(tokens[i] as Token).text.endsWith('ا')) break;
    // A coordinated second source (`3 مصادر … ومصدرين`) starts its own description.
    if (coordinatedNoun(tokens, j)) break;
    if (t === IN && ++preps > 1) break;
    if (t !== IN && PREPOSITIONS.has(t)) preps++;
    words++;
    end = j + 1;
  }
  return { end, named: false };
}

/** `وطالبوا`, `فأكدوا`: a verb of the sentence's next clause, joined by و / ف. */
const JOINED_VERB = new RegExp(`^[وف]${LETTER_CLASS}{3,}وا$`, 'u');
/** `تأكيدهم`, `قلقهما`: a noun owned by the group, i.e. what they expressed (not `منهم`, `لديهم`). */
const THEIR = new RegExp(`^${LETTER_CLASS}{3,}(?:هم|هما|هن)$`, 'u');
const HELD_BY = new Set(
  ['من', 'بين', 'لدي', 'علي', 'عن', 'مع', 'داخل', 'ضمن', 'عند', 'الي', 'حول', 'في', 'ل', 'ب'].map(norm),
);
/** `مصدر طبي في مستشفى … القريب من`: a description cut by its length ends with no dangling word. */
const DANGLING = new Set(['من', 'في', 'الي', 'عن', 'علي', 'مع', 'حول', 'بين', 'ل', 'ب', 'و', 'او'].map(norm));

/**
 * How much of the description (the noun at `i` to `end`, see `describe`) the reader is shown:
 * without what follows the group in the sentence — the next clause's verb (`السكان وطالبوا
 * بحلول`), what they expressed (`مسؤولون في الوزارة استعدادهم`) — nor a preposition left hanging
 * where the length cut it. (An accusative that starts with alef is left in: as often a name —
 * `أوباما`, `أوروبا` — or an agreeing adjective — `مسؤولين أفغانا` — as an object.) Only the shown words change; which
 * sentences are marked does not depend on it.
 */
export function shownEnd(tokens: Token[], i: number, end: number): number {
  let to = end;
  for (let j = i + 1; j < end; j++) {
    const t = (tokens[j] as Token).text;
    const after = (tokens[j - 1] as Token).text;
    const owned = THEIR.test(t) && !HELD_BY.has(t.replace(/(?:هم|هما|هن)$/, '')) && !PREPOSITIONS.has(after);
    if (JOINED_VERB.test(t) || owned) {
      to = j;
      break;
    }
  }
  while (to > i + 1 && DANGLING.has((tokens[to - 1] as Token).text)) to--;
  return to;
}

/** `ومصدرين`, `و3 مصادر`, `وأحد المسؤولين`: a second source joined by و at `j`; its noun and count. */
export function coordinatedNoun(
  tokens: Token[],
  j: number,
): { at: number; noun: NounHit; count?: number } | undefined {
  const tok = tokens[j];
  if (!tok?.isWord || !tok.text.startsWith('و')) return undefined;
  const noun = nounOf(tok);
  if (noun?.conj === 'و') {
    const count = noun.entry.number === 'du' ? 2 : noun.entry.number === 'sg' ? 1 : undefined;
    return { at: j, noun, ...(count !== undefined ? { count } : {}) };
  }
  const next = nounOf(tokens[j + 1]);
  if (next?.conj !== '') return undefined;
  const count = countPhrase(tok.text);
  if (count === undefined && !['واحد', 'واحدي', 'وبعض'].includes(tok.text)) return undefined;
  return { at: j + 1, noun: next, ...(count !== undefined ? { count } : {}) };
}

/** A name marker (`بن`, `الدكتور`, `اللواء`) in the words after a title, before the claim begins. */
export function namedLater(tokens: Token[], i: number): boolean {
  for (let j = i + 1, words = 0; j < tokens.length && words < 14; j++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord) {
      if (COMMAS.has(tok.text)) {
        if (appositiveName(tokens, j + 1)) return true;
        continue;
      }
      if (QUOTES.has(tok.text)) continue;
      return false;
    }
    if (speechVerb(tok) || isComplementiser(tok)) return false;
    if (naming(tokens, j)) return true;
    // `د.` (Dr.) before a name; not the `د` of a credit line `(د.ب.أ)`.
    if (NAME_MARKERS.has(tok.text) && !(tok.text === 'د' && tokens[j + 2]?.text === 'ب')) return true;
    words++;
  }
  return false;
}

/**
 * Given names as the engine reads them, less two that are other words to it: normalised, `علي` is
 * also the preposition على, and `تركي` is mostly the adjective Turkish (`مسؤول أمني تركي`).
 */
const NOT_GIVEN = new Set([norm('على'), norm('تركي')]);
const GIVEN = new Set(GIVEN_NAMES.flatMap((g) => g.ar.map(norm)).filter((n) => !NOT_GIVEN.has(n)));

/** A given name at `j` (`محمد`, `عبد الله` as two words). */
function isGivenName(tokens: Token[], j: number): boolean {
  const t = (tokens[j] as Token).text;
  if (t === 'عبد') return tokens[j + 1]?.isWord === true && (tokens[j + 1] as Token).text.startsWith('ال');
  return GIVEN.has(t);
}

/** A word that can be a family name: not a function word, verb, source noun or number. */
function familyNameAt(tokens: Token[], j: number): boolean {
  const tok = tokens[j];
  if (!tok?.isWord) return false;
  const t = tok.text;
  if (PREPOSITIONS.has(t) || PHRASE_STOPS.has(t) || NOT_NAME.has(t) || /^[0-9]/.test(t)) return false;
  return !speechVerb(tok) && !isComplementiser(tok) && !nounOf(tok) && !findIn(t, FILLERS);
}

/**
 * `قائد شرطة المدينة عبد الرحمن رحيمي`, `عضو الجمعية المستشار أحمد الجبير`: a given name and a
 * family name inside the description of the noun at `i` (which ends before `end`) — never right
 * after the noun, where `تركي` is an adjective (Turkish).
 */
export function namedInDescription(tokens: Token[], i: number, end: number): boolean {
  for (let j = i + 2; j < end; j++)
    if (
      isGivenName(tokens, j) &&
      familyNameAt(tokens, j + ((tokens[j] as Token).text === 'عبد' ? 2 : 1)) &&
      !ownedName(tokens, j)
    )
      return true;
  return false;
}

/**
 * A person's name (a given name and a family name) among the few words from token `from` on,
 * before any punctuation or the claim: `قال أحد شيوخ القبيلة علي حسن إن …` names its speaker.
 */
export function nameFollows(tokens: Token[], from: number, words = 5): boolean {
  for (let j = from; j < tokens.length && j < from + words; j++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord || isComplementiser(tok) || speechVerb(tok)) return false;
    if (
      isGivenName(tokens, j) &&
      familyNameAt(tokens, j + (tok.text === 'عبد' ? 2 : 1)) &&
      !ownedName(tokens, j)
    )
      return true;
  }
  return false;
}

/** Words whose holder a name after them belongs to (`مكتب الرئيس محمد …`, `حزب الرئيس علي …`). */
const OWNERS = new Set(['حزب', 'نظام', 'حكومه', 'مكتب', 'نجل', 'ابن', 'شقيق', 'عائله', 'انصار'].map(norm));

/**
 * Is the name at `j` another person's, held by the title or body before it (`في مكتب الرئيس
 * اليمني محمد …`, `عضو في حزب علي …`), rather than the speaker's own?
 */
function ownedName(tokens: Token[], j: number): boolean {
  let k = j - 1;
  while (k > 0 && NISBA.test((tokens[k] as Token).text.replace(/^ال/, ''))) k--;
  const t = (tokens[k] as Token | undefined)?.text ?? '';
  return findIn(t, OFFICE_TITLES) !== undefined || findIn(t, OWNERS) !== undefined;
}

/** A sentence's closing mark, as a token. */
const SENTENCE_END = /^[.!؟?]/u;

/**
 * `قال عضو مجلس المحافظة، أنور متى هدايا، لـ…`: one to four words set off by commas right before
 * the addressee or the claim, none of them a function word or a definite noun — a name.
 */
export function appositiveName(tokens: Token[], from: number): boolean {
  let words = 0;
  for (let j = from; j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    // …not the sentence's end: `ونفى مسؤول في الشرطة، مطاردة السائحات.` is the verb's object.
    if (!tok.isWord && SENTENCE_END.test(tok.text)) return false;
    if (!tok.isWord || tok.text === 'ل' || isComplementiser(tok)) return words >= 1 && words <= 4;
    // The first word of a name is bare: not `الصحافة`, not an addressee `لوكالة`.
    if (words === 0 && /^(?:ال|ل|ب)/.test(tok.text)) return false;
    // …nor a noun with a pronoun (`، مطاردتهم للسائحات،`: the verb's object).
    if (words === 0 && /ت(?:ه|ها|هم|هما)$/u.test(tok.text)) return false;
    if (NOT_NAME.has(tok.text) || speechVerb(tok) || nounOf(tok) || findIn(tok.text, FILLERS)) return false;
    if (PREPOSITIONS.has(tok.text) || PHRASE_STOPS.has(tok.text) || /^[0-9]/.test(tok.text)) return false;
    // `، مؤكدين أن …`: a participle of saying goes on with the claim; it names no one.
    if (SAYING_PARTICIPLE.test(tok.text)) return false;
    if (++words > 4) return false;
  }
  return false;
}

/** Is `مصدر` here a resource or cause (`مصادر الطاقة`, `مصدر خوف`, `مصدر للعملة`)? */
export function isResource(tokens: Token[], i: number, hasVerb: boolean, speaks = hasVerb): boolean {
  // `خامس أكبر مصدر في أوبك`, `أهم مصادر الدخل`: a superlative ranks exporters or resources.
  if (RANKING.has(tokens[i - 1]?.text ?? '')) return true;
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  // Once they speak, an adjective of number (`مصادر متعددة … كشفت`) or of a field (`قالت مصادر
  // مالية`, `بحسب مصادر نفطية`; not `مصادر مائية`) describes informants.
  if (speaks && VAGUE_NUMBER.has(next.text)) return false;
  const field = !/^ال/.test(next.text) && NISBA.test(next.text) && !RESOURCE_NATURE.has(next.text);
  if (speaks && field && !tokens[i]?.text.startsWith('ال')) return false;
  if (parses(next.text).some((p) => RESOURCE_WORDS.has(p.stem))) return true;
  // `مصدر للعملة الصعبة`, or after an adjective (`مصدر مثالي لتغطية الطلب`, not an informant's `مقرب`).
  const after = INFORMANT_WORDS.has(next.text) ? undefined : tokens[i + 2];
  return !hasVerb && (forWhat(next) || (after?.isWord === true && after.text.length > 2 && forWhat(after)));
}

/** A word in لـ saying what a resource is for: not an addressee (`لرويترز`, `لها`), not a nation (`ليبية`). */
const forWhat = (t: Token): boolean =>
  /^ل(?!(?:ه|ها|هم|هما|هن|نا|ي|ك|كم)$)/.test(t.text) && !isAddressee(t) && !NATIONALITY_FORMS.has(t.text);

/** Superlatives and ranks (normalised) before مصدر: an exporter or a resource, never an informant. */
const RANKING = new Set([
  'اكبر',
  'اهم',
  'ابرز',
  'اول',
  'ثاني',
  'ثالث',
  'رابع',
  'خامس',
  'اكثر',
  'اقل',
  'اضخم',
]);

/** Does the word after the noun make it an informant (`مطلعة`, `أمني`, `في الوزارة`, `بالخارجية`)? */
export function informantNext(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  const t = next.text;
  // `مصادر لـ«الوئام»: …`: a source that spoke to an outlet is an informant.
  if (INFORMANT_WORDS.has(t) || PREPOSITIONS.has(t) || isAddressee(next)) return true;
  if (!t.startsWith('ال') && NISBA.test(t) && !RESOURCE_WORDS.has(t)) return true;
  // `مصدر بوزارة الخارجية`, `مصادر بالحكومة`.
  if (BI_WORD.test(t) && !RESOURCE_WORDS.has(t.replace(/^ب(?:ال)?/, ''))) return true;
  return /^لم$/.test(t);
}

/** Most of (`معظم`, `أغلب`, `جل`, `غالبية`), and all or most of. */
const MOST = new Set(['معظم', 'اغلب', 'جل', 'غالبيه']);
const ALL_OR_MOST = new Set(['جميع', 'كل', ...MOST]);

/** The words before the noun that count it (`3 مصادر`, `أحد المصادر`, `بعض الخبراء`, `ثلاثة من المسؤولين`). */
export function quantifierStart(tokens: Token[], i: number): number {
  const prev = tokens[i - 1];
  if (!prev?.isWord) return i;
  if (/^[0-9]+$/.test(prev.text) || countPhrase(prev.text) !== undefined) return i - 1;
  // Not `عدد` alone: `عدد النازحين` is a figure (`عدد من السكان` counts them, below).
  if (['بعض', 'احد', 'احدي', 'مجموعه', 'عشرات'].includes(prev.text)) return i - 1;
  // …and all or most reports (`أشارت جميع التقارير`); not all citizens (`تقدير جميع المواطنين`).
  if (ALL_OR_MOST.has(prev.text) && nounOf(tokens[i])?.entry.cls === 'media') return i - 1;
  // …most of a group (`يجمع معظم الاقتصاديين`, `ويقول أغلب الباحثين`).
  if (MOST.has(prev.text) && (nounOf(tokens[i])?.entry.cls === 'group' || partOfGroup(tokens, i)))
    return i - 1;
  if (prev.text === 'من') {
    const q = tokens[i - 2];
    if (
      q?.isWord &&
      (['عدد', 'مجموعه', 'عشرات', 'بعض'].includes(q.text) || countPhrase(q.text) !== undefined)
    )
      return i - 2;
  }
  return i;
}

/**
 * A group the lexicon takes only without the article (`باحثون`, `طلاب`: the definite ones are most
 * often a study's authors or whom the story is about), made vague again by "most of" (`ويقول أغلب
 * الباحثين`). Not `بعض` or `كثير من`, which as often count those the story is about (`نقل بعض
 * المسافرين`, `أبدى الكثير من الزوار`: 2 of 5 such new marks were right on the labelled data).
 */
export function partOfGroup(tokens: Token[], i: number): NounHit | undefined {
  const tok = tokens[i];
  if (!tok?.isWord || !MOST.has(tokens[i - 1]?.text ?? '')) return undefined;
  const hit = NOUN_FORMS.get(tok.text, tok.hash);
  return hit?.definite && hit.entry.indefinite && hit.entry.cls === 'group' && hit.prep === ''
    ? hit
    : undefined;
}

/** The count the phrase gives: a number before it, `أحد`, a dual or a singular noun. */
export function countOf(tokens: Token[], q: number, i: number, noun: NounHit): number | undefined {
  if (q < i) return countPhrase((tokens[q] as Token).text);
  // Media and reports are not counted as people (`الإعلام الفرنسي`, `صحيفة بريطانية`).
  if (noun.entry.cls === 'media') return undefined;
  if (noun.entry.number === 'du') return 2;
  if (noun.entry.number === 'sg') return 1;
  return undefined;
}

/** `لكن`, `غير أن`, `إلا أن` right before `q`: the subject of what follows is in the accusative. */
export const afterBut = (tokens: Token[], q: number): boolean => {
  const prev = tokens[q - 1]?.text ?? '';
  return /^و?لكن$/u.test(prev) || (prev === 'ان' && /^(?:غير|الا)$/u.test(tokens[q - 2]?.text ?? ''));
};
