/**
 * The `anonymous` detector (ANNOTATION.md, "anonymous"): a claim resting on a source whose
 * identity is withheld.
 *
 * It reads each sentence as a list of words and asks, for every source noun it meets
 * (مصدر، مسؤول، محللون، تقارير …), whether the noun is the origin of a claim (a verb of saying
 * or an attribution such as `بحسب` before it, or a verb of saying after its description) and
 * whether it is unnamed (an indefinite noun, not a construct naming one office holder, with no
 * name in the phrase). A definite noun (`وقال المسؤول`) is anonymous only when an unnamed one of
 * the same kind was introduced earlier in the text, and a sentence with no stated subject
 * (`وأضاف أن …`) continues the unnamed source of the sentence right before it. Memory ends when
 * a named speaker takes the floor.
 */
import type { Detector, Finding, SentenceView } from '../detector';
import {
  ADDRESSEE_PREFIXES as ADDRESSEE_PREFIXES_,
  type Agreement,
  ATTRIBUTION_WORDS as ATTRIBUTION_WORDS_,
  COMPLEMENTISERS as COMPLEMENTISERS_,
  CONTINUATION_VERBS as CONTINUATION_VERBS_,
  FILLERS as FILLERS_,
  INFORMANT_WORDS as INFORMANT_WORDS_,
  NAME_MARKERS as NAME_MARKERS_,
  NAMING_WORDS as NAMING_WORDS_,
  NOUNS as NOUNS_,
  type NounEntry,
  PHRASE_STOPS as PHRASE_STOPS_,
  RELAYING_VERBS as RELAYING_VERBS_,
  RESOURCE_WORDS as RESOURCE_WORDS_,
  SPEECH_VERBS as SPEECH_VERBS_,
  WITHHELD_NAME as WITHHELD_NAME_,
} from '../lexicons/anonymous';
import { trieAlt } from '../lexicon';
import { norm } from '../normalize';
import { countPhrase } from '../numbers';
import {
  hashRange as hashRangeOf,
  hashStep as hashStepOf,
  isSpaceCode as isSpaceOf,
  isWordCode as isWordOf,
} from '../word-chars';
import { quantifiedGroup } from './anonymous-groups';
import { lookupForm } from './wire-names';

// Local bindings for the lexicons read in every sentence's loops (not through module exports).
const ADDRESSEE_PREFIXES = ADDRESSEE_PREFIXES_;
const ATTRIBUTION_WORDS = ATTRIBUTION_WORDS_;
const COMPLEMENTISERS = COMPLEMENTISERS_;
const CONTINUATION_VERBS = CONTINUATION_VERBS_;
const FILLERS = FILLERS_;
const INFORMANT_WORDS = INFORMANT_WORDS_;
const NAME_MARKERS = NAME_MARKERS_;
const NAMING_WORDS = NAMING_WORDS_;
const NOUNS = NOUNS_;
const PHRASE_STOPS = PHRASE_STOPS_;
const RELAYING_VERBS = RELAYING_VERBS_;
const RESOURCE_WORDS = RESOURCE_WORDS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const WITHHELD_NAME = WITHHELD_NAME_;

interface Token {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
  /** hashRange of the text (words only), to skip lookups that cannot succeed. */
  hash: number;
  /** The word's reading as a source noun and as a verb of saying, looked up once (null: none). */
  noun: NounHit | null | undefined;
  verb: Parsed | null | undefined;
}

/** A word split into its proclitics and stem. */
interface Parsed {
  conj: string;
  prep: string;
  definite: boolean;
  stem: string;
}

