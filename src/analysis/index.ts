/**
 * The engine: `analyze(text)` returns the marks of ANNOTATION.md with offsets into `text`.
 * Pure and DOM-free; the content script, the CLI and the tests all call this same engine.
 */
import { findMarks } from './engine';
import type { Mark } from './types';

export type { Mark, MarkKind, OutletLink, Span } from './types';
export { MARK_KINDS } from './types';

export interface AnalyzeOptions {
  /** Publication date of the article (ISO 8601), to bound searches for the original report. */
  date?: string;
  /** Address of the article page. */
  url?: string;
}

/** Analyse plain article text; one mark per marked sentence and kind, in text order. */
export function analyze(text: string, _options: AnalyzeOptions = {}): Mark[] {
  return findMarks(text);
}
