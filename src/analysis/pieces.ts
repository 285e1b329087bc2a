/**
 * Where a piece of a text may end, for reading it a piece at a time (incremental.ts): on a line
 * or sentence boundary, so that sentences split exactly as over the whole text. Apart from the
 * engine (it needs only the sentence splitter), so that a caller which has the reading done
 * elsewhere — the content script, whose engine runs in the background — cuts the same pieces
 * without loading the detectors.
 */
import { splitSentences } from './sentences';

/** How far past a piece's size a sentence may run before it is cut at a space. */
const STRETCH = 4;

/**
 * Where the piece starting at `from` ends: after the last line break inside `max` characters;
 * in a longer line, at the last sentence boundary the engine's own splitter sees (looking up to
 * `stretch` times further so that a long quotation is not cut); failing that, at a space.
 */
export function pieceEnd(text: string, from: number, max: number, stretch = STRETCH): number {
  const limit = Math.min(text.length, from + max);
  if (limit === text.length) return limit;
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline >= from) return newline + 1;
  const lineBreak = text.indexOf('\n', limit);
  const lineEnd = lineBreak < 0 ? text.length : lineBreak + 1;
  const far = Math.min(lineEnd, from + max * stretch);
  const starts = splitSentences(text.slice(from, far))
    .map((s) => s.start)
    .filter((s) => s > 0);
  const inside = starts.filter((s) => s <= max);
  const cut = inside[inside.length - 1] ?? starts[0];
  if (cut !== undefined) return from + cut;
  if (far === lineEnd) return lineEnd;
  // No sentence end at all (a run of words): cut at a space, never inside a surrogate pair.
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= from) return space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff && limit - 1 > from ? limit - 1 : limit;
}

/** The end of the analysed text: at most `cap` characters, on a line or sentence boundary. */
export function capEnd(text: string, cap: number): number {
  if (text.length <= cap) return text.length;
  return pieceEnd(text, 0, cap, 1);
}
