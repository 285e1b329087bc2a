/**
 * What the engine derives from its word lists — regular-expression sources (the alternations and
 * tries of lexicon.ts), hash sets of word forms (tokens/classes.ts), the link builder's country
 * names from CLDR (links/gazetteer.ts) — worked out once by `npm run generate`
 * (scripts/generate-patterns.ts) and shipped ready-made in generated/patterns.json: building them
 * cost every page most of the engine's start-up. Each is found by a hash of the words it is built
 * from, so a list changed without regenerating is still right (built on the spot, as before), only
 * slower; `npm test` fails until the file is regenerated.
 */
import PREBUILT from './generated/patterns.json';
import { HashGate } from './hash-gate';

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

/**
 * Hashes keep their low 24 bits: three bytes each in the generated file. A set of them is a gate
 * (is this word one of ours?) whose every yes is checked after: a word that passes by chance
 * (about one in 2,000 when 8,000 words are listed) is only looked at and found wanting.
 */
export const HASH_MASK = 0xffffff;

/** Hashes as base64, three bytes each (written at build time). */
function encodeHashes(hashes: Iterable<number>): string {
  let bytes = '';
  for (const h of new Set([...hashes].map((x) => x & HASH_MASK)))
    bytes += String.fromCharCode(h >>> 16, (h >>> 8) & 0xff, h & 0xff);
  return btoa(bytes);
}

function decodeHashes(base64: string): HashGate {
  const bytes = atob(base64);
  const hashes = new Int32Array(Math.floor(bytes.length / 3));
  for (let i = 0, j = 0; i + 2 < bytes.length; i += 3, j++)
    hashes[j] = (bytes.charCodeAt(i) << 16) | (bytes.charCodeAt(i + 1) << 8) | bytes.charCodeAt(i + 2);
  return new HashGate(hashes);
}

/** The gate of `build()`'s hashes (masked with HASH_MASK: ask `has(h & HASH_MASK)`), written ahead. */
export function prebuiltHashes(
  builder: string,
  words: readonly string[],
  build: () => Iterable<number>,
): HashGate {
  return decodeHashes(prebuiltSource(builder, words, () => encodeHashes(build())));
}
