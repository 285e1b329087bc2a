/**
 * Regular-expression sources derived from the word lists (the alternations and tries of
 * lexicon.ts), worked out once by `npm run generate` (scripts/generate-patterns.ts) and shipped
 * ready-made in generated/patterns.json: building them from thousands of words cost every page
 * about a third of the engine's start-up. Each is found by a hash of the words it is built from,
 * so a list changed without regenerating is still right (built on the spot, as before), only
 * slower; `npm test` fails until the file is regenerated.
 */
import PREBUILT from './generated/patterns.json';

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
