/**
 * The piecewise engine: the same analysis as `analyze()`, fed a text a piece at a time, so that a
 * caller (the content script) can give the page a turn between pieces and show marks as they come.
 *
 *   const reader = createReader(text);
 *   for (let at = 0; at < text.length; ) { const to = pieceEnd(text, at, 2000); marks.push(...reader.read(at, to)); at = to; }
 *
 * The detectors are made once per reader, so their discourse memory (`وأضاف المصدر` in the next
 * paragraph) carries across pieces exactly as in one call; a detector that throws on a sentence
 * loses only its findings there, and the sentence is counted in `failures`. Pieces must end on a
 * line or sentence boundary (`pieceEnd` finds one). Marks carry no links (see `analyze`).
 */
import type { DetectorFactory } from './detector';
import { DETECTORS } from './detectors';
import { findMarks, readPiece } from './engine';
import { compileHot, hotWaiting } from './lexicon';
import { splitSentences } from './sentences';
import type { Mark } from './types';

export { capEnd, pieceEnd } from './pieces';

export type { DetectorFactory } from './detector';
// What a page needs besides reading (outlets' names and links): outlet-links.ts.
export { outletById, outletLink, replaceQuery, type SearchEngine } from './outlet-links';

export type { Mark, MarkKind, OutletLink, Span } from './types';
export { MARK_KINDS } from './types';

export interface Reader {
  /** Reads `text[from, to)`, the piece after the last one read; its marks, offsets into the text. */
  read(from: number, to: number): Mark[];
  /** Sentences on which a detector threw, plus pieces that could not be split at all. */
  readonly failures: number;
}

export function createReader(text: string, detectors: readonly DetectorFactory[] = DETECTORS): Reader {
  const running = detectors.map((make) => make());
  const failed = new Set<number>();
  let lostPieces = 0;
  let base = 0;
  return {
    read(from, to) {
      try {
        const piece = readPiece(text, from, to, running, base, (index) => failed.add(index));
        base += piece.sentences;
        return piece.marks;
      } catch {
        // Outside the detectors (splitting, normalising): this piece is lost, the rest go on.
        lostPieces += 1;
        try {
          base += splitSentences(text.slice(from, to)).length;
        } catch {
          // Sentence numbers drift; memory across this gap was lost anyway.
        }
        return [];
      }
    },
    get failures() {
      return failed.size + lostPieces;
    },
  };
}

/** One sentence (our own) with a cue of every kind, for each detector's first run. */
const WARM_UP_TEXT = 'وقال مصدر مطلع لوكالة رويترز إن الوزارة نفت التقرير، ولم ترد الشركة على طلب للتعليق.';

/**
 * Each detector's first run, one step per detector, fresh (no memory carried into a real
 * reading): a caller may give the page a turn between steps, so that the cost of a first run
 * (compiling its patterns) is not paid in one task.
 */
export function warmUpSteps(detectors: readonly DetectorFactory[] = DETECTORS): (() => void)[] {
  // First the gates' compiling to machine code (lexicon.ts `hot`), a few patterns a step.
  const compiling = Array.from({ length: Math.ceil(hotWaiting() / HOT_PER_STEP) }, () => () => {
    compileHot(HOT_PER_STEP);
  });
  const firstRuns = detectors.map((make) => () => {
    try {
      findMarks(WARM_UP_TEXT, [make]);
    } catch {
      // A detector that fails here fails (and is counted) in the real reading.
    }
  });
  return [...compiling, ...firstRuns];
}
/** Hot patterns compiled in one warm-up step (71 of them took 4–7 ms in all, in node). */
const HOT_PER_STEP = 40;
