/**
 * A set of 32-bit hashes of words in one typed array (open addressing, at most half full): filled
 * in one pass over its hashes, asked with two or three array reads. It stands in front of every
 * lexicon lookup of every word, so it is asked hundreds of thousands of times an article, and it is
 * built as the engine starts: a `Set<number>` was slower at both.
 */
export class HashGate {
  private readonly keys: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** 0 marks an empty slot, so the hash 0 is kept aside. */
  private hasZero = false;

  constructor(hashes: Iterable<number> | ArrayLike<number>) {
    const list =
      Array.isArray(hashes) || ArrayBuffer.isView(hashes)
        ? (hashes as ArrayLike<number>)
        : [...(hashes as Iterable<number>)];
    let bits = 4;
    while (1 << bits < list.length * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    for (let i = 0; i < list.length; i++) this.add(list[i] as number);
  }

  private slot(hash: number): number {
    // Fibonacci hashing: the word hashes vary most in their low bits, the product's top bits mix all.
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  private add(value: number): void {
    const hash = value | 0;
    if (hash === 0) {
      this.hasZero = true;
      return;
    }
    let i = this.slot(hash);
    for (let k = this.keys[i] as number; k !== 0; k = this.keys[i] as number) {
      if (k === hash) return;
      i = (i + 1) & this.mask;
    }
    this.keys[i] = hash;
  }

  has(value: number): boolean {
    const hash = value | 0;
    if (hash === 0) return this.hasZero;
    let i = this.slot(hash);
    for (let k = this.keys[i] as number; k !== 0; k = this.keys[i] as number) {
      if (k === hash) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }
}
