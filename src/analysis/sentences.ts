/**
 * Sentence splitting with offsets into the original text (ANNOTATION.md, "Sentences").
 *
 * A sentence ends at `.`, `؟`, `?`, `!`, `؛`, `;` or a line break. A full stop does not end a
 * sentence inside a number (`3.5`), an abbreviation of single letters (`أ.ف.ب`, the title `د.`), or a word
 * (`العربية.نت`, `reuters.com`). Terminators inside a short quotation do not split it, so a
 * quoted statement stays with the verb that introduces it. The scan is linear in the text.
 */
import type { Span } from './types';
import { isWordCode } from './word-chars';

/** Longest quotation (in visible characters) kept whole; longer or unclosed quotes split normally. */
const SHORT_QUOTE = 200;

const TERMINATORS = new Set(['.', '؟', '?', '!', '؛', ';']);
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']', '}', '›']);
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“', '‹': '›' };

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0';
const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9٠-٩۰-۹]/.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && isWordCode(ch.charCodeAt(0));
// Diacritics and tatweel may sit between a letter and a dot.
const isMark = (ch: string | undefined) => ch !== undefined && /[\u064b-\u065f\u0670\u0640]/.test(ch);

/** Characters a reader does not see: vowel signs, tatweel, zero-width and bidi controls. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

/**
 * Finds where the quotations of one line close. "Soon" counts visible characters only, so
 * vowelling a quotation does not make it split. Linear per line, however many quotes open and
 * never close: the next position of each closer is remembered (openers come in text order), and
 * visible characters are counted with prefix sums built only when a long quote needs them.
 */
class QuoteCloser {
  private visibleUpTo: Int32Array | undefined;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
    /** Next position of each closer in the whole text (text.length if none), shared by all lines. */
    private readonly next: Map<string, number>,
  ) {}

  /** Index of the closing quote for the opener at `open`, or -1 if it does not close soon on this line. */
  close(open: number): number {
    const closer = PAIRS[this.text[open] as string];
    if (closer === undefined) return -1;
    let at = this.nextOf(closer, open + 1);
    if (closer === '”') at = Math.min(at, this.nextOf('"', open + 1));
    if (at >= this.to) return -1;
    if (at - open - 1 < SHORT_QUOTE - 1) return at;
    return this.visibleBetween(open + 1, at) < SHORT_QUOTE - 1 ? at : -1;
  }

  /** First index ≥ `at` holding `ch` on this line (`to` if none); `at` never decreases between calls. */
  private nextOf(ch: string, at: number): number {
    let known = this.next.get(ch);
    if (known === undefined || known < at) {
      // Lines come in order, so the whole text is searched once per closer, whatever the lines.
      known = this.text.indexOf(ch, at);
      if (known < 0) known = this.text.length;
      this.next.set(ch, known);
    }
    return Math.min(known, this.to);
  }

  private visibleBetween(start: number, end: number): number {
    if (!this.visibleUpTo) {
      const counts = new Int32Array(this.to - this.from + 1);
      for (let i = this.from; i < this.to; i++)
        counts[i - this.from + 1] =
          (counts[i - this.from] as number) + (isInvisible(this.text.charCodeAt(i)) ? 0 : 1);
      this.visibleUpTo = counts;
    }
    return (this.visibleUpTo[end - this.from] as number) - (this.visibleUpTo[start - this.from] as number);
  }
}

/** One-letter titles: د (doctor), أ (professor, as in `أ. د.`). */
const TITLE_LETTERS = new Set(['د', 'أ']);

/** Is the full stop at `i` inside a number, an abbreviation or a word rather than a sentence end? */
function isInnerDot(text: string, i: number): boolean {
  const next = text[i + 1];
  let p = i - 1;
  while (p >= 0 && isMark(text[p])) p--;
  const prev = text[p];
  if (isDigit(prev) && isDigit(next)) return true;
  // `العربية.نت`, `reuters.com`, `أ.ف.ب`: a letter right after the dot.
  if (isLetter(prev) && isLetter(next)) return true;
  let before = p - 1;
  while (before >= 0 && isMark(text[before])) before--;
  // A letter standing alone (`صُدّ.` is a word: its vowel signs are not spaces).
  if (isLetter(prev) && !isLetter(text[before]) && isSpace(next) && isLetter(text[i + 2])) {
    // `د. خالد`, `أ. د. سامي`: a title (doctor, professor) abbreviated to one letter before a name.
    if (TITLE_LETTERS.has(prev as string)) return true;
    // `(أ. ف. ب)`, `د. ب. أ`: spaced single letters of an agency's initials.
    if (text[i + 3] === '.' || text[i + 3] === ')') return true;
  }
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
  const closers = new Map<string, number>();
  const specials: Specials = { next: -1 };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out, closers, specials);
    lineStart = lineEnd + 1;
  }
  return out;
}

const OPENER = 1;
const TERMINATOR = 2;
/** For each UTF-16 code unit: may it open a quotation, may it end a sentence (bit flags). */
const KIND = new Uint8Array(0x10000);
for (const ch of Object.keys(PAIRS)) KIND[ch.charCodeAt(0)] = OPENER;
for (const ch of TERMINATORS) KIND[ch.charCodeAt(0)] = (KIND[ch.charCodeAt(0)] as number) | TERMINATOR;

/** Where the next opener or terminator is, from a search that lines share (they come in order). */
interface Specials {
  next: number;
}
const SPECIAL = /[«“"„‹.؟?!؛;]/g;

function nextSpecial(text: string, at: number, specials: Specials): number {
  if (specials.next < at) {
    SPECIAL.lastIndex = at;
    specials.next = SPECIAL.exec(text)?.index ?? text.length;
  }
  return specials.next;
}

function splitLine(
  text: string,
  from: number,
  to: number,
  out: Span[],
  closers: Map<string, number>,
  specials: Specials,
): void {
  let start = from;
  let quoteEnd = -1;
  const quotes = new QuoteCloser(text, from, to, closers);
  // Most characters are neither openers nor terminators: the engine's search skips them.
  for (let i = nextSpecial(text, from, specials); i < to; i = nextSpecial(text, i + 1, specials)) {
    if (i <= quoteEnd) {
      i = quoteEnd;
      continue;
    }
    const kind = KIND[text.charCodeAt(i)] as number;
    const ch = text[i] as string;
    if (kind & OPENER) {
      const close = quotes.close(i);
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
