/**
 * Reads a page's article text in small pieces, with an engine given by the caller (the
 * background's, or the one loaded in the page: sliced-analysis.ts), so that the page stays
 * responsive and one failure does not cost the whole page:
 *
 * - pieces are whole lines (blocks), so sentences split exactly as over the whole text; a line
 *   longer than a piece is cut after a sentence end (or, failing that, at a space);
 * - the detectors are made once and fed every piece in order, with sentence numbers and
 *   whole-line flags of the whole text, so their discourse memory (`وأضاف المصدر` in the next
 *   paragraph) carries across pieces exactly as it does in one `findMarks` call;
 * - a detector that throws loses only its findings on that sentence; the sentence is counted;
 * - work yields to the page between slices of a few milliseconds; before the first slice, an
 *   engine set up in the page has each detector read one sentence on its own, a turn apart, so that the cost of its first run
 *   (compiling its patterns: tens of milliseconds for all four) is not paid in one task; the
 *   first pieces are small and grow, for the same reason (the engine's first readings are slow);
 * - marks are told as they are found (`onProgress`), so that the first screenful can be painted
 *   long before the end; when the viewport starts further down the text, its text is read first,
 *   out of order, by detectors of its own (`ahead`): those marks lack what only an in-order
 *   reading knows (a source named in an earlier paragraph), so they are shown until the in-order
 *   reading gets there, and the result is always exactly that of one in-order reading;
 * - only the first `cap` characters are analysed.
 */
import type { DetectorFactory, Mark } from '../analysis/incremental';
import { capEnd, pieceEnd } from '../analysis/pieces';
import { nextTurn } from './next-turn';
import { TEXT_CAP } from './text-cap';

/** Characters per engine call; the engine reads a few hundred characters a millisecond. */
export const PIECE_CHARS = 2_000;
/** The first piece: a paragraph or two. Each next piece is twice as long, up to PIECE_CHARS. */
export const FIRST_PIECE_CHARS = 500;
/** Work this long, then give the page a turn. */
export const SLICE_MS = 10;

/** What has been found so far (see `onProgress`). */
export interface Progress {
  /** The marks of text[0, readTo): final, what one in-order reading finds there. */
  marks: readonly Mark[];
  readTo: number;
  /**
   * Marks of the viewport's text, read ahead of the in-order reading by detectors that have not
   * seen the text before it: provisional, to show until `readTo` passes them.
   */
  ahead: readonly Mark[];
  /** The text [from, to) read ahead; null when nothing was. */
  aheadSpan: { from: number; to: number } | null;
}

/** The stretch of the text [from, to) on the reader's screen. */
export interface Viewport {
  from: number;
  to: number;
}

/** The viewport the options give, measured now if it is a function. */
export function viewportOf(options: SlicedOptions): Viewport | undefined {
  const { viewport } = options;
  return (typeof viewport === 'function' ? viewport() : viewport) ?? undefined;
}

