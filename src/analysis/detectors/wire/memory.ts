/**
 * What the wire scanners share: the credits found in a sentence, the outlet last credited by
 * kind (for anaphors), and the spans already taken by a mention.
 */
import type { Span } from '../../types';
import type { Credit } from './credit';
import type { OutletKind } from './words';

export interface Credited {
  cue: Span;
  source: Span;
  outlets: string[];
  /** What made the mention a credit (credit.ts): a verb, told to the outlet, a dateline … */
  credit: Credit;
  why: string;
}

/** Who was credited last, by kind of outlet, for `وأضافت الوكالة`. */
export class OutletMemory {
  private last = new Map<OutletKind, string>();
  remember(kind: OutletKind, id: string): void {
    this.last.set(kind, id);
  }
  recall(kinds: readonly OutletKind[]): string | undefined {
    for (const k of kinds) {
      const id = this.last.get(k);
      if (id) return id;
    }
    return undefined;
  }
}

/**
 * Does [start, end) overlap a covered span? `covered` is in text order and its spans do not
 * overlap (each mention starts after the one before ends), so a binary search finds the one
 * span that can: a sentence that names outlets many times stays linear.
 */
export function overlaps(covered: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = covered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((covered[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const c = covered[lo];
  return c !== undefined && c.start < end;
}