/** A source noun found in the sentence. */
interface NounHit extends Parsed {
  entry: NounEntry;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Local bindings, called directly in the tokenizer's loop.
const isWordCode = isWordOf;
const isSpaceCode = isSpaceOf;
const hashStep = hashStepOf;
const hashRange = hashRangeOf;
const QUOTES = new Set(['"', "'", '(', ')', '-', '*']);
const COMMAS = new Set(['،', ',']);
const MEDIA_ADJECTIVES = new Set(['الاعلاميه', 'الصحفيه', 'الصحافيه', 'الاخباريه', 'الاعلامية']);
const PREPOSITIONS = new Set(['في', 'داخل', 'لدي', 'بين', 'ضمن', 'من', 'مقرب', 'قريب', 'بالقرب']);
const AN = norm('عن');
/** `المصدر نفسه`, `المسؤول ذاته`: the same source again, not a name. */
const SAME = new Set(['نفسه', 'نفسها', 'ذاته', 'ذاتها', 'نفسهم', 'ذاتهم']);
const IN = norm('في');
/** Attribution words that take `لـ`: `وفقا لمصادر`, `طبقا لتقارير`. */
const GOVERNS_LAM = new Set([
  'وفقا',
  'ووفقا',
  'طبقا',
  'وطبقا',
  'وفق',
  'ووفق',
  'نسبه',
  'بالنسبه',
  'نقلا',
  'مزاعم',
  'ادعاءات',
]);
/** Words that never stand in a name: the verbs and particles of `طلب عدم نشر اسمه` and the like. */
const NOT_NAME = new Set(
  [
    'طلب',
    'طالبا',
    'مشترطا',
    'رافضا',
    'مفضلا',
    'متحفظا',
    'عدم',
    'لم',
    'لا',
    'قد',
    'الذي',
    'التي',
    'اسمه',
    'هويته',
  ].map(norm),
);
const ONE = new Set(['احد', 'احدي']);
/** Adjectives of number that may describe sources of income and informants alike. */
const VAGUE_NUMBER = new Set(['متعدده', 'مختلفه', 'عديده', 'متنوعه']);
const NEWS_AGENCY = new Set(['وكاله', 'لوكاله', 'بوكاله', 'ووكاله']);
const MEDIA_NEEDS = new Map<string, ReadonlySet<string>>([
  [norm('وسائل'), new Set(['اعلام'])],
  [norm('موقع'), new Set(['اخباريه', 'الكترونيه', 'اعلاميه', 'صحفيه', 'صحافيه', 'اخبار'])],
]);
const ZERO_LEADS = new Set(
  [
    'و',
    'ف',
    'كما',
    'ثم',
    'الا',
    'انه',
    'انها',
    'لكن',
    'لكنه',
    'لكنها',
    'ولكن',
    'ولكنه',
    'غير',
    'بيد',
    'وقد',
    'قد',
  ].map(norm),
);
const NO_SUBJECT = new Set(
  ['الي', 'ايضا', 'كذلك', 'في', 'قايلا', 'قايله', 'بالقول', 'مجددا', 'حينها'].map(norm),
);
/** A bare word with the accusative alef (`تقريرا`, `بيانا`). */
const ACCUSATIVE = /^[^ا][\p{L}]{2,}[^اوي]ا$/u;
/** Words ending in alef that do describe a source (`مصادر عليا`, `مطلعة جدا`). */
const ADVERBS = new Set(['جدا', 'عليا', 'دنيا', 'حاليا', 'سابقا', 'تماما']);
/** Nisba adjective (أمني، دبلوماسية، عراقيين): makes `مصدر`/`مسؤول` before it indefinite and unnamed. */
const NISBA = /^[\p{L}]{2,}(?:ي|يه|يين|يون|يان)$/u;
/** Verbs of describing or judging, whose object a report is (`وصف التقارير بأنها …`). */
const DESCRIBING = /^[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف|واصفا|اعتبر|اعتبرت|يعتبر|تعتبر|معتبرا)$/u;
/** Verbs of an outlet obtaining a document (the object's owner is then named). */
const OBTAINED = /^(?:طالعت|طالعتها|اطلعت|حصلت|حصل|اطلع)$/u;
/** Window sizes: how far to look back for the verb, and how long a source description may run. */
const LOOK_BACK = 8;
const TAIL_WORDS = 7;
/** How many sentences a definite `المسؤول` may refer back to an unnamed one. */
const MEMORY_SPAN = 12;

const token = (text: string, start: number, end: number, isWord: boolean, hash: number): Token => ({
  text: text.slice(start, end),
  start,
  end,
  isWord,
  hash,
  noun: undefined,
  verb: undefined,
});

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Code units of the word character (`[\p{L}\p{N}]`) at `i`: 0 if none, 2 for an astral one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return isWordCode(c) ? 1 : 0;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number)) ? (c < 0xdc00 ? 2 : 1) : 0;
}

/**
 * The words and punctuation of `text`: runs of letters and digits (`[\\p{L}\\p{N}]+`, with a
 * decimal part), and every other character but spaces alone. A scan of code units, since this
 * runs on most sentences.
 */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w > 0) {
      const start = i;
      let h = 0;
      do {
        h = hashStep(h, text.charCodeAt(i));
        if (w === 2) h = hashStep(h, text.charCodeAt(i + 1));
        i += w;
        w = i < n ? wordCharAt(text, i) : 0;
      } while (w > 0);
      if (text.charCodeAt(i) === 0x2e && isAsciiDigit(text.charCodeAt(i + 1))) {
        h = hashRange(text, start, i + 2);
        i += 2;
        while (isAsciiDigit(text.charCodeAt(i))) h = hashStep(h, text.charCodeAt(i++));
      }
      out.push(token(text, start, i, true, h));
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    // One character; a surrogate pair is one, and (as the length test of the pattern this replaced had it) counts as a word.
    const pair = c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    out.push(token(text, i, i + (pair ? 2 : 1), pair, hashRange(text, i, i + (pair ? 2 : 1))));
    i += pair ? 2 : 1;
  }
  return out;
}

/** Readings of words seen recently: news text repeats its words, and parsing is the hot path. */
const PARSE_CACHE = new Map<string, Parsed[]>();
const PARSE_CACHE_SIZE = 50_000;

/** Every reading of a word as proclitics + stem, fewest proclitics first. */
function parses(word: string): Parsed[] {
  const cached = PARSE_CACHE.get(word);
  if (cached) return cached;
  const out = readings(word);
  if (PARSE_CACHE.size >= PARSE_CACHE_SIZE) PARSE_CACHE.clear();
  PARSE_CACHE.set(word, out);
  return out;
}

