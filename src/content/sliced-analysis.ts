/**
 * The engine loaded in the page, read in slices (slices.ts): what the content script falls back
 * on when the background cannot read for it (background-reading.ts), and what tests drive. Its own
 * chunk: loaded only when needed.
 */
import { createReader, warmUpSteps } from '../analysis/incremental';
import { type Analysis, readInSlices, type SlicedOptions } from './slices';

/** Analyses `text` piece by piece with the engine in this page; null when cancelled before the end. */
export function analyseSliced(text: string, options: SlicedOptions = {}): Promise<Analysis | null> {
  return readInSlices(text, options, {
    reader: () => createReader(text, options.detectors),
    // Each detector's first run a turn apart, so that compiling its patterns is not one long task —
    // nor one with setting up the engine's chunk, which has just run when the engine was loaded.
    warmUp: () => warmUpSteps(options.detectors),
  });
}
