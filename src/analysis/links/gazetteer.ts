/**
 * The Arabic→English gazetteer (gazetteer.json, data written for the project) and its lookup:
 * longest phrase first over a text's words, tolerant of clitics, hamza, ta marbuta and
 * plural/nisba endings (بالحرس الثوري، للميليشيات، والعراقية).
 */
import { GIVEN_NAMES } from '../lexicons/given-names';
import { prebuiltSource } from '../prebuilt';
import data from './gazetteer.json';
import { type Token, phraseKeys, tokenize, variants } from './words';

export type EntryType =
  | 'country'
  | 'place'
  | 'person'
  | 'group'
  | 'org'
  | 'body'
  | 'outlet'
  | 'topic'
  | 'role'
  | 'given';

export interface GazetteerEntry {
  /** Arabic forms as written; the first is the canonical one. */
  ar: string[];
  en: string;
  type: EntryType;
  /** Forms matched only with the article as written (التركي is Turkish, تركي a first name). */
  exact?: string[];
  /**
   * Forms matched only as written, vowel signs included, where the signs tell two places apart
   * that normalised text writes alike (`عمّان` Amman, `عُمان` Oman). A proclitic و / ف / ب / ل may lead.
   */
  written?: string[];
}

export interface EntityMatch {
  entry: GazetteerEntry;
  /** Index of the first and one past the last word in the token list. */
  from: number;
  to: number;
  /** Offsets in the text. */
  start: number;
  end: number;
}

interface Phrase {
  entry: GazetteerEntry;
  keys: string[];
}

export const GAZETTEER: readonly GazetteerEntry[] = [
  ...(data as GazetteerEntry[]),
  ...GIVEN_NAMES.map((g): GazetteerEntry => ({ ar: [...g.ar], en: g.en, type: 'given' })),
];

/** Region codes that name no country a report would (continents, groupings, pseudo-regions). */
const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'QO',
  'XA',
  'XB',
  'ZZ',
  'AQ',
  'BV',
  'CP',
  'DG',
  'HM',
  'IC',
  'TA',
]);

/**
 * Countries and territories the hand-written list lacks, from the platform's own CLDR data
 * (`Intl.DisplayNames`, full ICU in Node 20 and in every browser the extension supports): the
 * Arabic name and its nisba (بولندا → بولندي، الصومال → صومالي) → the English name.
 */
export function platformCountries(known: ReadonlySet<string> = knownForms()): GazetteerEntry[] {
  let ar: Intl.DisplayNames;
  let en: Intl.DisplayNames;
  try {
    ar = new Intl.DisplayNames(['ar'], { type: 'region' });
    en = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return [];
  }
  const out: GazetteerEntry[] = [];
  const seen = new Set<string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      let english: string | undefined;
      try {
        name = ar.of(code);
        english = en.of(code);
      } catch {
        continue;
      }
      if (!name || !english || name === code || /[-–(&]/.test(name)) continue;
      const key = phraseKeys(name).join(' ');
      if (known.has(key) || seen.has(key)) continue;
      seen.add(key);
      const forms = [name];
      const bare = name.replace(/^ال/, '');
      // One-word names take a nisba: بولندا → بولندي، الصومال → صومالي (مالي is its own nisba).
      if (!bare.includes(' ') && bare.length >= 4 && !bare.endsWith('ي'))
        forms.push(`${bare.replace(/[اة]$/, '')}ي`);
      out.push({ ar: forms, en: english.replace(/\s*\(.*\)$/, '').replace('’', "'"), type: 'country' });
    }
  return out;
}

/**
 * platformCountries() as the build worked it out (prebuilt.ts), from Node's CLDR data: asking
 * the page's Intl for them cost the first wire tooltip's links ~65 ms (loading the locale data for
 * Intl.DisplayNames, then reading 676 codes). Worked out here, from the browser's own data, when
 * the word lists changed since the build.
 */
function countries(): GazetteerEntry[] {
  const words = [...NOT_COUNTRIES, '|', ...GAZETTEER.flatMap((e) => [...e.ar, ...(e.exact ?? []), e.en])];
  const source = prebuiltSource('platform:countries', words, () => JSON.stringify(platformCountries()));
  return JSON.parse(source) as GazetteerEntry[];
}

