/**
 * Arabic normalisation with an offset map back to the original text.
 *
 * Lexicons and rules match against the normalised form, so they need to be written only once:
 * diacritics, tatweel, invisible controls are dropped; hamza/alef forms, alef maqsura, ta marbuta,
 * Persian look-alike letters, Arabic-Indic digits and every quote style fold to one form.
 * Every character of the normalised string remembers where it came from.
 */

import { compileNow } from './compile-now';

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `map[i]` is the index in the original text of normalised character `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}

const DROP = new Set<number>();
// Harakat, Quranic marks and superscript alef.
for (let c = 0x064b; c <= 0x065f; c++) DROP.add(c);
DROP.add(0x0670);
for (let c = 0x06d6; c <= 0x06ed; c++) DROP.add(c);
// Tatweel.
DROP.add(0x0640);
// Zero-width and bidi controls.
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x00ad]) DROP.add(c);
for (let c = 0x202a; c <= 0x202e; c++) DROP.add(c);
for (let c = 0x2066; c <= 0x2069; c++) DROP.add(c);

const FOLD = new Map<number, string>();
const fold = (from: string, to: string) => {
  for (const ch of from) FOLD.set(ch.codePointAt(0) as number, to);
};
fold('أإآٱٲٳ', 'ا');
fold('ىیې', 'ي');
fold('ئ', 'ي');
fold('ؤ', 'و');
fold('ة', 'ه');
fold('ۀ', 'ه');
fold('کڪ', 'ك');
fold('«»“”„‟″‹›〝〞＂{}', '"');
fold('‘’‚‛`´', "'");
fold('،', '،');
fold('\u00a0\u2002\u2003\u2009\u202f\u3000\t', ' ');
fold('–—―‒', '-');
for (let d = 0; d <= 9; d++) {
  FOLD.set(0x0660 + d, String(d));
  FOLD.set(0x06f0 + d, String(d));
}

/**
 * Every UTF-16 code unit's normalised code unit plus one, or DROPPED, or EXPANDED (see
 * EXPANSIONS); 0 for a unit that stays as it is, so that the table starts out right for nearly
 * all of them without a pass over 65,536 entries at start-up. One table lookup per character
 * keeps normalisation at the cost of a copy: it runs over every page.
 */
const SAME = 0;
const DROPPED = -1;
const EXPANDED = -2;
const TABLE = new Int32Array(0x10000);
const set = (c: number, to: number) => {
  TABLE[c] = to === c ? SAME : to + 1;
};
for (let c = 0x41; c <= 0x5a; c++) set(c, c + 0x20);
for (const [code, to] of FOLD) set(code, to.charCodeAt(0));
for (const code of DROP) TABLE[code] = DROPPED;

/**
 * Arabic presentation forms (`ﻭقالت`, the ligature `ﻻ`, `ﷲ`) as the base letters they stand for,
 * themselves folded: NFKC gives the letters, the table folds them. A form of a vowel sign alone
 * (NFKC: a space or tatweel and the sign) folds to nothing. Each form is worked out when first
 * met (PENDING until then): asking NFKC for all ~1,300 of them up front cost every page a few
 * milliseconds of start-up, and most articles contain none.
 */
const PENDING = -3;
const EXPANSIONS = new Map<number, string>();
const PRESENTATION_FORMS = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
] as const;
// In a function: a loop of ~800 turns at a module's top level has the engine compile the whole
// bundle's top-level code while it runs (on-stack replacement).
function markPending(): void {
  for (const [from, to] of PRESENTATION_FORMS)
    for (let c = from; c <= to; c++) if (TABLE[c] === SAME) TABLE[c] = PENDING;
}
markPending();

/** The table's entry for a presentation form, worked out now (see PENDING). */
function settle(c: number): number {
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFKC');
  if (base === ch) {
    TABLE[c] = SAME;
    return c;
  }
  let folded = '';
  for (let i = 0; i < base.length; i++) {
    const f = entry(base.charCodeAt(i));
    if (f >= 0) folded += String.fromCharCode(f);
  }
  folded = folded.trim();
  let value: number;
  if (folded.length === 0) value = DROPPED;
  else if (folded.length === 1) value = folded.charCodeAt(0);
  else {
    EXPANSIONS.set(c, folded);
    value = EXPANDED;
  }
  if (value >= 0) set(c, value);
  else TABLE[c] = value;
  return value;
}

