/**
 * The lexicon classes a token may belong to: a source noun (with its proclitics and entry) and a
 * verb of saying (bare, after و / ف, with object pronouns). Each is a set of written forms (a
 * noun with every proclitic, a verb with و / ف and its pronouns): thousands of words that would
 * cost every page their building at start-up. Instead the build writes down only their hashes
 * (prebuilt.ts), which rule most words out with one integer lookup, and a word that passes is
 * read (split into proclitics and a known stem) when first met and remembered.
 */
import {
  type Agreement,
  CONTINUATION_VERBS,
  DECLINING_VERBS,
  type NounEntry,
  NOUNS,
  SPEECH_VERBS,
} from '../lexicons/anonymous';
import type { BitGate } from '../bit-gate';
import { prebuiltGate } from '../prebuilt';
import { hashRange } from '../word-chars';
import { CONJUNCTIONS, type Parsed, PREPOSITIONS } from './clitics';
import type { Token } from './tokenize';

/** A source noun found in the sentence. */
export interface NounHit extends Parsed {
  entry: NounEntry;
}

/**
 * A set of written forms, each with its reading; `forms()` lists them in order of precedence
 * (where two readings write the same word, the first listed wins), `read()` gives one word's
 * reading without listing them all. The gate is the hashes of every form, built ahead.
 */
class FormIndex<T extends Parsed> {
  private readonly gate: BitGate;
  private readonly readings = new Map<string, T>();
  private readonly misses = new Set<string>();
  constructor(
    name: string,
    keyWords: readonly string[],
    readonly forms: () => Iterable<[string, T]>,
    private readonly read: (word: string) => T | null,
  ) {
    this.gate = prebuiltGate(name, keyWords, () => [...forms()].map(([word]) => hashRange(word)));
  }
  /** The reading of a token's word, or null (`hash` is the word's hashRange). */
  get(word: string, hash: number = hashRange(word)): T | null {
    if (!this.gate.has(hash)) return null;
    const known = this.readings.get(word);
    if (known !== undefined) return known;
    if (this.misses.has(word)) return null;
    const hit = this.read(word);
    if (hit === null) {
      // A word that passed the gate by chance (about one in 16 of those not listed): remembered
      // in a small set of its own, so that a long page's many words cost little memory.
      if (this.misses.size >= 500) this.misses.clear();
      this.misses.add(word);
    } else {
      if (this.readings.size >= 20_000) this.readings.clear();
      this.readings.set(word, hit);
    }
    return hit;
  }
}

/** Each stem's place in its list: where two readings write the same word, the first wins. */
const orderOf = (stems: Iterable<string>): ReadonlyMap<string, number> =>
  new Map([...stems].map((stem, i) => [stem, i]));

/** Each source noun's place in the lexicon: where two nouns write the same word, the first wins. */
const STEM_ORDER = orderOf(NOUNS.keys());

/** The ways a noun is written after proclitics, in order: bare, with ال, with ل for لل. */
function nounForms(prep: string, stem: string): [string, boolean][] {
  const forms: [string, boolean][] = [
    [stem, false],
    [`ال${stem}`, true],
  ];
  if (prep === 'ل') forms.push([`ل${stem}`, true]);
  return forms;
}

function* everyNounForm(): Iterable<[string, NounHit]> {
  for (const [stem, entry] of NOUNS)
    for (const conj of CONJUNCTIONS)
      for (const prep of PREPOSITIONS)
        for (const [form, definite] of nounForms(prep, stem))
          yield [`${conj}${prep}${form}`, { conj, prep, definite, stem, entry }];
}

/** The first reading everyNounForm() would give `word`: lexicon order, then fewest proclitics. */
function readNoun(word: string): NounHit | null {
  let best: NounHit | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  CONJUNCTIONS.forEach((conj, c) => {
    if (!word.startsWith(conj)) return;
    PREPOSITIONS.forEach((prep, p) => {
      if (!word.startsWith(prep, conj.length)) return;
      const rest = word.slice(conj.length + prep.length);
      nounForms(prep, '').forEach(([prefix, definite], f) => {
        if (!rest.startsWith(prefix)) return;
        const stem = rest.slice(prefix.length);
        const order = STEM_ORDER.get(stem);
        const rank = order === undefined ? Number.POSITIVE_INFINITY : order * 100 + (c * 4 + p) * 3 + f;
        if (rank < bestRank) {
          bestRank = rank;
          best = { conj, prep, definite, stem, entry: NOUNS.get(stem) as NounEntry };
        }
      });
    });
  });
  return best;
}

