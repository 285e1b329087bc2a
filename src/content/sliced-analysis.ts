/**
 * Runs the engine over a page's article text in small pieces, so that the page stays
 * responsive and one failure does not cost the whole page:
 *
 * - pieces are whole lines (blocks), so sentences split exactly as over the whole text; a line
 *   longer than a piece is cut after a sentence end (or, failing that, at a space);
 * - the detectors are made once and fed every piece in order, with sentence numbers and
 *   whole-line flags of the whole text, so their discourse memory (`وأضاف المصدر` in the next
 *   paragraph) carries across pieces exactly as it does in one `findMarks` call;
 * - a detector that throws loses only its findings on that sentence; the sentence is counted;
 * - work yields to the page between slices of a few milliseconds; before the first slice each
 *   detector reads one sentence on its own, a turn apart, so that the cost of its first run
 *   (compiling its patterns: tens of milliseconds for all four) is not paid in one task;
 * - only the first `cap` characters are analysed.
 */
import type { DetectorFactory, Finding, SentenceView } from '../analysis/detector';
import { DETECTORS } from '../analysis/detectors';
import { findMarks } from '../analysis/engine';
import { splitSentences } from '../analysis/sentences';
import type { Mark } from '../analysis/types';

import { nextTurn } from './next-turn';
import { TEXT_CAP } from './text-cap';

export { TEXT_CAP };
/** Characters per engine call; the engine reads a few hundred characters a millisecond. */
export const PIECE_CHARS = 2_000;
/** Work this long, then give the page a turn. */
export const SLICE_MS = 15;

export interface SlicedOptions {
  detectors?: readonly DetectorFactory[];
  cap?: number;
  pieceChars?: number;
  sliceMs?: number;
  /** Resolves when work may go on (default: after a turn given to the page). */
  pause?: () => Promise<void>;
  /** True when this run is no longer wanted (a newer reading, the extension gone). */
  cancelled?: () => boolean;
  now?: () => number;
}

export interface Analysis {
  marks: Mark[];
  /** Sentences (or pieces) on which the engine threw; their marks may be missing. */
  failures: number;
  /** Characters analysed: `total` unless the text was over the cap. */
  analysed: number;
  total: number;
}

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

function isWholeLine(text: string, start: number, end: number): boolean {
  const before = start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, start - 8), start));
  const after = end === text.length || /^[ \t]*(\n|$)/.test(text.slice(end, end + 8));
  return before && after;
}

function shift(mark: Mark, by: number): Mark {
  return {
    ...mark,
    start: mark.start + by,
    end: mark.end + by,
    cue: { ...mark.cue, start: mark.cue.start + by, end: mark.cue.end + by },
  };
}

/** One sentence (our own) with a cue of every kind, for each detector's first run. */
const WARM_UP_TEXT = 'وقال مصدر مطلع لوكالة رويترز إن الوزارة نفت التقرير، ولم ترد الشركة على طلب للتعليق.';

/**
 * Runs each detector alone, fresh (no memory carried into the real run), on one sentence, a turn
 * apart. False when cancelled.
 */
async function warmUp(
  detectors: readonly DetectorFactory[],
  pause: () => Promise<void>,
  cancelled: () => boolean,
): Promise<boolean> {
  for (const make of detectors) {
    try {
      findMarks(WARM_UP_TEXT, [make]);
    } catch {
      // A detector that fails here fails (and is counted) in the real run.
    }
    await pause();
    if (cancelled()) return false;
  }
  return true;
}

/** Analyses `text` piece by piece; null when cancelled before the end. */
export async function analyseSliced(text: string, options: SlicedOptions = {}): Promise<Analysis | null> {
  const {
    detectors = DETECTORS,
    cap = TEXT_CAP,
    pieceChars = PIECE_CHARS,
    sliceMs = SLICE_MS,
    pause = () => nextTurn(),
    cancelled = () => false,
    now = () => performance.now(),
  } = options;
  if (!(await warmUp(detectors, pause, cancelled))) return null;
  const end = capEnd(text, cap);
  const marks: Mark[] = [];
  const failed = new Set<number>();
  let pieceFailures = 0;
  // Made once: their memory runs across pieces.
  const live = detectors.map((make) => make());
  let offset = 0;
  let sentenceBase = 0;
  let sliceStart = now();

  while (offset < end) {
    const stop = Math.min(end, pieceEnd(text, offset, Math.min(pieceChars, end - offset)));
    const piece = text.slice(offset, stop);
    let seen = 0;
    const base = sentenceBase;
    const at = offset;
    const guarded = live.map((detect) => (): ((view: SentenceView) => Finding[]) => (view) => {
      seen = Math.max(seen, view.index + 1);
      const start = view.span.start + at;
      const finish = view.span.end + at;
      const whole: SentenceView = {
        ...view,
        index: view.index + base,
        span: { start, end: finish },
        wholeLine: isWholeLine(text, start, finish),
      };
      try {
        return detect(whole);
      } catch {
        failed.add(whole.index);
        return [];
      }
    });
    try {
      for (const mark of findMarks(piece, guarded)) marks.push(shift(mark, at));
      sentenceBase += live.length > 0 ? seen : 0;
    } catch {
      // Outside the detectors (splitting, normalising): this piece is lost, the rest go on.
      pieceFailures += 1;
      try {
        sentenceBase += splitSentences(piece).length;
      } catch {
        sentenceBase += seen;
      }
    }
    offset = stop;
    if (offset < end && now() - sliceStart >= sliceMs) {
      await pause();
      if (cancelled()) return null;
      sliceStart = now();
    }
  }
  return { marks, failures: failed.size + pieceFailures, analysed: end, total: text.length };
}
