/** Does a sentence stand alone on its line (a headline, dateline, byline or footer)? */
import type { Span } from './types';

const isBlank = (code: number) => code === 0x20 || code === 0x09;
const LINE_FEED = 0x0a;
/** How many spaces or tabs may stand between the sentence and the line break. */
const REACH = 8;

/** True when a line break (or the text's edge) is within REACH spaces or tabs on either side. */
export function isWholeLine(text: string, span: Span): boolean {
  if (span.start > 0) {
    let i = span.start - 1;
    const floor = Math.max(0, span.start - REACH);
    while (i >= floor && isBlank(text.charCodeAt(i))) i--;
    if (i < floor || text.charCodeAt(i) !== LINE_FEED) return false;
  }
  if (span.end < text.length) {
    let i = span.end;
    const ceiling = Math.min(text.length, span.end + REACH);
    while (i < ceiling && isBlank(text.charCodeAt(i))) i++;
    // REACH blanks in a row count as the end of the line, as they always have.
    if (i < ceiling && text.charCodeAt(i) !== LINE_FEED) return false;
  }
  return true;
}
