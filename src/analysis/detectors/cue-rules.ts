/**
 * Ordered cue rules, shared by the detectors that mark a sentence by its first accepted cue
 * (denial, no_comment): the first rule wins, and within a rule the first match its checks accept.
 */
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
  needs: RegExp;
  /** Extra checks on the text around the match. */
  accept?: (text: string, cue: Span, match: RegExpExecArray) => boolean;
}

/** A rule's `needs`: any of these plain pattern pieces. */
export const needs = (...pieces: string[]): RegExp => new RegExp(pieces.join('|'), 'u');

function cueGroup(m: RegExpExecArray): Span {
  const g = m.indices?.groups?.cue;
  if (g) return { start: g[0], end: g[1] };
  return { start: m.index, end: m.index + m[0].length };
}

/** The first accepted cue of the first rule that has one. */
export function firstCue<R extends CueRule>(
  text: string,
  rules: readonly R[],
): { rule: R; cue: Span } | undefined {
  for (const rule of rules) {
    if (!rule.needs.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const cue = cueGroup(m);
      if (rule.accept && !rule.accept(text, cue, m)) continue;
      return { rule, cue };
    }
  }
  return undefined;
}
