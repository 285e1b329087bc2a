/**
 * A gate over 32-bit word hashes: a table of bits, one set for each hash of the words it stands
 * for. `has` answers "maybe" (the hash's bit is set) or "certainly not"; with 16 bits a hash,
 * about one unlisted word in 16 passes, and every caller checks a word that passes against the
 * words themselves, so a pass by chance costs a look, never a wrong answer. The table is worked
 * out by the build (prebuilt.ts) and loaded as its bytes: nothing to fill as the engine starts,
 * and asking is one multiply and one array read (it stands in front of every lexicon lookup of
 * every word, hundreds of thousands of times on a long page).
 */
export class BitGate {
  /** The number of bits; any length, not only a power of two (see `slot`). */
  private readonly size: number;

  constructor(readonly bytes: Uint8Array) {
    this.size = bytes.length * 8;
  }

  /** A gate for `hashes`, `bitsPerHash` bits for each (at least 64 bits in all). */
  static of(hashes: Iterable<number>, bitsPerHash = 16): BitGate {
    const list = [...new Set([...hashes].map((h) => h | 0))];
    const gate = new BitGate(new Uint8Array(Math.max(8, Math.ceil((list.length * bitsPerHash) / 8))));
    for (const h of list) {
      const i = gate.slot(h);
      gate.bytes[i >>> 3] = (gate.bytes[i >>> 3] as number) | (1 << (i & 7));
    }
    return gate;
  }

  /**
   * The hash's bit: the hash mixed (the word hashes vary most in their low bits, the product's
   * top bits mix all), then scaled to the table (exact: the product stays below 2^53).
   */
  private slot(hash: number): number {
    return Math.floor(((Math.imul(hash, 0x9e3779b1) >>> 0) * this.size) / 0x100000000);
  }

  has(hash: number): boolean {
    const i = this.slot(hash);
    return ((this.bytes[i >>> 3] as number) & (1 << (i & 7))) !== 0;
  }
}
