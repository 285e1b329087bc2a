/** Timing helpers: every figure in the bench is the median of several runs. */

export interface Timing {
  /** Median of the samples, in milliseconds. */
  median: number;
  samples: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface RunOptions {
  runs: number;
  /** Total time the runs may take (at least one sample is always taken, so it may be exceeded). */
  budgetMs: number;
  /** Warms the JIT on a small input instead of an untimed full run. */
  warmup?: () => unknown;
}

/**
 * Times `fn` up to `runs` times within the budget. The JIT is warmed first: by `warmup` when
 * given, else by an untimed run — unless that run is itself slow (then the JIT warms inside it
 * and it counts as a sample, to stay within the time budget).
 */
export function timeRuns(fn: () => unknown, { runs, budgetMs, warmup }: RunOptions): Timing {
  const samples: number[] = [];
  let sink = 0;
  const once = () => {
    const t0 = performance.now();
    const out = fn();
    const ms = performance.now() - t0;
    if (Array.isArray(out)) sink += out.length;
    return ms;
  };
  let warm = 0;
  if (warmup) warmup();
  else {
    warm = once();
    if (warm > 1000) samples.push(warm);
  }
  let spent = warm;
  // Another run only if it should still fit in the budget (judged by the last one).
  while (samples.length < runs && (samples.length === 0 || spent + (samples.at(-1) ?? warm) <= budgetMs)) {
    const ms = once();
    samples.push(ms);
    spent += ms;
  }
  // Keep the results observable so the work is not optimised away.
  if (sink < 0) console.log(sink);
  return { median: median(samples), samples };
}
