/**
 * The shape every cue detector shares. A detector sees one sentence at a time, in order, and
 * may remember what came before (an unnamed source introduced earlier, the agency last quoted),
 * so a fresh detector is made for every text.
 */
import type { Normalized } from './normalize';
import type { Token } from './tokens/tokenize';
import type { MarkKind, Span } from './types';

export interface SentenceView {
  /** Position of the sentence in the text, from 0. */
  index: number;
  /** The sentence's span in the whole text. */
  span: Span;
  /** The sentence as written. */
  text: string;
  /** The normalised sentence; its map points into `text`. */
  norm: Normalized;
  /** True when the sentence stands alone on its line (a headline, dateline, byline or footer). */
  wholeLine: boolean;
  /**
   * The normalised sentence's words and punctuation, read once on first use and shared by the
   * detectors, with the lexicon readings each token gathers (tokens/tokenize.ts).
   */
  readonly tokens: Token[];
}

/** What a detector found; spans are indices into `SentenceView.norm.text`. */
export interface Finding {
  kind: MarkKind;
  cue: Span;
  /** The source as the article describes it. */
  source?: Span;
  count?: number;
  outlets?: string[];
  explanation: string;
}

export type Detector = (sentence: SentenceView) => Finding[];
export type DetectorFactory = () => Detector;
