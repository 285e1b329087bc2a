/**
 * A mention of an outlet in a sentence (normalised offsets), and how it takes in the outlet noun
 * and the words describing the outlet before its name.
 */
import type { Span } from '../../types';
import {
  BREAK_AFTER,
  DESCRIPTORS,
  inSet,
  lookup,
  NOUNS,
  type OutletKind,
  REACH_AHEAD,
  strip,
  wordsBefore,
} from './words';

export interface Mention {
  /** Start of the whole phrase (outlet noun, proclitics, quotes) and end of the name. */
  start: number;
  end: number;
  name: Span;
  nounKind?: OutletKind;
  lam: boolean;
  lone: boolean;
  quoted: boolean;
  /** The outlet named before, by its noun (`الصحيفة`, `الوكالة`: anaphors.ts). */
  anaphor?: boolean;
}

/** Extend a name leftwards over outlet nouns and descriptors (`لوكالة أنباء` + name). */
export function withNoun(t: string, m: Mention, floor: number): Mention {
  let start = m.start;
  let lam = m.lam;
  let nounKind = m.nounKind;
  for (const w of wordsBefore(t, start, 3)) {
    // Never borrow the words of the outlet named just before (`وكالة الأنباء الإماراتية اليوم`).
    if (w.start < floor) break;
    if (
      BREAK_AFTER.test(w.raw) &&
      !QUOTE_NEXT.test(t.slice(w.start + w.raw.length, w.start + w.raw.length + REACH_AHEAD))
    )
      break;
    const noun = lookup(w.raw, (x) => NOUNS.get(x));
    if (noun.hit !== undefined) {
      nounKind ??= noun.hit;
      if (noun.prep === 'ل') lam = true;
      start = w.start;
      continue;
    }
    // …and the noun with its article, before a described name (`في الصحيفة الأسبوعية «…»`).
    const definite = DEFINITE_NOUN.exec(strip(w.raw));
    const kind = definite && start < m.start ? NOUNS.get(definite[2] as string) : undefined;
    if (kind !== undefined) {
      nounKind ??= kind;
      if (definite?.[1] === 'لل') lam = true;
      start = w.start;
      continue;
    }
    if (lookup(w.raw, inSet(DESCRIPTORS)).hit || /^ال\S+يه$/.test(strip(w.raw))) {
      start = w.start;
      continue;
    }
    break;
  }
  return { ...m, start, lam, nounKind };
}

/** An outlet noun with the article (`الصحيفه`, `للموقع`), normalised. */
const DEFINITE_NOUN = /^[وف]?(ال|لل|بال)(\S{3,})$/u;

/** A quotation mark after optional spaces. */
export const QUOTE_NEXT = /^\s*"/;
