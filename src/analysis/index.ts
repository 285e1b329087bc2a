/**
 * The engine: `analyze(text)` returns the marks of ANNOTATION.md with offsets into `text`.
 * Pure and DOM-free; the content script, the CLI and the tests all call this same engine.
 */
import { findMarks } from './engine';
import { attachLinks, type LinkOptions } from './links';
import type { Mark } from './types';

export type { Mark, MarkKind, OutletLink, Span } from './types';
export { MARK_KINDS } from './types';

export interface AnalyzeOptions extends LinkOptions {
  /** Publication date of the article (ISO 8601), to bound searches for the original report. */
  date?: string;
  /** Address of the article page. */
  url?: string;
}

/**
 * Analyse plain article text; one mark per marked sentence and kind, in text order. Wire marks
 * carry `links` to the original report (searches bounded by `options.date`, or a dateline).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Mark[] {
  return attachLinks(text, findMarks(text), options);
}
