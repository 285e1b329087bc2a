import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashGate } from './hash-gate';

describe('HashGate', () => {
  it('holds exactly the hashes it was built from, as a Set would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), (members, probes) => {
        const gate = new HashGate(members);
        const set = new Set(members.map((h) => h | 0));
        for (const h of [...members, ...probes, 0, -1]) expect(gate.has(h)).toBe(set.has(h | 0));
      }),
    );
  });

  it('keeps 0 and negative hashes, and takes any iterable', () => {
    const gate = new HashGate(new Set([0, -5, 2 ** 31 - 1]));
    expect([gate.has(0), gate.has(-5), gate.has(2 ** 31 - 1), gate.has(5), gate.has(1)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(new HashGate([]).has(0)).toBe(false);
  });
});