/** Every written form of every source noun, with its proclitics. */
export const NOUN_FORMS = new FormIndex<NounHit>(
  'nounForms',
  [...CONJUNCTIONS, '|', ...PREPOSITIONS, '|', ...NOUNS.keys()],
  everyNounForm,
  readNoun,
);

export function nounOf(tok: Token | undefined): NounHit | undefined {
  if (!tok?.isWord) return undefined;
  if (tok.noun === undefined) {
    const hit = NOUN_FORMS.get(tok.text, tok.hash);
    tok.noun = hit?.definite && hit.entry.indefinite ? null : hit;
  }
  return tok.noun ?? undefined;
}

/** Verbs whose suffixed forms are nouns too (`رأيها`: her opinion, `رؤاهم`). */
export const NOUN_LIKE = new Set(['راي', 'روي', 'علم', 'نقل', 'نشر', 'ذكر']);

/** A verb of `set` after و / ف (or none) and one of `suffixes`: set order, then conjunction, then suffix. */
function* verbForms(set: ReadonlySet<string>, suffixes: readonly string[]): Iterable<[string, Parsed]> {
  for (const stem of set)
    for (const conj of CONJUNCTIONS)
      for (const suffix of NOUN_LIKE.has(stem) ? [''] : suffixes)
        yield [`${conj}${stem}${suffix}`, { conj, prep: '', definite: false, stem }];
}

/** The first reading verbForms() would give `word`; `order`: the verb list's orderOf. */
function readVerb(
  word: string,
  order: ReadonlyMap<string, number>,
  suffixes: readonly string[],
): Parsed | null {
  let best: Parsed | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  CONJUNCTIONS.forEach((conj, c) => {
    if (!word.startsWith(conj)) return;
    suffixes.forEach((suffix, s) => {
      if (!word.endsWith(suffix) || word.length - suffix.length <= conj.length) return;
      const stem = word.slice(conj.length, word.length - suffix.length);
      const place = order.get(stem);
      if (place === undefined || (suffix !== '' && NOUN_LIKE.has(stem))) return;
      const rank = (place * CONJUNCTIONS.length + c) * suffixes.length + s;
      if (rank < bestRank) {
        bestRank = rank;
        best = { conj, prep: '', definite: false, stem };
      }
    });
  });
  return best;
}

/** A verb set's index: its forms after و / ف with `suffixes`. */
function verbIndex(
  name: string,
  set: ReadonlySet<string>,
  suffixes: readonly string[] = [''],
): FormIndex<Parsed> {
  let order: ReadonlyMap<string, number> | undefined;
  return new FormIndex<Parsed>(
    name,
    [...suffixes, '|', ...set],
    () => verbForms(set, suffixes),
    (word) => {
      order ??= orderOf(set);
      return readVerb(word, order, suffixes);
    },
  );
}

/** With an object pronoun too: `حصيلة أعلنها مسؤولون`, `رواية نقلها شهود`. */
const PRONOUNS = ['', 'ها', 'هم'];
/** `ما وصفه مسؤولون`, `ما قاله مصدر`: with `ه` only verbs whose `ه` form is no noun (not إضافة، إشارة، قدره). */
const WITH_HE = [
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
];
/** `أخبرني مسؤولون`, `حدثتنا مصادر`: verbs of telling with the writer as their object. */
const TOLD_US = ['اخبر', 'اخبرت', 'ابلغ', 'ابلغت', 'حدث', 'حدثت'];
const US = ['ني', 'نا'];
/** `وعبّر المصدر عن …`: bare `عبر` is mostly the preposition "via", so only after و / ف. */
const EXPRESSED = ['عبرت', 'عبروا', 'يعبر', 'تعبر'];

/** In order of precedence: the forms of عبر (which replace any other reading), the verbs, the `ه` forms, the verbs of telling us. */
function* speechForms(): Iterable<[string, Parsed]> {
  for (const conj of ['و', 'ف']) yield [`${conj}عبر`, { conj, prep: '', definite: false, stem: 'عبر' }];
  for (const stem of EXPRESSED)
    for (const conj of CONJUNCTIONS) yield [`${conj}${stem}`, { conj, prep: '', definite: false, stem }];
  yield* verbForms(SPEECH_VERBS, PRONOUNS);
  for (const stem of WITH_HE)
    for (const conj of CONJUNCTIONS) yield [`${conj}${stem}ه`, { conj, prep: '', definite: false, stem }];
  for (const stem of TOLD_US)
    for (const conj of CONJUNCTIONS)
      for (const us of US) yield [`${conj}${stem}${us}`, { conj, prep: '', definite: false, stem }];
}

