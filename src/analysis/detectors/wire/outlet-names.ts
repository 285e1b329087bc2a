/**
 * One combined pattern for every outlet name and abbreviation in the registry, so a sentence is
 * scanned once whatever the registry's size. A match says which outlets the form may mean.
 */
import { PROCLITIC_PREFIXES, PROCLITICS_RX } from '../../tokens/clitics';
import { escapeRegex, trieSource } from '../../lexicon';
import { norm } from '../../normalize';
import { AMBIGUOUS_FORMS } from '../../lexicons/wire';
import { prebuiltGate } from '../../prebuilt';
import { OUTLETS, type Outlet } from '../../outlets';
import {
  hashRange,
  hashStep as hashStepOf,
  isSpaceCode as isSpaceOf,
  isWordCode as isWordOf,
} from '../../word-chars';
import { WORD_CHAR_CLASS } from '../../word-chars';

// Local bindings: the hot loop below then calls the functions directly, not through module exports.
const isWordCode = isWordOf;
const isSpaceCode = isSpaceOf;
const hashStep = hashStepOf;

export interface OutletForm {
  /** Candidate outlets, in registry order (the first is the default reading). */
  outlets: Outlet[];
  /** An ordinary word or place too: needs an outlet context. */
  ambiguous: boolean;
}

/** Abbreviations are looked up by their letters alone (`أ.ف.ب` = `أ ف ب`). */
const abbrKey = (s: string) => norm(s).replace(/[\s.]/g, '');
/** A form that cannot be an ordinary word: Latin, dotted (`العربية.نت`), or led by `وكالة`. */
const isDistinctive = (s: string) => /[a-z.]/.test(s) || /^(ال)?وكاله\s|\sنت$|\sمباشر$/.test(s);

const FORMS = new Map<string, OutletForm>();
/** Forms that exist only as `ل` + a name whose article the preposition swallowed. */
const LAM_VARIANTS = new Set<string>();
const WRITTEN = new Set<string>();
const ABBRS = new Map<string, OutletForm>();
const ambiguousForms = new Set(AMBIGUOUS_FORMS.map(norm));

function addForm(map: Map<string, OutletForm>, key: string, outlet: Outlet, ambiguous: boolean): void {
  const seen = map.get(key);
  if (!seen) map.set(key, { outlets: [outlet], ambiguous });
  else {
    if (!seen.outlets.includes(outlet)) seen.outlets.push(outlet);
    seen.ambiguous ||= ambiguous;
  }
}

for (const outlet of OUTLETS) {
  for (const name of outlet.names) {
    const form = norm(name);
    const ambiguous = ambiguousForms.has(form) || (outlet.ambiguous === true && !isDistinctive(form));
    addForm(FORMS, form, outlet, ambiguous);
    WRITTEN.add(form);
    // Letter names of a Latin acronym are also written with dots: `إن.بي.سي`, `سي.إن.بي.سي`.
    if (/^\S{1,3}(?:\s\S{1,3}){1,3}$/.test(form)) {
      addForm(FORMS, form.replace(/\s/g, '.'), outlet, ambiguous);
      WRITTEN.add(form.replace(/\s/g, '.'));
    }
    // `للشرق الأوسط`: the preposition ل swallows the article's alef.
    if (form.startsWith('ال')) {
      addForm(FORMS, `ل${form.slice(2)}`, outlet, ambiguous);
      LAM_VARIANTS.add(`ل${form.slice(2)}`);
    }
  }
  for (const abbr of outlet.abbreviations ?? []) {
    // Two-letter abbreviations (`أ ب`) are too short to trust outside a credit position.
    addForm(ABBRS, abbrKey(abbr), outlet, abbrKey(abbr).length < 3);
  }
}

// A trie-shaped alternation: a handful of branches tried at each word instead of every name.
const namesAlt = trieSource(FORMS.keys());
const abbrAlt = [...ABBRS.keys()]
  .sort((a, b) => b.length - a.length)
  // At least one separator between letters, so `آب` (August) is not `أ ب`.
  .map((k) => [...k].map(escapeRegex).join('(?:\\.\\s?|\\s)'))
  .join('|');

/**
 * `lone`: a detached preposition (`لـ اليوم`); `pre`: attached proclitics; `q`: an opening quote;
 * `name` / `abbr`: the form; `qc`: a closing quote.
 */
