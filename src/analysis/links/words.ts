/**
 * Arabic words for the gazetteer lookup: tokens with their place in the text, and the forms a
 * token may stand for once its clitics and inflectional endings are taken off.
 */
import { procliticSplits } from '../tokens/clitics';
import { norm } from '../normalize';

export interface Token {
  /** The word as written (vowel signs and hamza kept, for transliteration). */
  text: string;
  /** The normalised word (see normalize.ts). */
  norm: string;
  /** Index of the word in the text it came from. */
  start: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const n = norm(m[0]);
    if (n) out.push({ text: m[0], norm: n, start: m.index });
  }
  return out;
}

const ARTICLE = 'ال';
/** Attached pronouns (هجماتها، حكومتهم) come off before the plural and nisba endings. */
const PRONOUNS = ['هما', 'هم', 'ها', 'هن', 'كم', 'نا'];

/** Forms of `word` once a conjunction, a preposition and the article are taken off, least stripped first. */
function withoutProclitics(word: string): string[] {
  const out: string[] = [word];
  for (const { conj, prep, rest: stem } of procliticSplits(word)) {
    if (conj || prep) out.push(stem);
    if (stem.startsWith(ARTICLE)) out.push(stem.slice(2));
    // لل is ل + ال with the alef dropped (للحرس = ل + الحرس).
    if (prep === 'ل' && stem.startsWith('ل')) out.push(ARTICLE + stem.slice(1), stem.slice(1));
  }
  return out;
}

/** Forms of `word` without a plural, dual, nisba or ta-marbuta ending, least stripped first. */
function withoutEndings(word: string): string[] {
  const out: string[] = [word];
  const bases = [word];
  // A ta marbuta before the pronoun ه is written ت (استقالته → استقاله).
  if (word.endsWith('ته') && word.length >= 5) bases.push(`${word.slice(0, -2)}ه`);
  for (const p of PRONOUNS) {
    if (word.endsWith(p) && word.length - p.length >= 3) {
      const base = word.slice(0, -p.length);
      // A ta marbuta before a pronoun is written ت (حكومتها → حكومه).
      bases.push(base.endsWith('ت') ? `${base.slice(0, -1)}ه` : base, base);
      break;
    }
  }
  for (const b of bases) {
    out.push(b);
    if (b.endsWith('يه')) out.push(b.slice(0, -1)); // عراقيه → عراقي
    if (b.endsWith('ا') && b.length >= 4) out.push(b.slice(0, -1)); // تدافعا، زلزالا (tanween written ا)
    if (b.endsWith('يين') || b.endsWith('يون') || b.endsWith('يات')) out.push(b.slice(0, -2)); // عراقيين → عراقي
    if (b.endsWith('ات')) {
      const s = b.slice(0, -2);
      out.push(`${s}ه`, `${s}ا`, s); // هجمات → هجمه، ميليشيات → ميليشيا
    }
    if (b.endsWith('ون') || b.endsWith('ين') || b.endsWith('ان')) out.push(b.slice(0, -2)); // مسلحين، مصدران
  }
  return out;
}

/**
 * Every form a normalised token may stand for, least stripped first (the token itself leads).
 * Stripped forms shorter than three letters are dropped: they match too much.
 */
export function variants(token: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const bare of withoutProclitics(token)) {
    for (const form of withoutEndings(bare)) {
      if (seen.has(form)) continue;
      if (form !== token && form.length < 3) continue;
      seen.add(form);
      out.push(form);
    }
  }
  return out;
}

/** A gazetteer phrase as lookup keys: normalised words, the article taken off each. */
export function phraseKeys(phrase: string, { keepArticle = false } = {}): string[] {
  return tokenize(phrase).map((t) =>
    !keepArticle && t.norm.startsWith(ARTICLE) && t.norm.length >= 5 ? t.norm.slice(2) : t.norm,
  );
}
