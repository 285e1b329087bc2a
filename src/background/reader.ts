/**
 * The engine's side of a reading asked for by a content script (shared/read-port.ts): one host per
 * port, holding the text and a piecewise reader (analysis/incremental.ts) per reader number, so
 * that the detectors' memory carries from piece to piece as in one call, and the wire marks' links
 * worked out over the same text. The engine and the link builder are set up once in the
 * background, for every tab, instead of in each page.
 */
import { createReader, type Reader, warmUpSteps } from '../analysis/incremental';
import { linksForMark } from '../analysis/links';
import { type FromReader, isToReader } from '../shared/read-port';

let warm = false;

/**
 * Sets up the engine once: its hot patterns compiled and each detector's first run done, so that
 * the first page's text is read at full speed (a page's gate asks for it as it starts, WAKE_PORT).
 */
export function warmUpEngine(): void {
  if (warm) return;
  warm = true;
  for (const step of warmUpSteps()) step();
}

/** Answers one port's messages, in order; undefined for a message that needs no answer. */
export function readerHost(): (message: unknown) => FromReader | undefined {
  let text: string | null = null;
  const readers = new Map<number, { reader: Reader; at: number }>();
  return (message) => {
    if (!isToReader(message)) return undefined;
    if (message.type === 'text') {
      text = message.text;
      readers.clear();
      return undefined;
    }
    const { id } = message;
    if (text === null) return { type: 'refused', id };
    if (message.type === 'links') {
      try {
        return { type: 'links', id, links: linksForMark(text, message.mark, message.options) };
      } catch {
        return { type: 'refused', id };
      }
    }
    const { from, to } = message;
    if (from > to || to > text.length) return { type: 'refused', id };
    let entry = readers.get(message.reader);
    if (!entry) {
      entry = { reader: createReader(text), at: from };
      readers.set(message.reader, entry);
    }
    // A reader's pieces follow one another: its memory is of the text just before.
    if (from !== entry.at) return { type: 'refused', id };
    try {
      const marks = entry.reader.read(from, to);
      entry.at = to;
      return { type: 'marks', id, marks, failures: entry.reader.failures };
    } catch {
      return { type: 'refused', id };
    }
  };
}
