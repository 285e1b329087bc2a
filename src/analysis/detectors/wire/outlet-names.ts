/**
 * One combined pattern for every outlet name and abbreviation in the registry, so a sentence is
 * scanned once whatever the registry's size. A match says which outlets the form may mean.
 */
import { PROCLITIC_PREFIXES, PROCLITICS_RX, procliticSplits } from '../../tokens/clitics';
import { escapeRegex, trieNow } from '../../lexicon';
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

/**
 * The registry's forms, read into the tables above. A function, not loop statements at the top of
 * the module: a loop that runs thousands of times at the top level makes the JavaScript engine
 * compile the whole module's top-level code while it runs (on-stack replacement), which in the
 * bundled engine chunk is every module's, and cost a page ~10 ms before its first reading.
 */
function readRegistry(): void {
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
      // `ذكرت النيويورك تايمز`, `بحسب صحيفة الواشنطن بوست`, `البي بي سي`: a foreign name of several
      // words is also written with the Arabic article on its first.
      if (!form.startsWith('ال') && /\s/.test(form) && /^[\u0621-\u064a]/.test(form)) {
        addForm(FORMS, `ال${form}`, outlet, ambiguous);
        WRITTEN.add(`ال${form}`);
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
}
readRegistry();

/** An abbreviation's letters as a pattern: at least one separator between them, so `آب` (August) is not `أ ب`. */
const abbrPattern = (k: string) => [...k].map(escapeRegex).join('(?:\\.\\s?|\\s)');
/** Longest first, as the pattern's alternation tries them. */
const ABBR_KEYS = [...ABBRS.keys()].sort((a, b) => b.length - a.length);

/**
 * The pattern the scanner below reproduces, match for match and group for group (the scanner's
 * test holds it to that): `lone`, a detached preposition (`لـ اليوم`); `pre`, attached
 * proclitics; `q`, an opening quote; `name` / `abbr`, the form; `qc`, a closing quote. Built
 * only when asked for: compiling it cost a page's first reading more than all other wire work.
 */
export function outletNamePattern(): RegExp {
  const names = trieNow([...FORMS.keys()]);
  const abbrs = ABBR_KEYS.map(abbrPattern).join('|');
  return new RegExp(
    `(?<!${WORD_CHAR_CLASS})(?:(?<lone>[وف]?ل)\\s+)?(?<pre>${PROCLITICS_RX})(?:\\s?(?<q>")\\s?)?(?:(?<name>${names})|(?<abbr>${abbrs})\\.?)(?<qc>\\s?")?(?!${WORD_CHAR_CLASS})`,
    'gu',
  );
}

/** An outlet's name or abbreviation found in a sentence, with the pieces around it. */
export interface NameMatch {
  index: number;
  /** The whole match, from `lone` (or `pre`) to `qc`. */
  text: string;
  groups: { lone?: string; pre: string; q?: string; name?: string; abbr?: string; qc?: string };
}

/**
 * The forms by the hash of their first word, longest first (the pattern's trie prefers the longest
 * name): a word of the text is looked up by the hash its letters give, without cutting it out, and
 * a colliding hash only adds forms that then fail to match. Built on the first sentence read.
 */
let formsByFirstWord: Map<number, string[]> | undefined;
function formsStartingWith(hash: number): readonly string[] {
  if (!formsByFirstWord) {
    formsByFirstWord = new Map();
    for (const form of FORMS.keys()) {
      const key = hashRange(form, 0, firstWordEnd(form, form.length));
      const forms = formsByFirstWord.get(key) ?? [];
      forms.push(form);
      formsByFirstWord.set(key, forms);
    }
    for (const forms of formsByFirstWord.values()) forms.sort((x, y) => y.length - x.length);
  }
  return formsByFirstWord.get(hash) ?? [];
}
/** Abbreviations by their first letter, longest first. */
const ABBRS_BY_LETTER = new Map<string, string[]>();
for (const key of ABBR_KEYS) {
  const first = key[0] as string;
  ABBRS_BY_LETTER.set(first, [...(ABBRS_BY_LETTER.get(first) ?? []), key]);
}

const QUOTE = 0x22;
const DOT = 0x2e;
const isConj = (c: number) => c === 0x648 || c === 0x641; // و ف
const isPrep = (c: number) => c === 0x628 || c === 0x644 || c === 0x643; // ب ل ك
const wordEndsAt = (t: string, at: number) => at >= t.length || !isWordCode(t.charCodeAt(at));

/** Where each way of reading `abbr` at `at` ends, in the pattern's order of trying them. */
function abbrEnds(t: string, at: number, abbr: string, k = 0, out: number[] = []): number[] {
  if (t[at] !== abbr[k]) return out;
  if (k === abbr.length - 1) {
    // `\.?`: with the dot first.
    if (t.charCodeAt(at + 1) === DOT) out.push(at + 2);
    out.push(at + 1);
    return out;
  }
  const sep = at + 1;
  // `(?:\.\s?|\s)`: a dot and a space, a dot alone, then a space alone.
  if (t.charCodeAt(sep) === DOT) {
    if (isSpaceCode(t.charCodeAt(sep + 1))) abbrEnds(t, sep + 2, abbr, k + 1, out);
    abbrEnds(t, sep + 1, abbr, k + 1, out);
  } else if (isSpaceCode(t.charCodeAt(sep))) abbrEnds(t, sep + 1, abbr, k + 1, out);
  return out;
}

/** The rest of the pattern from the name's end: `(?<qc>\s?")?` and the word's end. */
function closeAt(t: string, at: number): { end: number; qc?: string } | undefined {
  if (t.charCodeAt(at) === QUOTE && wordEndsAt(t, at + 1)) return { end: at + 1, qc: '"' };
  if (isSpaceCode(t.charCodeAt(at)) && t.charCodeAt(at + 1) === QUOTE && wordEndsAt(t, at + 2))
    return { end: at + 2, qc: t.slice(at, at + 2) };
  return wordEndsAt(t, at) ? { end: at } : undefined;
}

/** The name or abbreviation at `at`, then its close: the first way the pattern would accept. */
function formAt(
  t: string,
  at: number,
): { end: number; name?: string; abbr?: string; qc?: string } | undefined {
  // Every form and abbreviation begins with a letter or digit (formsStartWithWords).
  if (!isWordCode(t.charCodeAt(at))) return undefined;
  let h = 0;
  for (let k = at; k < t.length && isWordCode(t.charCodeAt(k)); k++) h = hashStep(h, t.charCodeAt(k));
  for (const form of formsStartingWith(h)) {
    if (!t.startsWith(form, at)) continue;
    const close = closeAt(t, at + form.length);
    if (close) return { ...close, name: form };
  }
  for (const abbr of ABBRS_BY_LETTER.get(t[at] as string) ?? [])
    for (const end of abbrEnds(t, at, abbr)) {
      const close = closeAt(t, end);
      // The group holds the letters and separators, not the optional dot after them.
      const letters = t.charCodeAt(end - 1) === DOT && end - 1 > at ? end - 1 : end;
      if (close) return { ...close, abbr: t.slice(at, letters) };
    }
  return undefined;
}

/** The match once its start and `lone` are read: `pre`, `q` and the form, in the pattern's order. */
function matchFrom(t: string, p: number, at: number, lone: string | undefined): NameMatch | undefined {
  const conjs = isConj(t.charCodeAt(at)) ? 2 : 1;
  for (let c = conjs - 1; c >= 0; c--) {
    const preps = isPrep(t.charCodeAt(at + c)) ? 2 : 1;
    for (let b = preps - 1; b >= 0; b--) {
      const x = at + c + b;
      // `(?:\s?(?<q>")\s?)?`: a quote (after at most one space) and at most one space, then no quote.
      const quote = isSpaceCode(t.charCodeAt(x)) ? x + 1 : x;
      const quoted = t.charCodeAt(quote) === QUOTE;
      const afters = quoted
        ? isSpaceCode(t.charCodeAt(quote + 1))
          ? [quote + 2, quote + 1, x]
          : [quote + 1, x]
        : [x];
      for (const after of afters) {
        const form = formAt(t, after);
        if (!form) continue;
        const groups: NameMatch['groups'] = { pre: t.slice(at, x) };
        if (lone !== undefined) groups.lone = lone;
        if (after !== x) groups.q = '"';
        if (form.name !== undefined) groups.name = form.name;
        if (form.abbr !== undefined) groups.abbr = form.abbr;
        if (form.qc !== undefined) groups.qc = form.qc;
        return { index: p, text: t.slice(p, form.end), groups };
      }
    }
  }
  return undefined;
}

/** The pattern's match starting exactly at `p`, if any (a sticky exec). */
function matchAt(t: string, p: number): NameMatch | undefined {
  if (p > 0 && isWordCode(t.charCodeAt(p - 1))) return undefined;
  // `(?:(?<lone>[وف]?ل)\s+)?`: a detached لـ and all the spaces after it, then none.
  const first = t.charCodeAt(p);
  const l = isConj(first) && t.charCodeAt(p + 1) === 0x644 ? p + 2 : first === 0x644 ? p + 1 : -1;
  if (l > 0 && isSpaceCode(t.charCodeAt(l))) {
    let at = l;
    while (isSpaceCode(t.charCodeAt(at))) at++;
    const m = matchFrom(t, p, at, t.slice(p, l));
    if (m) return m;
  }
  return matchFrom(t, p, p, undefined);
}

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

/** Every form begins with a letter or digit, so a word index can find them all (outlets.test.ts). */
export const formsStartWithWords = [...FORMS.keys(), ...ABBRS.keys()].every((f) => firstWordEnd(f, 1) === 1);

/**
 * The first word of every name and abbreviation, with every proclitic combination before it:
 * a match of the pattern always has one of these as a whole word (a maximal run of letters
 * and digits), since a name ends at a word boundary and its first word ends at a space or dot.
 * A gate over their hashes, written by the build, so a scanner checks a word without cutting it
 * out of the text.
 */
const FIRST_WORDS = prebuiltGate(
  'outletFirstWords',
  [...FORMS.keys(), '|', ...ABBRS.keys(), '|', ...PROCLITIC_PREFIXES],
  firstWordHashes,
);
/** The first words of every form and abbreviation, exactly (the gate above only hashes them). */
let firstWords: Set<string> | undefined;

/**
 * Whether a name or abbreviation begins with `word` once a proclitic is set aside: most words the
 * hash gate lets through begin none (its hashes collide), and every position before them need not
 * be read.
 */
function beginsAName(word: string): boolean {
  firstWords ??= new Set([
    ...[...FORMS.keys()].map((f) => f.slice(0, firstWordEnd(f, f.length))),
    ...[...ABBRS.keys()].map((k) => k.slice(0, firstWordEnd(k, 1))),
  ]);
  const starts = firstWords;
  return procliticSplits(word).some((split) => starts.has(split.rest));
}

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
 * Every match of outletNamePattern() in `t`, exactly as `matchAll` finds them, read by hand from
 * the few positions that can reach a word that begins a name: the positions are tried in text
 * order, so the first that matches is the leftmost match.
 */
export function outletNameMatches(t: string): NameMatch[] {
  const out: NameMatch[] = [];
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
    if (!FIRST_WORDS.has(h) || !beginsAName(t.slice(start, i))) continue;
    // The match begins at this word (its proclitics are part of it, and no match begins inside
    // a word) or before it, at a detached لـ, spaces or a quote.
    const floor = Math.max(last, next);
    let from = start;
    while (from > floor && isLead(t.charCodeAt(from - 1))) from--;
    for (let p = Math.max(from, floor); p <= start; p++) {
      const m = matchAt(t, p);
      next = p + 1;
      if (m) {
        out.push(m);
        last = p + m.text.length;
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
