/**
 * Character classes of the cue patterns, by UTF-16 code unit, for hand-written scanners that
 * must agree with the patterns: a word character is `[\p{L}\p{N}]` (as WB/WE in lexicon.ts),
 * a space is `\s`. Each code unit is classified once, on first sight, so loading costs nothing.
 * Surrogates count as neither: scanners only use these to find candidates for a pattern that
 * then decides, and an extra candidate costs time, never a mark.
 */
const WORD = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const UNKNOWN = 0;
const NO = 1;
const YES = 2;
const words = new Uint8Array(0x10000);
const spaces = new Uint8Array(0x10000);

/** Is the code unit a letter or a digit (`[\p{L}\p{N}]`)? */
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
