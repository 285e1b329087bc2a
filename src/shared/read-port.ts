/**
 * The reading of a page's text by the engine in the background (background/reader.ts), asked for
 * by the content script over one port per reading: the page's main thread then only reads the
 * page and paints, and the engine, set up once in the background, is not loaded, compiled and
 * warmed up again in every tab. The text never leaves the extension.
 *
 * On the port, the content script sends the text once, then asks for pieces of it, each from one
 * of its readers (a reader carries the detectors' memory from piece to piece; a reading may use two:
 * the viewport's text read ahead, and the whole text in order). Every request is answered once,
 * in order, with its id. A wire mark's links to the original report are asked for on a port too
 * (`links`): the link builder's gazetteer is set up once in the background, not in every page.
 */
import type { LinkOptions } from '../analysis/links';
import type { Mark, OutletLink } from '../analysis/types';

export const READ_PORT = 'anl-read';
/**
 * Opened by the gate on a page that may be Arabic, before the rest of the content script loads:
 * the background starts (if stopped) and sets up its engine meanwhile, then closes it.
 */
export const WAKE_PORT = 'anl-wake';

/** Content script → background. */
export type ToReader =
  | { type: 'text'; text: string }
  | { type: 'read'; id: number; reader: number; from: number; to: number }
  | { type: 'links'; id: number; mark: Mark; options: LinkOptions };

/** Background → content script: the marks of `text[from, to)`, offsets into the whole text. */
export type FromReader =
  | { type: 'marks'; id: number; marks: Mark[]; failures: number }
  /** A wire mark's links, worked out over the text sent. */
  | { type: 'links'; id: number; links: OutletLink[] }
  /** The request could not be read (no text sent, or a piece out of order). */
  | { type: 'refused'; id: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** What the link builder reads of a mark: its place and kind (the rest it only passes on). */
const isMark = (value: unknown): value is Mark =>
  isObject(value) && typeof value.kind === 'string' && isCount(value.start) && isCount(value.end);

export function isToReader(value: unknown): value is ToReader {
  if (!isObject(value)) return false;
  if (value.type === 'text') return typeof value.text === 'string';
  if (value.type === 'read')
    return isCount(value.id) && isCount(value.reader) && isCount(value.from) && isCount(value.to);
  if (value.type === 'links') return isCount(value.id) && isMark(value.mark) && isObject(value.options);
  return false;
}

export function isFromReader(value: unknown): value is FromReader {
  if (!isObject(value) || !isCount(value.id)) return false;
  if (value.type === 'marks') return Array.isArray(value.marks) && isCount(value.failures);
  if (value.type === 'links') return Array.isArray(value.links);
  return value.type === 'refused';
}
