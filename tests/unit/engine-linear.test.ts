/**
 * Linear work on hostile text, counted rather than timed. A super-linear regular expression use,
 * a loop that rescans the text or a list searched once per item shows up as work growing much
 * faster than the text. Each hostile input is made at three sizes, 1×, 4× and 16×, and the work
 * counted (tests/unit/support/work-counter.ts: regex match attempts, characters scanned by regex
 * and string searches, characters read one by one, array elements walked): linear work grows 4×
 * per step, quadratic work 16×. The bound is 5× per step, on the work added from one size to the
 * next (so a fixed start-up cost can hide nothing), and on the totals.
 *
 * The time the engine takes on these inputs, and its growth, are figures of `npm run bench`
 * (bench/adversarial.ts), never bounds of a test: a timing fails on a busy machine and proves
 * nothing on a fast one.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { normalize } from '../../src/analysis/normalize';
import { splitSentences } from '../../src/analysis/sentences';
import { HOSTILE } from './hostile-inputs';
import { countWork, totalWork, WORK_KINDS, type Work } from './support/work-counter';

/** The engine's smallest input; it is read at 1×, 4× and 16× this. */
const ENGINE_BASE = 4_000;
/** normalize() and splitSentences() read 1×, 4× and 16× this. */
const TEXT_BASE = 16_000;
const STEP = 4;
/** Work may grow at most this much per fourfold text: linear gives 4, quadratic 16. */
const BOUND = 5;
/** Below this many units a kind of work is start-up noise, not a measure of growth. */
const NOISE = 50;

/**
 * Inputs on which the engine is known to be super-linear; empty since wire.ts reads a bounded
 * window around each outlet mention and links/keywords.ts blanks names in one pass. Add an
 * entry only with its cause named, and remove it once fixed.
 */
const KNOWN_SUPERLINEAR = new Set<string>([]);

const show = (w: Work) => WORK_KINDS.map((k) => `${k} ${w[k]}`).join(', ');

/** Counts `work` on the input at 1×, 4×, 16× `base` and checks that every kind of work grows linearly. */
function expectLinear(work: (text: string) => unknown, make: (size: number) => string, base: number): Work[] {
  const texts = [base, base * STEP, base * STEP * STEP].map((n) => make(n));
  work(texts[0] as string); // lexicons and lazily built tables are made once, outside the count
  const counts = texts.map((t) => countWork(() => work(t)));
  const [small, medium, large] = counts as [Work, Work, Work];
  const note = counts.map((c, i) => `${(texts[i] as string).length} chars: ${show(c)}`).join(' | ');
  // Something is counted, and it grows with the text: a counter that sees nothing proves nothing.
  expect(totalWork(large), `no work counted: ${note}`).toBeGreaterThan(totalWork(medium));
  expect(totalWork(medium), `no work counted: ${note}`).toBeGreaterThan(totalWork(small));
  for (const kind of WORK_KINDS) {
    if (large[kind] < NOISE) continue;
    const added1 = medium[kind] - small[kind];
    const added2 = large[kind] - medium[kind];
    expect(added2, `${kind} added from 4× to 16× vs 1× to 4× (${note})`).toBeLessThanOrEqual(
      BOUND * Math.max(added1, NOISE),
    );
    expect(large[kind], `${kind} at 16× vs 4× (${note})`).toBeLessThanOrEqual(
      BOUND * Math.max(medium[kind], NOISE),
    );
    expect(medium[kind], `${kind} at 4× vs 1× (${note})`).toBeLessThanOrEqual(
      BOUND * Math.max(small[kind], NOISE),
    );
  }
  return counts;
}

// Counting slows the engine down a few times; a busy machine more: generous, never a bound.
describe.each(Object.entries(HOSTILE))('on %s', { timeout: 120_000 }, (name, make) => {
  it('normalize() reads each character once, whatever the size', () => {
    const [small, , large] = expectLinear(normalize, make, TEXT_BASE) as [Work, Work, Work];
    // One table lookup per character (a ligature is read once more to expand it); no regex at all.
    expect(small.reads).toBeGreaterThanOrEqual(TEXT_BASE);
    expect(large.reads).toBeLessThanOrEqual(2 * TEXT_BASE * STEP * STEP);
    expect(large.execs).toBe(0);
  });

  it('splitSentences() does linear work from 16 KB to 256 KB', () => {
    const [, , large] = expectLinear(splitSentences, make, TEXT_BASE) as [Work, Work, Work];
    // A bounded number of character tests and characters scanned per character of text.
    const size = TEXT_BASE * STEP * STEP;
    expect(large.execs, show(large)).toBeLessThanOrEqual(size * 6);
    expect(large.scanned, show(large)).toBeLessThanOrEqual(size * 12);
  });

  const engineIt = KNOWN_SUPERLINEAR.has(name) ? it.skip : it;

  engineIt(
    `analyze() does linear work from ${ENGINE_BASE / 1000} KB to ${(ENGINE_BASE * 16) / 1000} KB`,
    () => {
      expectLinear(analyze, make, ENGINE_BASE);
    },
  );
});
