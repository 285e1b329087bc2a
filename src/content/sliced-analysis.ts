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
import {
  capEnd,
  createReader,
  type DetectorFactory,
  type Mark,
  pieceEnd,
  warmUpSteps,
} from '../analysis/incremental';
import { nextTurn } from './next-turn';
import { TEXT_CAP } from './text-cap';

export { capEnd, pieceEnd, TEXT_CAP };
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

/** Analyses `text` piece by piece; null when cancelled before the end. */
export async function analyseSliced(text: string, options: SlicedOptions = {}): Promise<Analysis | null> {
  const {
    detectors,
    cap = TEXT_CAP,
    pieceChars = PIECE_CHARS,
    sliceMs = SLICE_MS,
    pause = () => nextTurn(),
    cancelled = () => false,
    now = () => performance.now(),
  } = options;
  // Each detector's first run a turn apart, so that compiling its patterns is not one long task.
  for (const step of warmUpSteps(detectors)) {
    step();
    await pause();
    if (cancelled()) return null;
  }
  const end = capEnd(text, cap);
  const marks: Mark[] = [];
  const reader = createReader(text, detectors);
  let offset = 0;
  let sliceStart = now();
  while (offset < end) {
    const stop = Math.min(end, pieceEnd(text, offset, Math.min(pieceChars, end - offset)));
    for (const mark of reader.read(offset, stop)) marks.push(mark);
    offset = stop;
    if (offset < end && now() - sliceStart >= sliceMs) {
      await pause();
      if (cancelled()) return null;
      sliceStart = now();
    }
  }
  return { marks, failures: reader.failures, analysed: end, total: text.length };
}
