/**
 * The lexicon classes a token may belong to: a source noun (with its proclitics and entry) and a
 * verb of saying (bare, after و / ف, with object pronouns), each looked up once per token through
 * an index of every written form, and a hash set that rules most words out without a lookup.
 */
import { CONJUNCTIONS, PREPOSITIONS } from './clitics';
import {
  type Agreement,
  CONTINUATION_VERBS,
  DECLINING_VERBS,
  type NounEntry,
  NOUNS,
  SPEECH_VERBS,
} from '../lexicons/anonymous';
import { hashRange } from '../word-chars';
import type { Parsed } from './clitics';
import type { Token } from './tokenize';

/** A source noun found in the sentence. */
export interface NounHit extends Parsed {
  entry: NounEntry;
}

/** Every written form of every source noun, with its proclitics: one lookup per word. */
export const NOUN_INDEX = new Map<string, NounHit>();
for (const [stem, entry] of NOUNS) {
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
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

export function nounOf(tok: Token | undefined): NounHit | undefined {
  if (!tok?.isWord) return undefined;
  if (tok.noun === undefined)
    tok.noun = NOUN_HASHES.has(tok.hash) ? (NOUN_INDEX.get(tok.text) ?? null) : null;
  return tok.noun ?? undefined;
}

/** A finite verb of saying, with at most a conjunction before it (`وقال`, `فأضافت`). */
/** Every form of every verb of saying, bare or after و / ف. */
/** Verbs whose suffixed forms are nouns too (`رأيها`: her opinion, `رؤاهم`). */
export const NOUN_LIKE = new Set(['راي', 'روي', 'علم', 'نقل', 'نشر', 'ذكر']);
export function verbIndex(set: ReadonlySet<string>, suffixes: readonly string[] = ['']): Map<string, Parsed> {
  const index = new Map<string, Parsed>();
  for (const stem of set) {
    for (const conj of CONJUNCTIONS) {
      for (const suffix of NOUN_LIKE.has(stem) ? [''] : suffixes) {
        const word = `${conj}${stem}${suffix}`;
        if (!index.has(word)) index.set(word, { conj, prep: '', definite: false, stem });
      }
    }
  }
  return index;
}
// With an object pronoun too: `حصيلة أعلنها مسؤولون`, `رواية نقلها شهود`.
export const SPEECH_INDEX = verbIndex(SPEECH_VERBS, ['', 'ها', 'هم']);
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
  for (const conj of CONJUNCTIONS)
    if (!SPEECH_INDEX.has(`${conj}${stem}ه`))
      SPEECH_INDEX.set(`${conj}${stem}ه`, { conj, prep: '', definite: false, stem });
// `وعبّر المصدر عن …`: bare `عبر` is mostly the preposition "via", so only after و / ف.
for (const conj of ['و', 'ف'])
  SPEECH_INDEX.set(`${conj}عبر`, { conj, prep: '', definite: false, stem: 'عبر' });
for (const form of ['عبرت', 'عبروا', 'يعبر', 'تعبر'])
  for (const conj of CONJUNCTIONS)
    SPEECH_INDEX.set(`${conj}${form}`, { conj, prep: '', definite: false, stem: form });
export const VERB_INDEXES = new Map<ReadonlySet<string>, Map<string, Parsed>>([
  [SPEECH_VERBS, SPEECH_INDEX],
  [CONTINUATION_VERBS, verbIndex(CONTINUATION_VERBS)],
  [DECLINING_VERBS, verbIndex(DECLINING_VERBS)],
]);

export const CONTINUATION_INDEX = VERB_INDEXES.get(CONTINUATION_VERBS) as Map<string, Parsed>;
/** The hashes of every indexed form: most words are in no index, and an integer says so fastest. */
export const NOUN_HASHES = new Set([...NOUN_INDEX.keys()].map((k) => hashRange(k)));
export const SPEECH_HASHES = new Set([...SPEECH_INDEX.keys()].map((k) => hashRange(k)));

export function speechVerb(
  tok: Token | undefined,
  set: ReadonlySet<string> = SPEECH_VERBS,
): Parsed | undefined {
  if (!tok?.isWord) return undefined;
  if (set === CONTINUATION_VERBS) return CONTINUATION_INDEX.get(tok.text);
  if (set !== SPEECH_VERBS) return VERB_INDEXES.get(set)?.get(tok.text);
  if (tok.verb === undefined)
    tok.verb = SPEECH_HASHES.has(tok.hash) ? (SPEECH_INDEX.get(tok.text) ?? null) : null;
  return tok.verb ?? undefined;
}

export function agreementOf(verb: string): Agreement {
  if (/(?:وا|ون)$/.test(verb) || verb === 'قالا') return 'pl';
  // Past `قالت`/`تابعت`, present `تقول`/`تضيف` (but not the past `تابع` itself).
  const known = (v: string) => SPEECH_VERBS.has(v) || CONTINUATION_VERBS.has(v);
  const stem = verb.slice(0, -1);
  // Defective verbs drop their last letter before ت (`نفت` from `نفى`, `دعت` from `دعا`).
  if (verb.endsWith('ت') && (known(stem) || known(`${stem}ي`) || known(`${stem}ا`))) return 'f';
  if (verb.startsWith('ت') && known(`ي${verb.slice(1)}`)) return 'f';
  return 'm';
}
