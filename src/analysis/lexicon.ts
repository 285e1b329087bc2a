/**
 * Building blocks for cue patterns over normalised text (see normalize.ts): word boundaries,
 * proclitics, and alternations built from lexicon lists written in ordinary Arabic.
 */
import { norm } from './normalize';
import { compileNow } from './compile-now';
import { prebuiltSource } from './prebuilt';
import { NORMALISED_WORD_CHAR_CLASS } from './word-chars';

/** Start of a word: not preceded by a letter or digit (word-chars.ts). */
export const WB = `(?<!${NORMALISED_WORD_CHAR_CLASS})`;
/** End of a word: not followed by a letter or digit. */
export const WE = `(?!${NORMALISED_WORD_CHAR_CLASS})`;
/** Optional conjunction proclitic (و، ف). */
export const CONJ = '(?:[وف])?';
/** Optional preposition proclitic (ب، ل، ك), after the conjunction. */
export const PREP = '(?:[بلك])?';
/** Optional article (ال), also the assimilated `لل` after ل. */
export const ART = '(?:ال|ل)?';

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex alternation of the normalised entries in which a longer entry is tried before a shorter
 * one it extends, as in a longest-first list (`ن(?:في|فت)?`): written as a trie, a pattern is a
 * fraction of the size, compiles faster on a page's first reading and tries a few branches at each
 * position instead of every entry.
 */
export function alt(entries: readonly string[]): string {
  return prebuiltSource('alt', entries, () => `(?:${buildTrie([...new Set(entries.map(norm))])})`);
}

/** A whole word from `entries`, with optional conjunction and preposition proclitics. */
export function word(entries: readonly string[], { article = false }: { article?: boolean } = {}): string {
  return `${WB}${CONJ}${PREP}${article ? ART : ''}${alt(entries)}${WE}`;
}

/** Compile a pattern over normalised text (always Unicode-aware). */
export function rx(source: string, flags = ''): RegExp {
  return new RegExp(source, `u${flags}`);
}

/** Patterns marked `hot` and not compiled yet, in the order the modules made them. */
const HOT: RegExp[] = [];
/**
 * `re`, to be compiled to machine code (compile-now.ts) before its first use (`compileHot`): for the patterns every
 * page's first sentences run (the detectors' gates), where compiling each twice, bytecode then
 * machine code, was a fifth of the engine's first reading of an article. Not compiled here, so
 * that loading the engine stays one short task.
 */
export function hot<R extends RegExp>(re: R): R {
  HOT.push(re);
  return re;
}

/** How many hot patterns wait to be compiled. */
export const hotWaiting = (): number => HOT.length;

/** Compiles up to `count` hot patterns still waiting; whether any are left. */
export function compileHot(count = Number.POSITIVE_INFINITY): boolean {
  for (const re of HOT.splice(0, count)) compileNow(re);
  return HOT.length > 0;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The words, as given, as a trie-shaped alternation (`ن(?:في|فت)`) with no enclosing group: an
 * engine tries a few branches at each position instead of every word, and the greedy optionals
 * still prefer the longest word that fits.
 */
export function trieSource(words: Iterable<string>): string {
  const list = [...words];
  return prebuiltSource('trie', list, () => buildTrie(list));
}

/** The same alternation built now, not by the build: for a pattern only tests ask for. */
export function trieNow(words: readonly string[]): string {
  return buildTrie(words);
}

function buildTrie(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => escapeRegex(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * The normalised entries as a trie-shaped alternation: the same words as alt(), but a gate that
 * only asks whether any entry occurs scans far faster. Which entry matches first may differ
 * from alt() (longest first), so use it where only whether something matches counts.
 */
export function trieAlt(entries: readonly string[]): string {
  return prebuiltSource('trieAlt', entries, () => `(?:${buildTrie(entries.map(norm))})`);
}