/** Every form the hand-written gazetteer already has, as lookup keys. */
function knownForms(): Set<string> {
  const out = new Set<string>();
  for (const e of GAZETTEER) for (const f of [...e.ar, ...(e.exact ?? [])]) out.add(phraseKeys(f).join(' '));
  return out;
}

let index: Map<string, Phrase[]> | undefined;
let givenNames: Map<string, GazetteerEntry> | undefined;

/** Phrases by their first key; first names apart, since they only ever match a word exactly. */
function buildIndex(): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  givenNames = new Map();
  const add = (entry: GazetteerEntry, keys: string[]) => {
    const first = keys[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    list.push({ entry, keys });
    byFirst.set(first, list);
  };
  for (const entry of [...GAZETTEER, ...countries()]) {
    if (entry.type === 'given') {
      for (const form of entry.ar)
        for (const k of phraseKeys(form, { keepArticle: true })) givenNames.set(k, entry);
      continue;
    }
    for (const form of entry.ar) add(entry, phraseKeys(form));
    for (const form of entry.exact ?? []) add(entry, phraseKeys(form, { keepArticle: true }));
  }
  return byFirst;
}

function phraseIndex(): Map<string, Phrase[]> {
  index ??= buildIndex();
  return index;
}

/** The first name a word is (محمد، وأحمد), if any. */
export function givenName(token: Token): GazetteerEntry | undefined {
  phraseIndex();
  const names = givenNames as Map<string, GazetteerEntry>;
  return names.get(token.norm) ?? (/^[وف]/.test(token.norm) ? names.get(token.norm.slice(1)) : undefined);
}

/** Entries with forms told apart by their vowel signs, by form as written (tatweel dropped). */
let writtenForms: Map<string, GazetteerEntry> | undefined;

/** The entry a word is as written, vowel signs and all (`وعمّان`), if any. */
function writtenAt(token: Token): GazetteerEntry | undefined {
  writtenForms ??= new Map(
    GAZETTEER.flatMap((e) => (e.written ?? []).map((f): [string, GazetteerEntry] => [f, e])),
  );
  if (writtenForms.size === 0) return undefined;
  const word = token.text.replace(/\u0640/gu, '');
  return writtenForms.get(word) ?? (/^[وفبل]/u.test(word) ? writtenForms.get(word.slice(1)) : undefined);
}

/** The best phrase starting at word `i`: most words, then least stripped first word. */
function matchAt(
  tokens: readonly Token[],
  forms: readonly (readonly string[])[],
  i: number,
): Phrase | undefined {
  const phrases = phraseIndex();
  let best: Phrase | undefined;
  for (const form of forms[i] ?? []) {
    for (const p of phrases.get(form) ?? []) {
      if (best && p.keys.length <= best.keys.length) continue;
      if (i + p.keys.length > tokens.length) continue;
      if (p.keys.every((k, j) => j === 0 || forms[i + j]?.includes(k))) best = p;
    }
  }
  return best;
}

/** Gazetteer entities in `tokens` (or in `text`), longest match first, left to right, without overlaps. */
export function findEntities(input: string | readonly Token[]): EntityMatch[] {
  const tokens = typeof input === 'string' ? tokenize(input) : input;
  const forms = tokens.map((t) => variants(t.norm));
  const out: EntityMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const spelled = writtenAt(tokens[i] as Token);
    const p = spelled ? { entry: spelled, keys: [(tokens[i] as Token).norm] } : matchAt(tokens, forms, i);
    if (!p) {
      i++;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[i + p.keys.length - 1] as Token;
    out.push({
      entry: p.entry,
      from: i,
      to: i + p.keys.length,
      start: first.start,
      end: last.start + last.text.length,
    });
    i += p.keys.length;
  }
  return out;
}

/** The English of a single Arabic word or phrase, if the gazetteer knows it. */
export function lookup(arabic: string): GazetteerEntry | undefined {
  const tokens = tokenize(arabic);
  const [m] = findEntities(tokens);
  return m && m.from === 0 && m.to === tokens.length ? m.entry : undefined;
}
