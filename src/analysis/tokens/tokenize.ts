/**
 * The words and punctuation of a normalised sentence, read once: each token carries its
 * offsets, a hash of its text (to skip lexicon lookups that cannot succeed) and slots for the
 * lexicon classes it is found to belong to (tokens/classes.ts), filled on first use.
 */
import { hashRange, hashStep, isSpaceCode, isWordCode } from '../word-chars';
import type { NounHit } from './classes';
import type { Parsed } from './clitics';

export interface Token {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
  /** hashRange of the text (words only), to skip lookups that cannot succeed. */
  hash: number;
  /** The word's reading as a source noun and as a verb of saying, looked up once (null: none). */
  noun: NounHit | null | undefined;
  verb: Parsed | null | undefined;
}

export const token = (text: string, start: number, end: number, isWord: boolean, hash: number): Token => ({
  text: text.slice(start, end),
  start,
  end,
  isWord,
  hash,
  noun: undefined,
  verb: undefined,
});

export const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * The words and punctuation of `text`: runs of letters and digits (word-chars.ts, as WB/WE see them, with
 * a decimal part), and every other character but spaces alone. A scan of code units, since this
 * runs on most sentences.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isWordCode(text.charCodeAt(i))) {
      const start = i;
      let h = 0;
      do h = hashStep(h, text.charCodeAt(i++));
      while (i < n && isWordCode(text.charCodeAt(i)));
      if (text.charCodeAt(i) === 0x2e && isAsciiDigit(text.charCodeAt(i + 1))) {
        h = hashRange(text, start, i + 2);
        i += 2;
        while (isAsciiDigit(text.charCodeAt(i))) h = hashStep(h, text.charCodeAt(i++));
      }
      out.push(token(text, start, i, true, h));
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    // One character; a surrogate pair is one, and (as the length test of the pattern this replaced had it) counts as a word.
    const pair = c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    out.push(token(text, i, i + (pair ? 2 : 1), pair, hashRange(text, i, i + (pair ? 2 : 1))));
    i += pair ? 2 : 1;
  }
  return out;
}
