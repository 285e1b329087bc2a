/**
 * What the engine derives from its word lists — regular-expression sources (the alternations and
 * tries of lexicon.ts), bit gates over the hashes of word forms (tokens/classes.ts, the outlet names' first words), the link builder's country
 * names from CLDR (links/gazetteer.ts) — worked out once by `npm run generate`
 * (scripts/generate-patterns.ts) and shipped ready-made in generated/patterns.json: building them
 * cost every page most of the engine's start-up. Each is found by a hash of the words it is built
 * from, so a list changed without regenerating is still right (built on the spot, as before), only
 * slower; `npm test` fails until the file is regenerated.
 */
import PREBUILT from './generated/patterns.json';
import { BitGate } from './bit-gate';

const prebuilt: Readonly<Record<string, string>> = PREBUILT;

/** Set by the generator before it loads the engine: every source is then built and recorded. */
interface Recording {
  __newsLensPatterns?: Map<string, string>;
}

/**
 * FNV-1a over the words: with the builder and the number of words in the key, two lists that
 * differ share a key with odds of one in four billion, and the hash costs one multiply a character.
 */
function hash32(words: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The key of a source built by `builder` from `words`. */
export function patternKey(builder: string, words: readonly string[]): string {
  return `${builder}:${words.length}:${hash32(words)}`;
}

/** The source `build()` gives for `words`, from the generated file when it is there. */
export function prebuiltSource(builder: string, words: readonly string[], build: () => string): string {
  const key = patternKey(builder, words);
  const recording = (globalThis as Recording).__newsLensPatterns;
  if (recording) {
    const source = build();
    recording.set(key, source);
    return source;
  }
  return prebuilt[key] ?? build();
}

/** Bytes as base64 (written at build time). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Base64 as bytes: the platform's decoder where there is one (Chromium 140, Firefox 133), else atob. */
function fromBase64(base64: string): Uint8Array {
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native.call(Uint8Array, base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The gate of `build()`'s hashes (see bit-gate.ts), its bits written ahead. */
export function prebuiltGate(name: string, words: readonly string[], build: () => Iterable<number>): BitGate {
  return new BitGate(
    fromBase64(prebuiltSource(`bits:${name}`, words, () => toBase64(BitGate.of(build()).bytes))),
  );
}
