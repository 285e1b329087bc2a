/**
 * The sentence a detector is given (detector.ts `SentenceView`), made by the engine (and by a
 * detector that reads a changed copy of it).
 */
import type { SentenceView } from './detector';
import type { Normalized } from './normalize';
import { type Token, tokenize } from './tokens/tokenize';
import type { Span } from './types';

/** One sentence as the detectors see it; its words are read on first use, once for them all. */
export class Sentence implements SentenceView {
  private words: Token[] | undefined;
  constructor(
    readonly index: number,
    readonly span: Span,
    readonly text: string,
    readonly norm: Normalized,
    readonly wholeLine: boolean,
  ) {}
  get tokens(): Token[] {
    this.words ??= tokenize(this.norm.text);
    return this.words;
  }
}