let SPEECH_ORDER: ReadonlyMap<string, number> | undefined;

function readSpeech(word: string): Parsed | null {
  // As speechForms() lists them: عبر first, then the verbs, then the `ه` forms.
  for (const conj of CONJUNCTIONS) {
    const rest = word.slice(conj.length);
    if (!word.startsWith(conj) || rest === '') continue;
    if (EXPRESSED.includes(rest) || (conj !== '' && rest === 'عبر'))
      return { conj, prep: '', definite: false, stem: rest };
  }
  SPEECH_ORDER ??= orderOf(SPEECH_VERBS);
  const verb = readVerb(word, SPEECH_ORDER, PRONOUNS);
  if (verb) return verb;
  for (const stem of WITH_HE)
    for (const conj of CONJUNCTIONS)
      if (word === `${conj}${stem}ه`) return { conj, prep: '', definite: false, stem };
  for (const stem of TOLD_US)
    for (const conj of CONJUNCTIONS)
      for (const us of US)
        if (word === `${conj}${stem}${us}`) return { conj, prep: '', definite: false, stem };
  return null;
}

/** Every form of every verb of saying, bare or after و / ف, with object pronouns. */
export const SPEECH_FORMS = new FormIndex<Parsed>(
  'speechForms',
  [...PRONOUNS, '|', ...WITH_HE, '|', ...EXPRESSED, '|', ...TOLD_US, '|', ...SPEECH_VERBS],
  speechForms,
  readSpeech,
);
/** Every stem a verb of saying is read with (the words of a gate that looks for one). */
export const SPEECH_STEMS: readonly string[] = [...SPEECH_VERBS, ...WITH_HE, 'عبر', ...EXPRESSED, ...TOLD_US];

export const CONTINUATION_FORMS = verbIndex('continuationForms', CONTINUATION_VERBS);
export const DECLINING_FORMS = verbIndex('decliningForms', DECLINING_VERBS);

/** A finite verb of saying (or of `set`), with at most a conjunction before it (`وقال`, `فأضافت`). */
export function speechVerb(
  tok: Token | undefined,
  set: ReadonlySet<string> = SPEECH_VERBS,
): Parsed | undefined {
  if (!tok?.isWord) return undefined;
  if (set === CONTINUATION_VERBS) return CONTINUATION_FORMS.get(tok.text, tok.hash) ?? undefined;
  if (set === DECLINING_VERBS) return DECLINING_FORMS.get(tok.text, tok.hash) ?? undefined;
  if (set !== SPEECH_VERBS) return undefined;
  if (tok.verb === undefined) tok.verb = SPEECH_FORMS.get(tok.text, tok.hash);
  return tok.verb ?? undefined;
}
const FEMININE_PLURALS: ReadonlySet<string> = new Set(
  [...CONTINUATION_VERBS].filter((v) => /ن$/u.test(v) && !/^[يت]/u.test(v) && !/(?:ون|ين)$/u.test(v)),
);
export function agreementOf(verb: string): Agreement {
  if (/(?:وا|ون)$/.test(verb) || verb === 'قالا') return 'pl';
  // The past feminine plural (`أكدن`, `أشرن`, `قلن`): many women, who go on as a group does.
  if (FEMININE_PLURALS.has(verb)) return 'pl';
  // Past `قالت`/`تابعت`, present `تقول`/`تضيف` (but not the past `تابع` itself).
  const known = (v: string) => SPEECH_VERBS.has(v) || CONTINUATION_VERBS.has(v);
  const stem = verb.slice(0, -1);
  // Defective verbs drop their last letter before ت (`نفت` from `نفى`, `دعت` from `دعا`).
  if (verb.endsWith('ت') && (known(stem) || known(`${stem}ي`) || known(`${stem}ا`))) return 'f';
  if (verb.startsWith('ت') && known(`ي${verb.slice(1)}`)) return 'f';
  return 'm';
}

/** Participles of saying (`مؤكدين`, `مشيرا`, `معتبرين`), which carry on a speaker's claim (normalised). */
export const SAYING_PARTICIPLE =
  /^[وف]?(?:موكد|مشير|مضيف|موضح|مبين|لافت|معتبر|منوه|قايل|مطالب|محذر|متوقع|مرجح|مشدد|معلن|كاشف|واصف|مستنكر|منتقد)(?:ا|ه|ين|ان|ون|تين|تان)?$/u;