function readings(word: string): Parsed[] {
  const out: Parsed[] = [];
  for (const conj of ['', 'و', 'ف']) {
    if (!word.startsWith(conj)) continue;
    const a = word.slice(conj.length);
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      if (!a.startsWith(prep)) continue;
      const b = a.slice(prep.length);
      out.push({ conj, prep, definite: false, stem: b });
      if (b.startsWith('ال') && b.length > 3) out.push({ conj, prep, definite: true, stem: b.slice(2) });
      // `للمصادر`: ل + the article assimilated to ل.
      if (prep === 'ل' && b.startsWith('ل') && b.length > 2)
        out.push({ conj, prep, definite: true, stem: b.slice(1) });
    }
  }
  return out.filter((p) => p.stem.length >= 2);
}

function findIn(word: string, set: ReadonlySet<string>): Parsed | undefined {
  return parses(word).find((p) => set.has(p.stem));
}

/** Every written form of every source noun, with its proclitics: one lookup per word. */
const NOUN_INDEX = new Map<string, NounHit>();
for (const [stem, entry] of NOUNS) {
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      const forms: Array<[string, boolean]> = [
        [stem, false],
        [`ال${stem}`, true],
      ];
      if (prep === 'ل') forms.push([`ل${stem}`, true]);
      for (const [form, definite] of forms) {
        const word = `${conj}${prep}${form}`;
        // Fewer proclitics first: a word that is itself a noun keeps that reading.
        if (!NOUN_INDEX.has(word)) NOUN_INDEX.set(word, { conj, prep, definite, stem, entry });
      }
    }
  }
}

function nounOf(tok: Token | undefined): NounHit | undefined {
  if (!tok?.isWord) return undefined;
  if (tok.noun === undefined)
    tok.noun = NOUN_HASHES.has(tok.hash) ? (NOUN_INDEX.get(tok.text) ?? null) : null;
  return tok.noun ?? undefined;
}

/** A finite verb of saying, with at most a conjunction before it (`وقال`, `فأضافت`). */
/** Every form of every verb of saying, bare or after و / ف. */
/** Verbs whose suffixed forms are nouns too (`رأيها`: her opinion, `رؤاهم`). */
const NOUN_LIKE = new Set(['راي', 'روي', 'علم', 'نقل', 'نشر', 'ذكر']);
function verbIndex(set: ReadonlySet<string>, suffixes: readonly string[] = ['']): Map<string, Parsed> {
  const index = new Map<string, Parsed>();
  for (const stem of set) {
    for (const conj of ['', 'و', 'ف']) {
      for (const suffix of NOUN_LIKE.has(stem) ? [''] : suffixes) {
        const word = `${conj}${stem}${suffix}`;
        if (!index.has(word)) index.set(word, { conj, prep: '', definite: false, stem });
      }
    }
  }
  return index;
}
// With an object pronoun too: `حصيلة أعلنها مسؤولون`, `رواية نقلها شهود`.
const SPEECH_INDEX = verbIndex(SPEECH_VERBS, ['', 'ها', 'هم']);
// `ما وصفه مسؤولون`, `ما قاله مصدر`: with `ه` only verbs whose `ه` form is no noun (not إضافة، إشارة، قدره).
for (const stem of [
  'وصف',
  'يصف',
  'قال',
  'يقول',
  'اكد',
  'يوكد',
  'اعلن',
  'يعلن',
  'اعتبر',
  'يعتبر',
  'اورد',
  'توقع',
  'يتوقع',
])
  for (const conj of ['', 'و', 'ف'])
    if (!SPEECH_INDEX.has(`${conj}${stem}ه`))
      SPEECH_INDEX.set(`${conj}${stem}ه`, { conj, prep: '', definite: false, stem });
// `وعبّر المصدر عن …`: bare `عبر` is mostly the preposition "via", so only after و / ف.
for (const conj of ['و', 'ف'])
  SPEECH_INDEX.set(`${conj}عبر`, { conj, prep: '', definite: false, stem: 'عبر' });
for (const form of ['عبرت', 'عبروا', 'يعبر', 'تعبر'])
  for (const conj of ['', 'و', 'ف'])
    SPEECH_INDEX.set(`${conj}${form}`, { conj, prep: '', definite: false, stem: form });
const VERB_INDEXES = new Map<ReadonlySet<string>, Map<string, Parsed>>([
  [SPEECH_VERBS, SPEECH_INDEX],
  [CONTINUATION_VERBS, verbIndex(CONTINUATION_VERBS)],
]);

const CONTINUATION_INDEX = VERB_INDEXES.get(CONTINUATION_VERBS) as Map<string, Parsed>;
/** The hashes of every indexed form: most words are in no index, and an integer says so fastest. */
const NOUN_HASHES = new Set([...NOUN_INDEX.keys()].map((k) => hashRange(k)));
const SPEECH_HASHES = new Set([...SPEECH_INDEX.keys()].map((k) => hashRange(k)));

