/**
 * Arabic letters → Latin, for names the gazetteer does not know (طائب → Taeb, الدوسري →
 * al-Dosari). Short vowels are not written in Arabic, so an `a` is guessed between two consonants;
 * the result is a search term, close enough for a search engine's spelling tolerance.
 */

import { ARABIC_CONSONANTS } from '../latin-letters';

const CONSONANTS: Record<string, string> = {
  ...ARABIC_CONSONANTS,
  // Letters Persian adds to the Arabic alphabet.
  ک: 'k',
  گ: 'g',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  ڤ: 'v',
};

const VOWELS: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ى: 'a',
  ة: 'a',
  ئ: 'e',
  ؤ: 'u',
  ع: 'a',
};

type Piece = { latin: string; consonant: boolean };

/** Letters of one word as Latin pieces; و and ي are vowels between consonants, consonants elsewhere. */
function pieces(word: string): Piece[] {
  const letters = [...word.replace(/[\u064b-\u065f\u0670\u0640]/g, '')];
  const out: Piece[] = [];
  letters.forEach((ch, i) => {
    const next = letters[i + 1];
    const isVowelLetter = (c: string | undefined) => c !== undefined && c in VOWELS && c !== 'ع';
    const prevPiece = out[out.length - 1];
    if (ch === 'و' || ch === 'ي') {
      const glide =
        i === 0 ||
        isVowelLetter(next) ||
        (prevPiece !== undefined && !prevPiece.consonant && next !== undefined);
      if (glide) out.push({ latin: ch === 'و' ? 'w' : 'y', consonant: true });
      // A long ī is written `i` as English reports spell Arabic names (Sarir, Zuhairi), not `ee`.
      else out.push({ latin: ch === 'و' ? 'o' : 'i', consonant: false });
      return;
    }
    if (ch === 'ع') {
      // An ain between vowels is a glottal stop; otherwise it sounds like a vowel.
      if (prevPiece === undefined || prevPiece.consonant) out.push({ latin: 'a', consonant: false });
      return;
    }
    if (ch === 'ء') return;
    const v = VOWELS[ch];
    if (v !== undefined) {
      out.push({ latin: v, consonant: false });
      return;
    }
    const c = CONSONANTS[ch];
    if (c !== undefined) out.push({ latin: c, consonant: true });
    else if (/[A-Za-z0-9]/.test(ch)) out.push({ latin: ch, consonant: false });
  });
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One Arabic word in Latin letters, capitalised; the article becomes `al-`. */
export function transliterate(word: string): string {
  let w = word.trim();
  let prefix = '';
  if (/^[اأ]ل/.test(w) && [...w].length > 3) {
    prefix = 'al-';
    w = w.slice(2);
  }
  const ps = pieces(w);
  let out = '';
  // Whether a vowel (written or guessed) came just before the previous piece.
  let vowelBeforePrev = true;
  ps.forEach((p, i) => {
    const prev = ps[i - 1];
    let guessed = false;
    // A vowel is guessed between two consonants at the start, after a cluster, or at the end (Rashad).
    if (prev?.consonant && p.consonant && (!vowelBeforePrev || i === ps.length - 1)) {
      out += 'a';
      guessed = true;
    }
    vowelBeforePrev = i > 0 && (guessed || !prev?.consonant);
    out += p.latin;
  });
  out = out.replace(/aa+/g, 'a').replace(/(.)\1\1+/g, '$1$1');
  if (!out) return '';
  return prefix ? `${prefix}${capitalise(out)}` : capitalise(out);
}

/** A name of several words (عبد الرحمن الراشد). */
export function transliterateName(words: readonly string[]): string {
  return words.map(transliterate).filter(Boolean).join(' ');
}
