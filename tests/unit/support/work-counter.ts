/**
 * Counts the work a synchronous function does, independent of the machine's speed, by wrapping
 * the built-in methods the engine works through for as long as the function runs:
 * - `execs`: regular-expression match attempts. Every `test`, `match`, `matchAll`, `replace`,
 *   `split` and `search` with a RegExp goes through `RegExp.prototype.exec` once it is wrapped.
 * - `scanned`: characters those attempts and the string searches (`indexOf`, `includes`,
 *   `startsWith`, `slice`, `split` with a string, `toLowerCase`, `trim`, …) pass over: from where
 *   a search starts to where it matched, or to the end of the text when it failed.
 * - `reads`: characters read one at a time (`charCodeAt`, `codePointAt`, `charAt`, `at`).
 * - `visits`: array elements the array methods walk (`indexOf`, `includes`, `find…`, `some`,
 *   `every`, `filter`, `map`, `forEach`, `reduce`, `slice`, `join`, `splice`).
 * A loop that rescans the text, a search repeated per sentence over the whole text, or a list
 * searched once per item shows up as one of these growing faster than the text. Nothing in the
 * production code knows about this: the wrappers exist only inside `countWork`.
 */

export interface Work {
  execs: number;
  scanned: number;
  reads: number;
  visits: number;
}

export const WORK_KINDS = ['execs', 'scanned', 'reads', 'visits'] as const;

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

/** Runs `work` with the built-ins wrapped; returns what it did (the wrappers are removed after). */
export function countWork(work: () => void): Work {
  const counts: Work = { execs: 0, scanned: 0, reads: 0, visits: 0 };
  const restore: (() => void)[] = [];
  const wrap = <T extends object>(
    proto: T,
    name: string,
    count: (self: never, args: never[], result: never) => void,
  ) => {
    const original = (proto as Record<string, AnyFn>)[name] as AnyFn;
    (proto as Record<string, AnyFn>)[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      count(this as never, args as never[], result as never);
      return result;
    };
    restore.push(() => {
      (proto as Record<string, AnyFn>)[name] = original;
    });
  };
  let inExec = false;
  const originalExec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    // String methods the RegExp built-ins call on their own are not the caller's scans.
    const outer = !inExec;
    inExec = true;
    let result: RegExpExecArray | null;
    try {
      result = originalExec.call(this, text);
    } finally {
      if (outer) inExec = false;
    }
    counts.execs++;
    const end = result ? result.index + result[0].length : this.sticky ? from + 1 : text.length;
    counts.scanned += Math.max(1, end - from);
    return result;
  };
  restore.push(() => {
    RegExp.prototype.exec = originalExec;
  });

  const S = String.prototype;
  const indexOf = S.indexOf;
  const len = (s: unknown) => String(s).length;
  const search = (self: string, args: unknown[], found: number) => {
    if (inExec) return;
    const from = Math.max(0, Math.min(len(self), Number(args[1] ?? 0) || 0));
    counts.scanned += Math.max(1, (found >= 0 ? found + len(args[0]) : len(self)) - from);
  };
  wrap(S, 'indexOf', search);
  wrap(S, 'includes', (self: string, args: unknown[], found: boolean) => {
    if (inExec) return;
    const from = Number(args[1] ?? 0) || 0;
    const at = found ? indexOf.call(self, String(args[0]), from) + len(args[0]) : len(self);
    counts.scanned += Math.max(1, at - from);
  });
  wrap(S, 'lastIndexOf', (self: string, _args: unknown[], found: number) => {
    if (!inExec) counts.scanned += Math.max(1, found >= 0 ? len(self) - found : len(self));
  });
  for (const name of ['startsWith', 'endsWith'])
    wrap(S, name, (_self: string, args: unknown[]) => {
      if (!inExec) counts.scanned += Math.max(1, len(args[0]));
    });
  for (const name of [
    'slice',
    'substring',
    'substr',
    'toLowerCase',
    'toUpperCase',
    'trim',
    'trimStart',
    'trimEnd',
    'normalize',
    'repeat',
    'padStart',
    'padEnd',
  ])
    wrap(S, name, (_self: string, _args: unknown[], result: string) => {
      if (!inExec) counts.scanned += Math.max(1, len(result));
    });
  // With a RegExp these go through exec (counted there); with a string they scan the whole text.
  for (const name of ['split', 'replace', 'replaceAll', 'match', 'matchAll', 'search'])
    wrap(S, name, (self: string, args: unknown[]) => {
      if (!inExec && !(args[0] instanceof RegExp)) counts.scanned += Math.max(1, len(self));
    });
  for (const name of ['charCodeAt', 'codePointAt', 'charAt', 'at'])
    wrap(S, name, () => {
      counts.reads++;
    });

  const A = Array.prototype;
  for (const name of [
    'indexOf',
    'lastIndexOf',
    'includes',
    'find',
    'findIndex',
    'findLast',
    'findLastIndex',
    'some',
    'every',
    'filter',
    'map',
    'flatMap',
    'forEach',
    'reduce',
    'reduceRight',
    'join',
    'fill',
  ])
    wrap(A, name, (self: unknown[]) => {
      counts.visits += Math.max(1, self.length);
    });
  for (const name of ['slice', 'splice', 'concat'])
    wrap(A, name, (_self: unknown[], _args: unknown[], result: unknown[]) => {
      counts.visits += Math.max(1, result.length);
    });

  try {
    work();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return counts;
}

/** The total of all kinds (for messages). */
export const totalWork = (w: Work) => WORK_KINDS.reduce((sum, k) => sum + w[k], 0);