function speechVerb(tok: Token | undefined, set: ReadonlySet<string> = SPEECH_VERBS): Parsed | undefined {
  if (!tok?.isWord) return undefined;
  if (set === CONTINUATION_VERBS) return CONTINUATION_INDEX.get(tok.text);
  if (set !== SPEECH_VERBS) return VERB_INDEXES.get(set)?.get(tok.text);
  if (tok.verb === undefined)
    tok.verb = SPEECH_HASHES.has(tok.hash) ? (SPEECH_INDEX.get(tok.text) ?? null) : null;
  return tok.verb ?? undefined;
}

function agreementOf(verb: string): Agreement {
  if (/(?:وا|ون)$/.test(verb) || verb === 'قالا') return 'pl';
  // Past `قالت`/`تابعت`, present `تقول`/`تضيف` (but not the past `تابع` itself).
  // Defective verbs drop their last letter before ت (`نفت` from `نفى`, `مضت` from `مضى`).
  if (
    verb.endsWith('ت') &&
    (SPEECH_VERBS.has(verb.slice(0, -1)) || SPEECH_VERBS.has(`${verb.slice(0, -1)}ي`))
  )
    return 'f';
  if (verb.startsWith('ت') && SPEECH_VERBS.has(`ي${verb.slice(1)}`)) return 'f';
  return 'm';
}

/** `أن`/`إن` with a conjunction or `بـ` before and a pronoun after (`فإنه`, `بأنهما`, `وأنهم`). */
const COMPLEMENTISER_RX = /^(?:[وف]?ب?|ل)ان(?:ه|ها|هم|هما|هن|نا|ني|ي)?$/u;
const isComplementiser = (tok: Token | undefined) =>
  tok?.isWord === true && (COMPLEMENTISERS.has(tok.text) || COMPLEMENTISER_RX.test(tok.text));

/** `لـ«عكاظ»`, `لرويترز`, `لوكالة`: the outlet a source spoke to, right after the source. */
function isAddressee(tok: Token | undefined): boolean {
  if (!tok?.isWord || !tok.text.startsWith('ل')) return false;
  if (tok.text === 'ل') return true; // `لـ` detached before a quoted name
  if (ADDRESSEE_PREFIXES.some((p) => tok.text.startsWith(p))) return true;
  const name = tok.text.slice(1);
  return lookupForm(name, undefined) !== undefined || lookupForm(tok.text, undefined) !== undefined;
}

interface Context {
  /** Token index of the verb or attribution word. */
  at: number;
  how: 'verb' | 'attribution';
}

/** The verb of saying or attribution word that introduces the noun at `i`, looking back over fillers. */
function contextBefore(tokens: Token[], i: number): Context | undefined {
  let inQuote = false;
  let addressees = 0;
  let j = i - 1;
  // `أحد`, `بعض`, numbers directly before the noun belong to it.
  for (let steps = 0; j >= 0 && steps < LOOK_BACK; j--, steps++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord) {
      if (tok.text === '"') inQuote = !inQuote;
      else if (!QUOTES.has(tok.text) && !COMMAS.has(tok.text)) return undefined;
      continue;
    }
    if (inQuote) continue;
    const verb = speechVerb(tok);
    if (verb) return { at: j, how: 'verb' };
    if (findIn(tok.text, ATTRIBUTION_WORDS)) return { at: j, how: 'attribution' };
    if (tok.text === AN || tok.text === 'وعن') {
      // `نقلت وكالة رويترز عن 3 مصادر`: `عن` after a verb of passing on a report.
      for (let k = j - 1; k >= Math.max(0, j - LOOK_BACK); k--) {
        const t = tokens[k] as Token;
        if (isComplementiser(t)) return undefined;
        if (findIn(t.text, RELAYING_VERBS)) return { at: k, how: 'attribution' };
      }
      return undefined;
    }
    if (tok.text === IN) {
      // `مزاعم في وسائل إعلام`.
      const prev = tokens[j - 1];
      if (prev?.isWord && findIn(prev.text, ATTRIBUTION_WORDS)) return { at: j - 1, how: 'attribution' };
      return undefined;
    }
    // `عدد من السكان` counts them; `عدد سكان المدينة` is a population figure.
    if (tok.text === 'عدد' && tokens[j + 1]?.text !== 'من') return undefined;
    if (/^[0-9]/.test(tok.text) || findIn(tok.text, FILLERS)) continue;
    // `قال لـ"عكاظ" مصدر`, `قال لرويترز مسؤول`: an addressee between the verb and its subject.
    if ((tok.text === 'ل' || /^ل[^ا]/.test(tok.text)) && addressees++ < 2) continue;
    return undefined;
  }
  return undefined;
}

/**
 * `وقال الضابط في الجمارك والمصدر في وزارة المالية`: a source coordinated into the subject of a
 * verb of saying further back. Only an informant-like noun (`ومصدر أمني`, `والمصدر`), so that
 * `أكد الوزير أهمية الاستثمار ومصادر التمويل` stays a list of things.
 */
