/**
 * How many sources a phrase counts: `3 مصادر` → 3, `ثلاثة مصادر` → 3, `مصدرين` → 2,
 * `أحد المصادر` / `مصدر` → 1, a bare plural (`مصادر`) → no count.
 * Works on normalised or raw text (everything is folded with norm()).
 */
import { stripProclitics } from './tokens/clitics';
import { NOUNS } from './lexicons/anonymous';
import { norm } from './normalize';
import { WORD_CHARS } from './word-chars';

const NOT_WORD_OR_POINT = new RegExp(`[^${WORD_CHARS}.]+`, 'u');

const UNITS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['واحد', 'واحدة', 'أحد', 'إحدى']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنان', 'إثنين']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثمان', 'ثماني', 'ثمانية']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
];
const WORDS = new Map<string, number>();
for (const [n, forms] of UNITS) for (const f of forms) WORDS.set(norm(f), n);

/** The value of one number word or numeral (`3`, `٣`, `ثلاثة`, `وثلاثة`), if it is one. */
export function numberWord(word: string): number | undefined {
  const w = norm(word).trim();
  if (/^[0-9]{1,6}$/.test(w)) return Number(w);
  const direct = WORDS.get(w);
  if (direct !== undefined) return direct;
  // A conjunction proclitic: `وثلاثة`.
  if (w.length > 2 && (w[0] === 'و' || w[0] === 'ف')) return WORDS.get(w.slice(1));
  return undefined;
}

/** Strip the proclitics و ف ب ل ك and the article, for looking a noun up. */
function bareNoun(word: string): string {
  const w = word;
  if (NOUNS.has(w)) return w;
  if (/^[وف]/.test(w) && NOUNS.has(w.slice(1))) return w.slice(1);
  return stripProclitics(w);
}

/**
 * The count a source phrase states: a leading numeral or number word (`3 مصادر`,
 * `ثلاثة من المسؤولين`), `أحد`/`إحدى`, a dual noun, or a singular noun; undefined for a
 * plural with no number (`مصادر مطلعة`, `عدد من المسؤولين`).
 */
export function countPhrase(phrase: string): number | undefined {
  const words = norm(phrase).split(NOT_WORD_OR_POINT).filter(Boolean);
  const first = words[0];
  if (first === undefined) return undefined;
  const n = numberWord(first);
  if (n !== undefined) return n;
  const entry = NOUNS.get(bareNoun(first));
  // Media and reports count no one (as in countOf): `الصحيفة من مصادر` is the paper and its sources.
  if (!entry || entry.cls === 'media') return undefined;
  if (entry.number === 'du') return 2;
  if (entry.number === 'sg') return 1;
  return undefined;
}
