/**
 * Proclitics, split in one place: the conjunctions و ف, the prepositions ب ل ك and the article
 * ال (with its assimilated form after ل, `للمصادر`). A word's readings are every split into
 * proclitics and a stem, fewest proclitics first.
 */

/** The conjunctions a word may start with (none first). */
export const CONJUNCTIONS = ['', 'و', 'ف'] as const;
/** The prepositions that may follow them (none first). */
export const PREPOSITIONS = ['', 'ب', 'ل', 'ك'] as const;
/** Every proclitic prefix (conjunction then preposition), shortest first. */
export const PROCLITIC_PREFIXES: readonly string[] = CONJUNCTIONS.flatMap((c) =>
  PREPOSITIONS.map((p) => c + p),
);
/** The same prefixes as a pattern piece, for regular expressions over normalised text. */
export const PROCLITICS_RX = '[وف]?[بلك]?';

/** A word split into its proclitics and stem. */
export interface Parsed {
  conj: string;
  prep: string;
  definite: boolean;
  stem: string;
}

/** Readings of words seen recently: news text repeats its words, and parsing is the hot path. */
export const PARSE_CACHE = new Map<string, Parsed[]>();
export const PARSE_CACHE_SIZE = 50_000;

/** Every reading of a word as proclitics + stem, fewest proclitics first. */
export function parses(word: string): Parsed[] {
  const cached = PARSE_CACHE.get(word);
  if (cached) return cached;
  const out = readings(word);
  if (PARSE_CACHE.size >= PARSE_CACHE_SIZE) PARSE_CACHE.clear();
  PARSE_CACHE.set(word, out);
  return out;
}

/** Every way the word starts with a conjunction then a preposition (either may be absent). */
export function procliticSplits(word: string): { conj: string; prep: string; rest: string }[] {
  const out: { conj: string; prep: string; rest: string }[] = [];
  for (const conj of CONJUNCTIONS) {
    if (!word.startsWith(conj)) continue;
    const afterConj = word.slice(conj.length);
    for (const prep of PREPOSITIONS) {
      if (afterConj.startsWith(prep)) out.push({ conj, prep, rest: afterConj.slice(prep.length) });
    }
  }
  return out;
}

export function readings(word: string): Parsed[] {
  const out: Parsed[] = [];
  for (const { conj, prep, rest: b } of procliticSplits(word)) {
    out.push({ conj, prep, definite: false, stem: b });
    if (b.startsWith('ال') && b.length > 3) out.push({ conj, prep, definite: true, stem: b.slice(2) });
    // `للمصادر`: ل + the article assimilated to ل.
    if (prep === 'ل' && b.startsWith('ل') && b.length > 2)
      out.push({ conj, prep, definite: true, stem: b.slice(1) });
  }
  return out.filter((p) => p.stem.length >= 2);
}

export function findIn(word: string, set: ReadonlySet<string>): Parsed | undefined {
  return parses(word).find((p) => set.has(p.stem));
}

/**
 * The one greedy split of a word: a conjunction, then (unless `withPrep` is false) a preposition,
 * then the rest (`ولوكاله` → و + ل + وكاله). Callers that must try the shorter readings too use
 * `readings`.
 */
export function splitProclitics(word: string, withPrep = true): { conj: string; prep: string; rest: string } {
  let i = 0;
  const conj = word[0] === 'و' || word[0] === 'ف' ? (word[0] as string) : '';
  i += conj.length;
  const c = word[i];
  const prep = withPrep && (c === 'ب' || c === 'ل' || c === 'ك') && word.length > i + 1 ? c : '';
  i += prep.length;
  if (i === word.length) return { conj: '', prep: '', rest: word };
  return { conj, prep, rest: word.slice(i) };
}

/** The word without its proclitics and article (`وبالمصادر` → `مصادر`), for a plain lookup. */
export function stripProclitics(word: string): string {
  return word.replace(/^[وف]?[بلك]?(?:ال|ل)?/, '');
}