function coordinatedContext(tokens: Token[], q: number, noun: NounHit): Context | undefined {
  if (noun.conj !== 'و' || noun.prep !== '') return undefined;
  if (noun.entry.cls !== 'source' && noun.entry.cls !== 'role') return undefined;
  if (!noun.definite && !informantNext(tokens, q)) return undefined;
  for (let j = q - 1, steps = 0; j >= 0 && steps < LOOK_BACK + 4; j--, steps++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord) {
      if (COMMAS.has(tok.text) || tok.text === '(' || tok.text === ')') continue;
      return undefined;
    }
    if (isComplementiser(tok) || PHRASE_STOPS.has(tok.text)) return undefined;
    if (speechVerb(tok)) {
      // The first conjunct is a source or a rank right after the verb (`قال العقيد … والمصدر`).
      const subject = tokens[j + 1];
      const first = subject?.isWord && (nounOf(subject) || NAME_MARKERS.has(subject.text));
      return first ? { at: j, how: 'verb' } : undefined;
    }
  }
  return undefined;
}

/** Where the source description after the noun at `i` ends (exclusive token index), and whether it names someone. */
function describe(tokens: Token[], i: number): { end: number; named: boolean } {
  let end = i + 1;
  let preps = 0;
  let words = 0;
  for (let j = i + 1; j < tokens.length && words < TAIL_WORDS; j++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord) break;
    const t = tok.text;
    if (t === 'ل') break; // `المصدر لـ"رويترز"`
    if (NAMING_WORDS.has(t)) return { end, named: true };
    if (speechVerb(tok) || isComplementiser(tok) || PHRASE_STOPS.has(t)) break;
    if (isAddressee(tok)) break;
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

/** `ومصدرين`, `و3 مصادر`, `وأحد المسؤولين`: a second source joined by و at `j`; its noun and count. */
function coordinatedNoun(
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
function namedLater(tokens: Token[], i: number): boolean {
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
    if (NAME_MARKERS.has(tok.text) || NAMING_WORDS.has(tok.text)) return true;
    words++;
  }
  return false;
}

/**
 * `قال عضو مجلس المحافظة، أنور متى هدايا، لـ…`: one to four words set off by commas right before
 * the addressee or the claim, none of them a function word or a definite noun — a name.
 */
function appositiveName(tokens: Token[], from: number): boolean {
  let words = 0;
  for (let j = from; j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord || tok.text === 'ل' || isComplementiser(tok)) return words >= 1 && words <= 4;
    // The first word of a name is bare: not `الصحافة`, not an addressee `لوكالة`.
    if (words === 0 && /^(?:ال|ل|ب)/.test(tok.text)) return false;
    if (NOT_NAME.has(tok.text) || speechVerb(tok) || nounOf(tok) || findIn(tok.text, FILLERS)) return false;
    if (PREPOSITIONS.has(tok.text) || PHRASE_STOPS.has(tok.text) || /^[0-9]/.test(tok.text)) return false;
    if (++words > 4) return false;
  }
  return false;
}

/** A verb of saying right after the description (`مصدر في المعارضة اعتبر أن`), or a headline colon. */
function contextAfter(tokens: Token[], i: number, end: number, headline: boolean): number | undefined {
  let j = end;
  for (let steps = 0; j < tokens.length && steps < 4; j++, steps++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord) {
      if (COMMAS.has(tok.text)) continue;
      if (tok.text === ':' && headline && i <= 2) return j;
      return undefined;
    }
    // The source's own verb: bare, not `واتهمها` (a new clause, the source its object).
    const verb = speechVerb(tok);
    if (verb && tok.text === verb.stem) return j;
    // Time words and fillers only: a verb inside a relative clause (`الأنباء التي ترددت`) is not the claim's.
    if (findIn(tok.text, FILLERS)) continue;
    if (tok.text === 'نفسه' || tok.text === 'ذاته' || tok.text === 'نفسها' || tok.text === 'ذاتها') continue;
    return undefined;
  }
  return undefined;
}

/** Is `مصدر` here a resource or cause (`مصادر الطاقة`, `مصدر خوف`, `مصدر للعملة`)? */
function isResource(tokens: Token[], i: number, hasVerb: boolean, speaks = hasVerb): boolean {
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  // `مصادر متعددة … كشفت`: an adjective of number describes informants too once they speak.
  if (speaks && VAGUE_NUMBER.has(next.text)) return false;
  if (parses(next.text).some((p) => RESOURCE_WORDS.has(p.stem))) return true;
  // `مصدر للعملة الصعبة`; but `قال مصدر لرويترز` names the addressee.
  if (!hasVerb && next.text.startsWith('ل') && !isAddressee(next)) return true;
  return false;
}

