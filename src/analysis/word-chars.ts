/**
 * Character classes of the cue patterns, by UTF-16 code unit, for hand-written scanners that
 * must agree with the patterns: a word character is one of WORD_CHARS (as WB/WE in lexicon.ts),
 * a space is `\s`. Each code unit is classified once, on first sight, so loading costs nothing.
 * Surrogates count as neither: scanners only use these to find candidates for a pattern that
 * then decides, and an extra candidate costs time, never a mark.
 */

/**
 * The letters and digits (`[\p{L}\p{N}]`) of the scripts an Arabic article mixes: Latin (with
 * Latin-1 and Extended-A/B), Greek, Cyrillic, Arabic with its supplements and presentation forms.
 * Written out as ranges (checked against `\p{L}\p{N}` in word-chars.test.ts) because a pattern
 * with `\p{L}` costs V8 about ten times as much to compile and three times as much to run
 * (measured in session 4: 20 patterns of 200 words, 49 ms → 5 ms cold), and every cue pattern
 * has its word boundaries. A letter of another script next to a cue word is not seen as part of
 * it: no Arabic article puts one there.
 */
export const WORD_CHARS =
  '\\u0030-\\u0039\\u0041-\\u005A\\u0061-\\u007A\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F' +
  '\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F' +
  '\\u0620-\\u064A\\u0660-\\u0669\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06E5\\u06E6\\u06EE-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9' +
  '\\uFB50-\\uFBB1\\uFBD3-\\uFD3D\\uFD50-\\uFD8F\\uFD92-\\uFDC7\\uFDF0-\\uFDFB\\uFE70-\\uFE74\\uFE76-\\uFEFC';
/** The letters alone (`\p{L}` over the same scripts): WORD_CHARS without the digits. */
export const LETTERS =
  '\\u0041-\\u005A\\u0061-\\u007A\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F' +
  '\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F' +
  '\\u0620-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06E5\\u06E6\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9' +
  '\\uFB50-\\uFBB1\\uFBD3-\\uFD3D\\uFD50-\\uFD8F\\uFD92-\\uFDC7\\uFDF0-\\uFDFB\\uFE70-\\uFE74\\uFE76-\\uFEFC';
/**
 * WORD_CHARS as they can occur in normalised text (normalize.ts): without the capitals (folded to
 * small letters), the Arabic-Indic digits (folded to 0-9) and the presentation forms (expanded to
 * the letters they stand for; all but the tail fragment U+FE73). The same test on that text
 * (word-chars.test.ts checks every character), in a class V8 compiles faster: every cue pattern
 * has its word boundaries, some a dozen.
 */
export const NORMALISED_WORD_CHAR_CLASS =
  '[\\u0030-\\u0039\\u0061-\\u007A\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F' +
  '\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F' +
  '\\u0620-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06E5\\u06E6\\u06EE-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9\\uFE73]';
/** A word character, as a pattern: `[${WORD_CHARS}]`. */
export const WORD_CHAR_CLASS = `[${WORD_CHARS}]`;
/** A letter, as a pattern. */
export const LETTER_CLASS = `[${LETTERS}]`;

const WORD = new RegExp(`^${WORD_CHAR_CLASS}$`);
const SPACE = /^\s$/u;
const UNKNOWN = 0;
const NO = 1;
const YES = 2;
const words = new Uint8Array(0x10000);
const spaces = new Uint8Array(0x10000);

/** Is the code unit a letter or a digit (one of WORD_CHARS)? */
export function isWordCode(code: number): boolean {
  const known = words[code] as number;
  if (known !== UNKNOWN) return known === YES;
  const yes = code < 0xd800 || code > 0xdfff ? WORD.test(String.fromCharCode(code)) : false;
  words[code] = yes ? YES : NO;
  return yes;
}

/** Is the code unit a space of `\s`? */
export function isSpaceCode(code: number): boolean {
  const known = spaces[code] as number;
  if (known !== UNKNOWN) return known === YES;
  const yes = SPACE.test(String.fromCharCode(code));
  spaces[code] = yes ? YES : NO;
  return yes;
}

/** A hash of `s[from, to)`, the same as the one a scanner accumulates over the code units. */
export function hashRange(s: string, from = 0, to = s.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** One more code unit onto a running hash (see hashRange). */
export const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;