export const OUTLET_NAME_RX = new RegExp(
  `(?<!${WORD_CHAR_CLASS})(?:(?<lone>[وف]?ل)\\s+)?(?<pre>${PROCLITICS_RX})(?:\\s?(?<q>")\\s?)?(?:(?<name>${namesAlt})|(?<abbr>${abbrAlt})\\.?)(?<qc>\\s?")?(?!${WORD_CHAR_CLASS})`,
  'gu',
);

/** OUTLET_NAME_RX tried at one position only. */
const NAME_AT = new RegExp(OUTLET_NAME_RX.source, 'uy');

/** The length of a form's first word (a maximal run of letters and digits), up to `longest`. */
function firstWordEnd(form: string, longest: number): number {
  let end = 0;
  while (end < Math.min(form.length, longest) && isWordCode(form.charCodeAt(end))) end++;
  return end;
}

function* firstWordHashes(): Iterable<number> {
  const words = [...FORMS.keys()].map((f) => f.slice(0, firstWordEnd(f, f.length)));
  // An abbreviation's letters are separated in the text (`أ ف ب`): its first word is one letter.
  for (const key of ABBRS.keys()) words.push(key.slice(0, firstWordEnd(key, 1)));
  for (const word of words) for (const pre of PROCLITIC_PREFIXES) yield hashRange(`${pre}${word}`);
}

/** A name that does not start with a letter or digit defeats the word index: scan everywhere. */
const scanEverywhere = [...FORMS.keys(), ...ABBRS.keys()].some((f) => firstWordEnd(f, 1) === 0);

/**
 * The first word of every name and abbreviation, with every proclitic combination before it:
 * a match of OUTLET_NAME_RX always has one of these as a whole word (a maximal run of letters
 * and digits), since a name ends at a word boundary and its first word ends at a space or dot.
 * A gate over their hashes, written by the build, so a scanner checks a word without cutting it
 * out of the text.
 */
const FIRST_WORDS = prebuiltGate(
  'outletFirstWords',
  [...FORMS.keys(), '|', ...ABBRS.keys(), '|', ...PROCLITIC_PREFIXES],
  firstWordHashes,
);
/** What may stand between a match's start and its name: a detached لـ, spaces, proclitics, a quote. */
const isLead = (code: number) =>
  code === 0x22 ||
  code === 0x648 ||
  code === 0x641 ||
  code === 0x628 ||
  code === 0x644 ||
  code === 0x643 ||
  isSpaceCode(code);

/**
 * Every match of OUTLET_NAME_RX in `t`, exactly as `t.matchAll(OUTLET_NAME_RX)` finds them, but
 * the pattern (which has no literal to search for, so an engine tries it at every position) only
 * runs at the few positions from which it can reach a word that begins a name: the positions are
 * tried in text order, so the first that matches is the leftmost match.
 */
export function outletNameMatches(t: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (scanEverywhere) {
    for (const m of t.matchAll(OUTLET_NAME_RX)) out.push(m as RegExpExecArray);
    return out;
  }
  const n = t.length;
  /** matchAll's lastIndex: the end of the last match. */
  let last = 0;
  /** Every start position below this was tried or cannot start a match. */
  let next = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCode(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    for (let c = t.charCodeAt(i); i < n && isWordCode(c); c = t.charCodeAt(++i)) h = hashStep(h, c);
    if (!FIRST_WORDS.has(h)) continue;
    // The match begins at this word (its proclitics are part of it, and no match begins inside
    // a word) or before it, at a detached لـ, spaces or a quote.
    const floor = Math.max(last, next);
    let from = start;
    while (from > floor && isLead(t.charCodeAt(from - 1))) from--;
    for (let p = Math.max(from, floor); p <= start; p++) {
      NAME_AT.lastIndex = p;
      const m = NAME_AT.exec(t);
      next = p + 1;
      if (m) {
        out.push(m);
        last = p + m[0].length;
        // Words inside or before the match's end are read again from its end.
        i = last;
        break;
      }
    }
  }
  return out;
}

export function lookupForm(name: string | undefined, abbr: string | undefined): OutletForm | undefined {
  if (name !== undefined) return FORMS.get(name);
  if (abbr !== undefined) return ABBRS.get(abbr.replace(/[\s.]/g, ''));
  return undefined;
}

/** Whether the normalised form was the article-swallowing `ل` variant (`للشرق الاوسط`). */
export function isLamVariant(name: string | undefined): boolean {
  return name !== undefined && LAM_VARIANTS.has(name) && !WRITTEN.has(name);
}
