/**
 * Building blocks for cue patterns over normalised text (see normalize.ts): word boundaries,
 * proclitics, and alternations built from lexicon lists written in ordinary Arabic.
 */
import { norm } from './normalize';

/** Start of a word: not preceded by a letter or digit. */
export const WB = '(?<![\\p{L}\\p{N}])';
/** End of a word: not followed by a letter or digit. */
export const WE = '(?![\\p{L}\\p{N}])';
/** Optional conjunction proclitic (و، ف). */
export const CONJ = '(?:[وف])?';
/** Optional preposition proclitic (ب، ل، ك), after the conjunction. */
export const PREP = '(?:[بلك])?';
/** Optional article (ال), also the assimilated `لل` after ل. */
export const ART = '(?:ال|ل)?';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of the normalised entries, longest first so the longest form wins. */
export function alt(entries: readonly string[]): string {
  const uniq = [...new Set(entries.map((e) => escapeRegex(norm(e))))].sort((a, b) => b.length - a.length);
  return `(?:${uniq.join('|')})`;
}

/** A whole word from `entries`, with optional conjunction and preposition proclitics. */
export function word(entries: readonly string[], { article = false }: { article?: boolean } = {}): string {
  return `${WB}${CONJ}${PREP}${article ? ART : ''}${alt(entries)}${WE}`;
}

/** Compile a pattern over normalised text (always Unicode-aware). */
export function rx(source: string, flags = ''): RegExp {
  return new RegExp(source, `u${flags}`);
}
