/**
 * Proclitics, split in one place: the conjunctions و ف, the prepositions ب ل ك and the article
 * ال (with its assimilated form after ل, `للمصادر`). A word's readings are every split into
 * proclitics and a stem, fewest proclitics first.
 */

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

export function readings(word: string): Parsed[] {
  const out: Parsed[] = [];
  for (const conj of ['', 'و', 'ف']) {
    if (!word.startsWith(conj)) continue;
    const a = word.slice(conj.length);
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      if (!a.startsWith(prep)) continue;
      const b = a.slice(prep.length);
      out.push({ conj, prep, definite: false, stem: b });
      if (b.startsWith('ال') && b.length > 3) out.push({ conj, prep, definite: true, stem: b.slice(2) });
      // `للمصادر`: ل + the article assimilated to ل.
      if (prep === 'ل' && b.startsWith('ل') && b.length > 2)
        out.push({ conj, prep, definite: true, stem: b.slice(1) });
    }
  }
  return out.filter((p) => p.stem.length >= 2);
}

export function findIn(word: string, set: ReadonlySet<string>): Parsed | undefined {
  return parses(word).find((p) => set.has(p.stem));
}