export interface SlicedOptions {
  /** The detectors, for an engine loaded in the page (tests); the background's are its own. */
  detectors?: readonly DetectorFactory[];
  cap?: number;
  pieceChars?: number;
  firstPieceChars?: number;
  sliceMs?: number;
  /**
   * The text [from, to) the reader sees. When it starts past the first piece it is read first
   * (`ahead`); either way the page is given a turn (after `onProgress`) as soon as the in-order
   * reading has passed `to`. A function is asked only if the first piece does not hold the whole
   * text (measuring the screen may lay the page out).
   */
  viewport?: Viewport | (() => Viewport | null);
  /**
   * Told what has been found whenever the page is about to be given a turn, while it returns
   * true; the marks it is given are those of the whole reading so far (see `Progress`).
   */
  onProgress?: (progress: Progress) => boolean;
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

/** Where the line holding `at` starts (a piece may start there). */
function lineStart(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

/** Reads the pieces it is given in order, carrying the detectors' memory from one to the next. */
export interface PieceReader {
  /** The marks of `text[from, to)`, the piece after the last one read; offsets into the text. */
  read(from: number, to: number): Mark[] | Promise<Mark[]>;
  /** Sentences (or pieces) on which the engine threw so far. */
  readonly failures: number;
}

/** What does the reading: a new reader for each pass over the text, and the engine's first runs. */
export interface SlicedEngine {
  reader(): PieceReader;
  /** Steps to take a turn apart before the first piece (an engine set up in the page). */
  warmUp?: () => (() => void)[];
}

/** Reads `text` piece by piece; null when cancelled before the end. */
export async function readInSlices(
  text: string,
  options: SlicedOptions,
  engine: SlicedEngine,
): Promise<Analysis | null> {
  const {
    cap = TEXT_CAP,
    pieceChars = PIECE_CHARS,
    firstPieceChars = FIRST_PIECE_CHARS,
    sliceMs = SLICE_MS,
    onProgress,
    pause = () => nextTurn(),
    cancelled = () => false,
    now = () => performance.now(),
  } = options;
  // An engine in the page: a turn first, then its warm-up steps (each detector's first run) a turn
  // apart, so that compiling its patterns is not one long task. The background's starts at once.
  if (engine.warmUp) {
    await pause();
    if (cancelled()) return null;
    for (const step of engine.warmUp()) {
      step();
      await pause();
      if (cancelled()) return null;
    }
  }
  const end = capEnd(text, cap);
  const marks: Mark[] = [];
  const ahead: Mark[] = [];
  let aheadSpan: Progress['aheadSpan'] = null;
  let offset = 0;
  let telling = onProgress !== undefined;
  const tell = () => {
    if (telling && onProgress) telling = onProgress({ marks, readTo: offset, ahead, aheadSpan });
  };
  let size = Math.min(firstPieceChars, pieceChars);
  // Only a text longer than the first piece is read with the screen in mind.
  const viewport = end > size ? viewportOf(options) : undefined;
  /** Asks `reader` for the piece starting at `from` (each piece twice the last, up to pieceChars). */
  const ask = (reader: PieceReader, from: number): Asked => {
    const stop = Math.min(end, pieceEnd(text, from, Math.min(size, end - from)));
    const result = reader.read(from, stop);
    size = Math.min(pieceChars, size * 2);
    return { stop, result };
  };
  /** Adds a piece's marks to `into`, awaiting them only from a reader that answers later. */
  const take = async ({ result }: Asked, into: Mark[]) => {
    for (const mark of Array.isArray(result) ? result : await result) into.push(mark);
  };
  /** Reads the piece starting at `from` into `into`; where the next piece starts. */
  const readNext = async (reader: PieceReader, from: number, into: Mark[]) => {
    const piece = ask(reader, from);
    await take(piece, into);
    return piece.stop;
  };
  let sliceStart = now();
  const turn = async () => {
    tell();
    await pause();
    sliceStart = now();
    return !cancelled();
  };
  // The viewport first, when the in-order reading would not reach it with its first piece.
  if (viewport && onProgress && viewport.from >= size && viewport.from < end) {
    const from = lineStart(text, viewport.from);
    const to = Math.min(end, Math.max(viewport.to, from + 1));
    const reader = engine.reader();
    let at = from;
    while (at < to) {
      at = await readNext(reader, at, ahead);
      if (at < to && now() - sliceStart >= sliceMs && !(await turn())) return null;
    }
    aheadSpan = { from, to: at };
    if (!(await turn())) return null;
  }
  const reader = engine.reader();
  let viewportRead = viewport === undefined;
  /** The next piece, asked for before the answer about the one before it came (see below). */
  let asked: Asked | null = null;
  while (offset < end) {
    const current: Asked = asked ?? ask(reader, offset);
    // A reader that answers later (the background's, over a port, in order) is asked for the next
    // piece at once, so that its reading overlaps the way back of this one's answer and the page's
    // turn; a reader in the page reads when asked, so it is asked one piece at a time.
    asked = current.stop < end && !Array.isArray(current.result) ? ask(reader, current.stop) : null;
    // (Its failure is handled where it is awaited; until then it is no unhandled rejection.)
    if (asked && !Array.isArray(asked.result)) asked.result.catch(() => undefined);
    await take(current, marks);
    offset = current.stop;
    // The first screenful complete: show it now rather than at the end of the slice.
    const justRead = !viewportRead && viewport !== undefined && offset >= viewport.to;
    if (justRead) viewportRead = true;
    if (offset < end && (justRead || now() - sliceStart >= sliceMs) && !(await turn())) return null;
  }
  return { marks, failures: reader.failures, analysed: end, total: text.length };
}

/** A piece asked for: where it stops, and its marks or their promise. */
interface Asked {
  stop: number;
  result: Mark[] | Promise<Mark[]>;
}
