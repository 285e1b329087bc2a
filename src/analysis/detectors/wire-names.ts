/**
 * One combined pattern for every outlet name and abbreviation in the registry, so a sentence is
 * scanned once whatever the registry's size. A match says which outlets the form may mean.
 */
import { norm } from '../normalize';
import { AMBIGUOUS_FORMS } from '../lexicons/wire';
import { OUTLETS, type Outlet } from '../outlets';

export interface OutletForm {
  /** Candidate outlets, in registry order (the first is the default reading). */
  outlets: Outlet[];
  /** An ordinary word or place too: needs an outlet context. */
  ambiguous: boolean;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/**
 * The names as a trie-shaped alternation (`ال(?:رياض|وطن|…)`), so the engine tries a handful of
 * branches at each word instead of every name; greedy optionals still prefer the longest name.
 */
function trieSource(words: Iterable<string>): string {
  const root: Trie = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const alts = [...node.next].map(([ch, child]) => escapeRegex(ch) + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

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
  `(?<![\\p{L}\\p{N}])(?:(?<lone>[وف]?ل)\\s+)?(?<pre>[وف]?[بلك]?)(?:\\s?(?<q>")\\s?)?(?:(?<name>${namesAlt})|(?<abbr>${abbrAlt})\\.?)(?<qc>\\s?")?(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * The names and abbreviations alone, without the boundaries and proclitics around them: a plain
 * pattern that a sentence must match somewhere before OUTLET_NAME_RX can (a fast prefilter).
 */
export const OUTLET_NAME_GATE_SOURCE = `${namesAlt}|${abbrAlt}`;

export function lookupForm(name: string | undefined, abbr: string | undefined): OutletForm | undefined {
  if (name !== undefined) return FORMS.get(name);
  if (abbr !== undefined) return ABBRS.get(abbr.replace(/[\s.]/g, ''));
  return undefined;
}

/** Whether the normalised form was the article-swallowing `ل` variant (`للشرق الاوسط`). */
export function isLamVariant(name: string | undefined): boolean {
  return name !== undefined && LAM_VARIANTS.has(name) && !WRITTEN.has(name);
}
