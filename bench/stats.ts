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

/**
 * Times several contenders in rounds, each once per round, so that a change in the machine's
 * load (other processes) falls on all of them alike. At least `minRounds` rounds, then more
 * while the next round should still fit in the budget.
 */
export function timeInterleaved(
  fns: Record<string, () => unknown>,
  { runs, budgetMs, warmup, minRounds = 3 }: RunOptions & { minRounds?: number },
): Record<string, Timing> {
  const names = Object.keys(fns);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  let sink = 0;
  if (warmup) warmup();
  let spent = 0;
  let last = 0;
  for (let round = 0; round < runs; round++) {
    if (round >= minRounds && spent + last > budgetMs) break;
    const t0 = performance.now();
    for (const name of names) {
      const start = performance.now();
      const out = (fns[name] as () => unknown)();
      (samples[name] as number[]).push(performance.now() - start);
      if (Array.isArray(out)) sink += out.length;
    }
    last = performance.now() - t0;
    spent += last;
  }
  if (sink < 0) console.log(sink);
  return Object.fromEntries(
    names.map((n) => [n, { median: median(samples[n] as number[]), samples: samples[n] as number[] }]),
  );
}

/** A figure over several runs: its median and spread, so that a change can be judged against noise. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Interquartile range (25th–75th percentile, linear interpolation). */
  q1: number;
  q3: number;
  n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/** Median, min–max and IQR of the finite values; null when there are none. */
export function spread(values: readonly (number | null | undefined)[]): Spread | null {
  const v = values
    .filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (v.length === 0) return null;
  return {
    median: median(v),
    min: v[0] as number,
    max: v[v.length - 1] as number,
    q1: quantile(v, 0.25),
    q3: quantile(v, 0.75),
    n: v.length,
  };
}
