/**
 * What the family tests ask of the engine: the marks of one kind in a sentence, or the one mark
 * of that kind it must have.
 */
import { expect } from 'vitest';
import { analyze, type Mark, type MarkKind } from '../../index';

export const marksOf = (text: string, kind: MarkKind): Mark[] => analyze(text).filter((m) => m.kind === kind);

export const only = (text: string, kind: MarkKind): Mark => {
  const found = marksOf(text, kind);
  expect(found, `${kind} in: ${text}`).toHaveLength(1);
  return found[0] as Mark;
};
