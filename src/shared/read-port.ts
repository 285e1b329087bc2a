/**
 * The reading of a page's text by the engine in the background (background/reader.ts), asked for
 * by the content script over one port per reading: the page's main thread then only reads the
 * page and paints, and the engine, set up once in the background, is not loaded, compiled and
 * warmed up again in every tab. The text never leaves the extension.
 *
 * On the port, the content script sends the text once, then asks for pieces of it, each from one
 * of its readers (a reader carries the detectors' memory from piece to piece; a reading may use two:
 * the viewport's text read ahead, and the whole text in order). Every request is answered once,
 * in order, with its id.
 */
import type { Mark } from '../analysis/types';

export const READ_PORT = 'anl-read';

/** Content script → background. */
export type ToReader =
  | { type: 'text'; text: string }
  | { type: 'read'; id: number; reader: number; from: number; to: number };

/** Background → content script: the marks of `text[from, to)`, offsets into the whole text. */
export type FromReader =
  | { type: 'marks'; id: number; marks: Mark[]; failures: number }
  /** The request could not be read (no text sent, or a piece out of order). */
  | { type: 'refused'; id: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

export function isToReader(value: unknown): value is ToReader {
  if (!isObject(value)) return false;
  if (value.type === 'text') return typeof value.text === 'string';
  if (value.type === 'read')
    return isCount(value.id) && isCount(value.reader) && isCount(value.from) && isCount(value.to);
  return false;
}

export function isFromReader(value: unknown): value is FromReader {
  if (!isObject(value) || !isCount(value.id)) return false;
  if (value.type === 'marks') return Array.isArray(value.marks) && isCount(value.failures);
  return value.type === 'refused';
}
