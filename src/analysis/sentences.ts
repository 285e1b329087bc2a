/**
 * Sentence splitting with offsets into the original text (ANNOTATION.md, "Sentences").
 *
 * A sentence ends at `.`, `؟`, `?`, `!`, `؛`, `;` or a line break. A full stop does not end a
 * sentence inside a number (`3.5`), an abbreviation of single letters (`أ.ف.ب`), or a word
 * (`العربية.نت`, `reuters.com`). Terminators inside a short quotation do not split it, so a
 * quoted statement stays with the verb that introduces it. The scan is linear in the text.
 */
import type { Span } from './types';

/** Longest quotation (in visible characters) kept whole; longer or unclosed quotes split normally. */
const SHORT_QUOTE = 200;

const TERMINATORS = new Set(['.', '؟', '?', '!', '؛', ';']);
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']', '}', '›']);
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“', '‹': '›' };

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0';
const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9٠-٩۰-۹]/.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
// Diacritics and tatweel may sit between a letter and a dot.
const isMark = (ch: string | undefined) => ch !== undefined && /[\u064b-\u065f\u0670\u0640]/.test(ch);

// Characters a reader does not see: vowel signs, tatweel, zero-width and bidi controls.
const isInvisible = (ch: string | undefined) =>
  ch !== undefined &&
  /[\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]/.test(ch);

/**
 * Where the quotation opened at `open` closes, if it does so soon and on the same line.
 * "Soon" counts visible characters only, so vowelling a quotation does not make it split.
 * Still linear overall: an invisible character is scanned by at most SHORT_QUOTE openers.
 */
function closingQuote(text: string, open: number, lineEnd: number): number {
  const closer = PAIRS[text[open] as string];
  if (closer === undefined) return -1;
  let visible = 0;
  for (let i = open + 1; i < lineEnd; i++) {
    const ch = text[i];
    if (ch === closer || (closer === '”' && ch === '"')) return i;
    if (!isInvisible(ch) && ++visible >= SHORT_QUOTE - 1) break;
  }
  return -1;
}

/** Is the full stop at `i` inside a number, an abbreviation or a word rather than a sentence end? */
function isInnerDot(text: string, i: number): boolean {
  const next = text[i + 1];
  let p = i - 1;
  while (p >= 0 && isMark(text[p])) p--;
  const prev = text[p];
  if (isDigit(prev) && isDigit(next)) return true;
  // `العربية.نت`, `reuters.com`, `أ.ف.ب`: a letter right after the dot.
  if (isLetter(prev) && isLetter(next)) return true;
  // The last dot of `أ.ف.ب.` or `د.ب.أ.`: a single letter that follows another dot.
  if (isLetter(prev) && text[p - 1] === '.' && isLetter(text[p - 2])) {
    let q = p - 2;
    while (q >= 0 && isMark(text[q])) q--;
    return !isLetter(text[q - 1]);
  }
  return false;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Split `text` into sentences; spans are trimmed and never empty. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  let quoteEnd = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (i <= quoteEnd) continue;
    if (ch in PAIRS) {
      const close = closingQuote(text, i, to);
      if (close > 0) {
        quoteEnd = close;
        continue;
      }
    }
    if (!TERMINATORS.has(ch)) continue;
    if (ch === '.' && isInnerDot(text, i)) continue;
    let end = i + 1;
    while (end < to && (TERMINATORS.has(text[end] as string) || CLOSERS.has(text[end] as string))) end++;
    pushTrimmed(out, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(out, text, start, to);
}
