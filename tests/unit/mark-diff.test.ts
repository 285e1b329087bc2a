/**
 * The mark diff (scripts/mark-diff.ts) that every rule is checked with: what it counts as added,
 * removed, right or wrong against the labels. Synthetic dumps, so it runs without the corpus.
 */
import { describe, expect, it } from 'vitest';
import { type Dump, diffDumps, tally } from '../../scripts/mark-diff';
import type { GoldSentence } from '../../scripts/labels/readable';

const gold = new Map<string, GoldSentence[]>([
  [
    'a1',
    [
      { start: 0, end: 50, kinds: ['anonymous'] },
      { start: 50, end: 100, kinds: [] },
    ],
  ],
]);

describe('the mark diff', () => {
  const before: Dump[] = [
    { id: 'a1', marks: [['wire', 55, 90, 'reuters', 'رويترز']] },
    { id: 'b2', marks: [] },
  ];
  const after: Dump[] = [
    { id: 'a1', marks: [['anonymous', 0, 40, '', 'مصادر']] },
    { id: 'b2', marks: [['denial', 10, 30, '', 'نفى']] },
  ];

  it('lists marks added and removed, with the gold kinds of their sentence or none where unlabelled', () => {
    const changes = diffDumps(before, after, gold);
    expect(changes.map((c) => [c.sign, c.id, c.mark[0], c.gold])).toEqual([
      ['-', 'a1', 'wire', []],
      ['+', 'a1', 'anonymous', ['anonymous']],
      ['+', 'b2', 'denial', undefined],
    ]);
  });

  it('counts an added mark gold has, and a removed one gold lacks, as right', () => {
    expect(tally(diffDumps(before, after, gold))).toEqual({ right: 2, wrong: 0, unlabelled: 1 });
    expect(tally(diffDumps(after, before, gold))).toEqual({ right: 0, wrong: 2, unlabelled: 1 });
  });

  it('keeps to one kind when asked, and sees a changed outlet as a change', () => {
    expect(diffDumps(before, after, gold, 'denial')).toHaveLength(1);
    const otherOutlet: Dump[] = [{ id: 'a1', marks: [['wire', 55, 90, 'afp', 'الفرنسية']] }];
    expect(diffDumps(before.slice(0, 1), otherOutlet, gold).map((c) => c.sign)).toEqual(['-', '+']);
  });
});