/** Does the word after the noun make it an informant (`مطلعة`, `أمني`, `في الوزارة`, `بالخارجية`)? */
function informantNext(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  const t = next.text;
  // `مصادر لـ«الوئام»: …`: a source that spoke to an outlet is an informant.
  if (INFORMANT_WORDS.has(t) || PREPOSITIONS.has(t) || isAddressee(next)) return true;
  if (!t.startsWith('ال') && NISBA.test(t) && !RESOURCE_WORDS.has(t)) return true;
  // `مصدر بوزارة الخارجية`, `مصادر بالحكومة`.
  if (/^ب(?:ال)?\p{L}{3,}/u.test(t) && !RESOURCE_WORDS.has(t.replace(/^ب(?:ال)?/, ''))) return true;
  return /^لم$/.test(t);
}

/** The words before the noun that count it (`3 مصادر`, `أحد المصادر`, `بعض الخبراء`, `ثلاثة من المسؤولين`). */
function quantifierStart(tokens: Token[], i: number): number {
  const prev = tokens[i - 1];
  if (!prev?.isWord) return i;
  if (/^[0-9]+$/.test(prev.text) || countPhrase(prev.text) !== undefined) return i - 1;
  if (['بعض', 'احد', 'احدي', 'عدد', 'مجموعه', 'عشرات'].includes(prev.text)) return i - 1;
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

/** The count the phrase gives: a number before it, `أحد`, a dual or a singular noun. */
function countOf(tokens: Token[], q: number, i: number, noun: NounHit): number | undefined {
  if (q < i) return countPhrase((tokens[q] as Token).text);
  if (noun.entry.number === 'du') return 2;
  if (noun.entry.number === 'sg') return 1;
  return undefined;
}

interface Memory {
  /** Lemmas of unnamed sources introduced so far, with the sentence where they last spoke. */
  lemmas: Map<string, number>;
  /** The sentence last marked anonymous, and how its source agrees with a verb. */
  lastIndex: number;
  agree: Agreement | undefined;
}

interface Judgement {
  finding: Finding;
  lemma?: string;
  agree?: Agreement;
}

const span = (tokens: Token[], from: number, to: number) => ({
  start: (tokens[from] as Token).start,
  end: (tokens[to - 1] as Token).end,
});

/** Judge the source noun at `i`; a finding if it is an unnamed source of a claim. */
function judgeNoun(
  tokens: Token[],
  i: number,
  noun: NounHit,
  memory: Memory,
  sentence: number,
): Judgement | undefined {
  const { entry } = noun;
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const q = quantifierStart(tokens, i);
  const one = q < i && ONE.has((tokens[q] as Token).text);
  const before = contextBefore(tokens, q) ?? coordinatedContext(tokens, q, noun);
  const { end, named } = describe(tokens, i);
  if (named) return undefined;
  const after = before ? undefined : contextAfter(tokens, i, end, entry.cls === 'source' && !noun.definite);
  // `لمسؤولين`, `لوسائل الإعلام`: an addressee or a genitive, unless governed by `وفقا لـ` or the
  // subject of a verb of its own (`تقريرا لمسؤول كبير قال إن …`).
  if (
    q === i &&
    noun.prep === 'ل' &&
    (after === undefined || (entry.cls !== 'source' && entry.cls !== 'role')) &&
    !(before && GOVERNS_LAM.has((tokens[before.at] as Token).text))
  )
    return undefined;
  const hasContext = before !== undefined || after !== undefined;
  let why: string | undefined;

  switch (entry.cls) {
    case 'source': {
      if (isResource(tokens, i, before?.how === 'verb', hasContext)) return undefined;
      if (noun.definite && entry.number === 'du' && !hasContext) return undefined; // المصدرين: exporters
      // `المصدر: رويترز` is a footer; `وقالت المصادر: …` after a verb of saying is the source speaking.
      if (noun.definite && next?.text === ':' && before?.how !== 'verb') return undefined;
      if (hasContext) why = noun.definite ? 'the unnamed source again' : 'an unnamed source';
      // Without a verb, a bare noun that reads as an informant (`مصادر مطلعة`, `مصدر أمني`); after
      // `بـ` only an informant word proper (`استشهدت بمصادر قريبة`), not `بمصادر تغذية مائية`.
      else if (!noun.definite && noun.prep === '' && informantNext(tokens, i)) why = 'an unnamed source';
      else if (!noun.definite && noun.prep === 'ب' && INFORMANT_WORDS.has(next?.text ?? ''))
        why = 'an unnamed source';
      break;
    }
    case 'role': {
      if (next?.text === AN) return undefined; // `مسؤول عن`: responsible for
      if (!hasContext) return undefined;
      const indefinite = !noun.definite || one;
      const seen = memory.lemmas.get(entry.lemma);
      const recent = seen !== undefined && sentence - seen <= MEMORY_SPAN;
      // `المسؤول الأميركي جون كيري`: a bare word after the title is a name.
      const unnamedTail = () => {
        for (let j = i + 1; j < end; j++) {
          const t = (tokens[j] as Token).text;
          if (SAME.has(t)) continue;
          if (!/^(?:ال|ب|ل|و)/.test(t) && !PREPOSITIONS.has(t) && !NISBA.test(t)) return false;
        }
        return true;
      };
      if (indefinite) {
        if (namedLater(tokens, i)) return undefined;
        let office = false;
        // `قائد الحرس الثوري`, `عضو المجلس البلدي`: one office holder, named by the office.
        if (!one && entry.number === 'sg' && next?.isWord && /^ال/.test(next.text)) office = true;
        // `مساعد وزير الخارجية`, `مسؤول إعلام الفرع`: a longer construct chain ending in a definite noun.
        const after2 = tokens[i + 2];
        if (!one && entry.number === 'sg' && next?.isWord && after2?.isWord && /^ال/.test(after2.text)) {
          const t = next.text;
          const describes = INFORMANT_WORDS.has(t) || PREPOSITIONS.has(t) || NISBA.test(t) || /^[بل]/.test(t);
          if (!describes) office = true;
        }
        // …unless an unnamed official of that kind spoke just before: `مسؤول الاتحاد الأوروبي`
        // after `مسؤول كبير في الاتحاد الأوروبي` is the same unnamed person, made definite.
        if (office && !(recent && unnamedTail())) return undefined;
        why = office ? 'the unnamed official introduced earlier' : 'an unnamed official or insider';
      } else {
        if (!recent || !unnamedTail()) return undefined;
        why = 'the unnamed official introduced earlier';
      }
      break;
    }
    case 'group': {
      if (!hasContext) return undefined;
      why = 'a vague unnamed group as the origin of the claim';
      break;
    }
    case 'media': {
      if (!hasContext) return undefined;
      // `وسائل` and `مواقع` are media only as `وسائل إعلام` and `مواقع إخبارية`.
      const needs = MEDIA_NEEDS.get(entry.lemma);
      if (needs && !(next?.isWord && needs.has(next.text.replace(/^(?:ال)/, '')))) return undefined;
      if (prev?.isWord && NEWS_AGENCY.has(prev.text)) return undefined; // وكالة الأنباء
      // `معلومات طالعتها «العربية.نت»`, `تقارير اطلعت عليها «عكاظ»`: what a named outlet obtained.
      if (next?.isWord && OBTAINED.test(next.text)) return undefined;
      // `ووصف التقارير بأنها عارية عن الصحة`: reports that a verb of describing takes are its object,
      // not the origin; `وأفادت تقارير بأن …` is the origin.
      if (
        next?.isWord &&
        /^بان(?:ه|ها|هم|هما)?$/.test(next.text) &&
        before?.how === 'verb' &&
        DESCRIBING.test((tokens[before.at] as Token).text)
      )
        return undefined;
      if (noun.definite && entry.lemma === norm('تقرير') && next?.isWord && next.text.startsWith('ال')) {
        if (!MEDIA_ADJECTIVES.has(next.text)) return undefined; // التقارير الطبية: documents
      }
      why = 'unnamed media or reports';
      break;
    }
  }
  if (!why) return undefined;
  const cueFrom = Math.min(before?.at ?? q, q);
  const cueTo = Math.max(after !== undefined ? after + 1 : i + 1, i + 1);
  // `3 مصادر تابعة للميليشيات ومصدرين أمنيين`: one description, and the total when every part counts.
  let sourceEnd = end;
  let count = countOf(tokens, q, i, noun);
  for (let k = end, parts = 0; parts < 4; parts++) {
    const more = coordinatedNoun(tokens, k);
    if (!more || more.noun.entry.cls === 'media' || isResource(tokens, more.at, true)) break;
    const d = describe(tokens, more.at);
    if (d.named) break;
    count = count !== undefined && more.count !== undefined ? count + more.count : undefined;
    sourceEnd = d.end;
    k = d.end;
  }
  const finding: Finding = {
    kind: 'anonymous',
    cue: span(tokens, cueFrom, cueTo),
    source: span(tokens, q, sourceEnd),
    explanation: `Attributed to ${why}.`,
  };
  if (count !== undefined) finding.count = count;
  const agree: Agreement = entry.number === 'sg' && tok.text.endsWith('ه') ? 'f' : entry.agree;
  return { finding, lemma: entry.lemma, agree: one ? 'm' : agree };
}

/** `وشددت "الشركة الكويتية"، …`: a short quoted definite noun is a named subject, not a quotation. */
function quotedName(tokens: Token[], open: number): boolean {
  if ((tokens[open] as Token).text !== '"' || !tokens[open + 1]?.text.startsWith('ال')) return false;
  for (let j = open + 2; j < tokens.length && j <= open + 6; j++)
    if ((tokens[j] as Token).text === '"') return true;
  return false;
}

/** `وأضاف أن …`, `وقال: «…»`, `إلا أنه أضاف`: a verb of saying with no subject of its own. */
function zeroSubjectVerb(tokens: Token[]): { at: number; agree: Agreement } | undefined {
  let i = 0;
  while (i < tokens.length && i < 4) {
    const t = tokens[i] as Token;
    if (!t.isWord ? QUOTES.has(t.text) : ZERO_LEADS.has(t.text)) i++;
    else break;
  }
  const verbTok = tokens[i];
  const verb = speechVerb(verbTok, CONTINUATION_VERBS);
  if (!verb || !verbTok) return undefined;
  // `يذكر أن`, `يشار إلى`: "it is worth noting", the writer's aside, not the source speaking.
  if (verb.stem === 'يذكر') return undefined;
  const next = tokens[i + 1];
  if (!next) return undefined;
  const free =
    (!next.isWord && next.text !== '.' && !quotedName(tokens, i + 1)) ||
    isComplementiser(next) ||
    NO_SUBJECT.has(next.text) ||
    /^ل/.test(next.text) ||
    /^ب(?:ان|أن)/.test(next.text);
  if (!free) return undefined;
  return { at: i, agree: agreementOf(verb.stem) };
}

/** Does a verb of saying here have a named subject of its own (`وقال سميردون`, `وأفادت رويترز`)? */
function namedSpeaker(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!speechVerb(tokens[i])) continue;
    const next = tokens[i + 1] as Token;
    if (!next.isWord) continue;
    if (isComplementiser(next) || NO_SUBJECT.has(next.text) || /^[لب]/.test(next.text)) continue;
    if (findIn(next.text, FILLERS) || nounOf(next) || /^[0-9]/.test(next.text)) continue;
    return true;
  }
  return false;
}

