import { describe, expect, it } from 'vitest';
import type { Mark } from '../analysis/types';
import { countSentences, countUnnamedSources, summarize, wireByOutlet } from './summary';

function mark(kind: Mark['kind'], start: number, extra: Partial<Mark> = {}): Mark {
  return { kind, start, end: start + 10, cue: { start, end: start + 3, text: 'cue' }, ...extra };
}

describe('page summary', () => {
  it('counts sentences, not marks, for the badge', () => {
    expect(countSentences([mark('anonymous', 0), mark('wire', 0), mark('denial', 20)])).toBe(2);
  });

  it('counts each unnamed source once, with its stated number, and not its follow-ups', () => {
    const marks = [
      mark('anonymous', 0, { source: 'ثلاثة مصادر مطلعة', count: 3 }),
      mark('anonymous', 20, { source: 'أحد المصادر', count: 1 }),
      mark('anonymous', 40, { source: 'المصدر' }),
      mark('anonymous', 60, { source: 'مسؤول كبير في المنطقة' }),
      mark('anonymous', 80, { source: 'ثلاثة مصادر مطلعة', count: 3 }),
    ];
    expect(countUnnamedSources(marks)).toBe(4);
  });

  it('lists wire credits per outlet, most credited first', () => {
    const marks = [
      mark('wire', 0, { outlets: ['afp'] }),
      mark('wire', 20, { outlets: ['reuters', 'afp'] }),
      mark('wire', 40, { outlets: ['reuters'] }),
      mark('wire', 60, { outlets: ['reuters'] }),
    ];
    expect(wireByOutlet(marks)).toEqual([
      ['reuters', 3],
      ['afp', 2],
    ]);
  });

  it('gives the list an excerpt of each marked sentence', () => {
    const text = `${'أ'.repeat(5)} ${'ب'.repeat(200)}`;
    const summary = summarize(text, [{ ...mark('denial', 0), end: text.length }], 'example.org');
    expect(summary.counts.denial).toBe(1);
    expect(summary.marks[0]?.excerpt.length).toBeLessThan(100);
    expect(summary.marks[0]?.excerpt.startsWith('أأأأأ')).toBe(true);
  });
});
