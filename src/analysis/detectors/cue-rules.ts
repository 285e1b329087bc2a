/**
 * Ordered cue rules, shared by the detectors that mark a sentence by its first accepted cue
 * (denial, no_comment): the first rule wins, and within a rule the first match its checks accept.
 */
import { compileNow } from '../compile-now';
import { hot } from '../lexicon';
import { PROCLITIC_PREFIXES } from '../tokens/clitics';
import type { Span } from '../types';

export interface CueRule {
  /** Global pattern with a `cue` group for the trigger (the whole match if it has none). */
  pattern: RegExp;
  explanation: string;
  /**
   * Plain text every match of `pattern` holds (a piece of the pattern itself, without its word
   * boundaries): when the sentence lacks it the rule is skipped, its pattern neither run nor, on a
   * page's first sentences, compiled.
   */
  needs: Needs;
  /** Extra checks on the text around the match. */
  accept?: (text: string, cue: Span, match: RegExpExecArray) => boolean;
}

/** Arabic letters (normalised text has no others in its words' proclitics). */
const isArabicLetter = (code: number) => code >= 0x621 && code <= 0x64a;
/**
 * What may stand before a `needs` piece in its word: proclitics (tokens/clitics.ts), then the
 * article, or the article assimilated after ل (`للتعليق`).
 */
const LEADS: ReadonlySet<string> = new Set(
  PROCLITIC_PREFIXES.flatMap((pre) => [pre, `${pre}ال`, ...(pre.endsWith('ل') ? [`${pre}ل`] : [])]),
);
const LONGEST_LEAD = Math.max(...[...LEADS].map((lead) => lead.length));
/** Whether `at` begins a word once its proclitics and article (if any) are set aside. */
function startsWord(t: string, at: number): boolean {
  for (let from = at; from >= Math.max(0, at - LONGEST_LEAD); from--) {
    if (from < at && !LEADS.has(t.slice(from, at))) continue;
    if (from === 0 || !isArabicLetter(t.charCodeAt(from - 1))) return true;
  }
  return false;
}

/** What a rule needs: tested on the sentence before its pattern is run (or compiled). */
export interface Needs {
  test(text: string): boolean;
}

/**
 * A rule's `needs`: any of these plain pattern pieces at the start of a word, after its proclitics
 * and article (`للتعليق`, `وبالنفي`). Most sentences hold a rule's piece only inside other words
 * (`عار` in `اسعار`, `براء` in `الخبراء`, `تنفي` in `تنفيذ`), and a rule that runs compiles its
 * pattern: on a page's first reading, that compiling was most of the denial and no_comment work.
 * The pieces are found by one plain pattern (a lookbehind in it would cost every position of every
 * sentence), the word's start checked by hand where they are.
 */
export function needs(...pieces: string[]): Needs {
  // Run on every sentence of every page: compiled to machine code at once (lexicon.ts `hot`).
  const pattern = hot(new RegExp(pieces.join('|'), 'gu'));
  return {
    test(text) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (startsWord(text, m.index)) return true;
        pattern.lastIndex = m.index + 1;
      }
      return false;
    },
  };
}
/** A piece's end where its pattern ends the word (a weaker test than WE: any non-Arabic-letter). */
export const WORD_END = '(?![\\u0621-\\u064a])';

function cueGroup(m: RegExpExecArray): Span {
  const g = m.indices?.groups?.cue;
  if (g) return { start: g[0], end: g[1] };
  return { start: m.index, end: m.index + m[0].length };
}

/** Rule patterns compiled to machine code so far. */
const PRIMED = new WeakSet<RegExp>();

/** The first accepted cue of the first rule that has one. */
export function firstCue<R extends CueRule>(
  text: string,
  rules: readonly R[],
): { rule: R; cue: Span } | undefined {
  for (const rule of rules) {
    if (!rule.needs.test(text)) continue;
    // A rule that runs once on a page mostly runs again: compiled to machine code on its first run.
    if (!PRIMED.has(rule.pattern)) PRIMED.add(compileNow(rule.pattern));
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const cue = cueGroup(m);
      if (rule.accept && !rule.accept(text, cue, m)) continue;
      return { rule, cue };
    }
  }
  return undefined;
}