/**
 * Plain patterns a sentence must match before the word-by-word reading can find anything: every
 * written form of a source noun contains its stem, every verb of saying its stem, and the phrases
 * of WITHHELD_NAME all hold one of these pieces. Most sentences name no source; they cost a scan.
 */
const NOUN_GATE = new RegExp(trieAlt([...NOUNS.keys()]), 'u');
const SPEECH_GATE = new RegExp(
  trieAlt([...SPEECH_VERBS, ...[...SPEECH_INDEX.values()].map((p) => p.stem)]),
  'u',
);
const WITHHELD_GATE = /هويت|اسم|سمه|سمها|حددها/u;
/** A counted group (anonymous-groups.ts). */
const GROUP_GATE = /(?:عدد|بعض|عشرات|مئات|مجموعه)\s+(?:من\s+)?ال/u;

export function createAnonymousDetector(): Detector {
  const memory: Memory = { lemmas: new Map(), lastIndex: -2, agree: undefined };

  return (sentence: SentenceView): Finding[] => {
    const text = sentence.norm.text;
    const mayName = WITHHELD_GATE.test(text);
    if (!mayName && !NOUN_GATE.test(text) && !GROUP_GATE.test(text)) {
      // No source here: only a bare continuing verb or a named speaker (who ends the memory) matter.
      const mayContinue = memory.lastIndex === sentence.index - 1 && memory.agree !== undefined;
      const remembers = memory.lemmas.size > 0 || memory.agree !== undefined;
      if (!mayContinue && !(remembers && SPEECH_GATE.test(text))) return [];
    }
    const tokens = tokenize(text);
    // Every unnamed source of the sentence is remembered; the first one is reported.
    const found: Judgement[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const noun = nounOf(tokens[i]);
      const judged = noun && judgeNoun(tokens, i, noun, memory, sentence.index);
      if (judged) found.push(judged);
    }
    let best: Judgement | undefined = found[0];

    const withheld = mayName ? WITHHELD_NAME.exec(text) : null;
    if (!best && withheld) {
      const cue = { start: withheld.index, end: withheld.index + withheld[0].length };
      best = { finding: { kind: 'anonymous', cue, explanation: 'The speaker asked not to be named.' } };
      // The noun the phrase describes is the unnamed speaker from here on.
      for (let i = tokens.length - 1; i >= 0; i--) {
        const t = tokens[i] as Token;
        if (t.start >= withheld.index) continue;
        const noun = nounOf(t);
        if (noun) {
          best.finding.source = span(tokens, i, describe(tokens, i).end);
          best.lemma = noun.entry.lemma;
          const count = countOf(tokens, quantifierStart(tokens, i), i, noun);
          if (count !== undefined) best.finding.count = count;
          best.agree = noun.entry.agree;
          break;
        }
      }
    }

    if (!best) {
      const group = quantifiedGroup(text);
      if (group)
        best = {
          finding: {
            kind: 'anonymous',
            cue: group,
            source: group,
            explanation: 'Attributed to a vague unnamed group.',
          },
          agree: 'pl',
        };
    }

    if (!best && memory.lastIndex === sentence.index - 1 && memory.agree) {
      const zero = zeroSubjectVerb(tokens);
      if (zero && (zero.agree === memory.agree || (memory.agree === 'pl' && zero.agree !== 'm'))) {
        const v = tokens[zero.at] as Token;
        best = {
          finding: {
            kind: 'anonymous',
            cue: { start: v.start, end: v.end },
            explanation: 'Continues the unnamed source of the previous sentence.',
          },
          agree: memory.agree,
        };
      }
    }

    if (best) {
      memory.lastIndex = sentence.index;
      for (const j of [best, ...found]) if (j.lemma) memory.lemmas.set(j.lemma, sentence.index);
      if (best.agree) memory.agree = best.agree;
      return [best.finding];
    }
    if (namedSpeaker(tokens)) {
      memory.lemmas.clear();
      memory.agree = undefined;
    }
    return [];
  };
}
