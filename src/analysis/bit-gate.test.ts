import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitGate } from './bit-gate';

describe('BitGate', () => {
  it('lets every hash it was built from through, 0 and negative ones too', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 })), (members) => {
        const gate = BitGate.of(members);
        for (const h of [...members, ...members.map((m) => m | 0)]) expect(gate.has(h)).toBe(true);
      }),
    );
    expect(BitGate.of([0, -5, 2 ** 31 - 1]).has(0)).toBe(true);
  });

  it('turns away most other hashes: about one in 16 passes by chance', () => {
    // Word-like hashes (the engine's: s[0]·31^(n-1) + … over Arabic letters), listed and not.
    const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0);
    const words = (seed: number, n: number) =>
      Array.from({ length: n }, (_, i) => {
        let x = (seed * 7919 + i * 104729) >>> 0;
        let w = '';
        for (let k = 0; k < 3 + (i % 5); k++) {
          x = Math.imul(x ^ (x >>> 13), 0x5bd1e995) >>> 0;
          w += String.fromCharCode(0x627 + (x % 36));
        }
        return w;
      });
    const listed = new Set(words(1, 5000));
    const gate = BitGate.of([...listed].map(hash));
    const others = words(2, 20000).filter((w) => !listed.has(w));
    const passed = others.filter((w) => gate.has(hash(w))).length / others.length;
    expect(passed).toBeGreaterThan(0.02);
    expect(passed).toBeLessThan(0.1);
  });

  it('an empty gate lets nothing through, and its bytes make the same gate again', () => {
    expect(BitGate.of([]).has(0)).toBe(false);
    const gate = BitGate.of([3, 1_000_003, -77]);
    const again = new BitGate(Uint8Array.from(gate.bytes));
    for (const h of [3, 1_000_003, -77, 4, 5, 6]) expect(again.has(h)).toBe(gate.has(h));
  });
});
