/**
 * The anonymous detector's own test helpers: its marks on a text through the real engine, with
 * this detector alone, and what the tests ask of them.
 */
import { expect } from 'vitest';
import { findMarks } from '../../engine';
import { splitSentences } from '../../sentences';
import type { Mark } from '../../types';
import { createAnonymousDetector } from './index';
/** The anonymous marks of a text, run through the real engine with this detector alone. */
export const marks = (text: string): Mark[] => findMarks(text, [createAnonymousDetector]);

/** Which sentences (by position) carry an anonymous mark. */
export function markedSentences(text: string): number[] {
  const spans = splitSentences(text);
  return marks(text).map((m) => spans.findIndex((s) => s.start === m.start));
}

/** The sentence's anonymous mark: there must be one (the engine never gives two per sentence). */
export const one = (text: string): Mark => {
  const found = marks(text);
  expect(
    found.map((m) => m.kind),
    text,
  ).toEqual(['anonymous']);
  return found[0] as Mark;
};

/** The sentence is marked with this cue and source (and count, `undefined` for none stated). */
export function expectMark(text: string, cue: string, source: string, count?: number): void {
  const m = one(text);
  expect({ cue: m.cue.text, source: m.source, count: m.count }, text).toEqual({ cue, source, count });
}