/** Code unit `c` normalised (≥ 0), or DROPPED or EXPANDED. */
const entry = (c: number): number => {
  const f = TABLE[c] as number;
  if (f === SAME) return c;
  if (f > 0) return f - 1;
  return f === PENDING ? settle(c) : f;
};

/** Code units turned into a string in slices, to stay below engines' argument-count limits. */
const SLICE = 0x2000;
/**
 * The engine's own UTF-16 decoder copies code units into a string far faster than script can,
 * but it would replace a lone surrogate, so text with surrogates takes the slower way.
 */
const UTF16 =
  typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;
function fromCodes(codes: Uint16Array, length: number, surrogates: boolean): string {
  if (UTF16 && !surrogates && length > 64) return UTF16.decode(codes.subarray(0, length));
  if (length <= SLICE)
    return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += SLICE)
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + SLICE, length)) as unknown as number[]),
    );
  return parts.join('');
}

/** Normalise `text`, keeping a map from each normalised index to its original index. */
export function normalize(text: string): Normalized {
  const length = text.length;
  let codes = new Uint16Array(length);
  let map = new Int32Array(length + 1);
  let n = 0;
  let surrogates = false;
  for (let i = 0; i < length; i++) {
    const f = entry(text.charCodeAt(i));
    if (f >= 0) {
      codes[n] = f;
      map[n++] = i;
      if ((f & 0xf800) === 0xd800) surrogates = true;
    } else if (f === EXPANDED) {
      // A ligature becomes several letters, each mapped back to the one character it came from.
      const letters = EXPANSIONS.get(text.charCodeAt(i)) as string;
      // Room for these letters and one unit for every character still to come.
      const needed = n + letters.length + (length - i - 1);
      if (needed > codes.length) {
        const size = needed + 64;
        const grownCodes = new Uint16Array(size);
        grownCodes.set(codes.subarray(0, n));
        const grownMap = new Int32Array(size + 1);
        grownMap.set(map.subarray(0, n));
        codes = grownCodes;
        map = grownMap;
      }
      for (let k = 0; k < letters.length; k++) {
        codes[n] = letters.charCodeAt(k);
        map[n++] = i;
      }
    }
  }
  map[n] = length;
  return { text: fromCodes(codes, n, surrogates), map: map.subarray(0, n + 1) };
}

/** A code unit as norm() writes it: folded, dropped (''), or a ligature's letters. */
const normUnit = (ch: string): string => {
  const f = entry(ch.charCodeAt(0));
  if (f >= 0) return String.fromCharCode(f);
  return f === EXPANDED ? (EXPANSIONS.get(ch.charCodeAt(0)) as string) : '';
};
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/**
 * Every code unit the table may change (capitals, folded and dropped units, presentation forms),
 * as one class: norm() lets the regular-expression engine find them. It runs on every lexicon
 * word as the engine loads, before anything is warm, where a loop over the characters in script
 * cost the page several milliseconds.
 */
let changing: RegExp | undefined;
function changingUnits(): RegExp {
  const units = [...FOLD.keys(), ...DROP].map(hex).join('');
  const ranges = PRESENTATION_FORMS.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('');
  // Compiled to machine code at once: it runs on thousands of words.
  return compileNow(new RegExp(`[A-Z${units}${ranges}]`, 'g'));
}

/** Normalise a lexicon entry or query string (no map needed). */
export function norm(text: string): string {
  changing ??= changingUnits();
  changing.lastIndex = 0;
  // Lexicon entries and tokens are short and often already normal.
  if (!changing.test(text)) return text;
  changing.lastIndex = 0;
  return text.replace(changing, normUnit);
}

/** Map a half-open span of the normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const last = n.map.length - 1;
  const s = n.map[Math.min(start, last)] as number;
  // Diacritics dropped after the last letter belong to it, so the span runs up to the next kept character.
  let e = n.map[Math.min(end, last)] as number;
  // A span that ends inside a ligature's letters takes the whole ligature.
  if (end > start && end <= last) e = Math.max(e, (n.map[end - 1] as number) + 1);
  return { start: s, end: Math.max(s, e) };
}
