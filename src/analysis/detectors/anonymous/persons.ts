/**
 * Who an unnamed person or group is, by the words beside it: a named firm's analysts, a person who
 * knows the matter, the official last remembered in the article.
 */
import { NOUNS } from '../../lexicons/anonymous';
import { norm } from '../../normalize';
import type { Token } from '../../tokens/tokenize';
import type { Memory } from './memory';

/** Nouns that open a firm's name (`بنك الاستثمار جيفريز`, `مجموعة سيتي`). */
const FIRM = new Set(['بنك', 'مصرف', 'شركه', 'مجموعه', 'موسسه', 'بيت', 'دار'].map(norm));

/**
 * `المحللون في بنك الاستثمار جيفريز`, `المحللون في "مورننج-ستار"`: a named firm's analysts speak
 * for its published research (ANNOTATION.md), unlike `محللون في المنطقة`.
 */
export function atNamedFirm(tokens: Token[], i: number, end: number): boolean {
  // `وبحسب خبراء شركة "زيمبريوم"`: the firm in construct, named in quotes right after.
  if (FIRM.has(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === '"') return true;
  for (let k = i + 1; k < Math.min(end + 1, tokens.length); k++) {
    const t = (tokens[k] as Token).text;
    if (t !== 'في' && t !== 'لدي') continue;
    const at = tokens[k + 1];
    return at !== undefined && (at.text === '"' || FIRM.has(at.text));
  }
  return false;
}
const INFORMED = new Set(
  ['مطلع', 'مطلعون', 'مطلعين', 'مقرب', 'مقربون', 'مقربين', 'قريب', 'قريبون', 'قريبين'].map(norm),
);

/** `شخص مطلع …`, `أشخاص على دراية/اطلاع …`: a person described by what they know. */
export function knowsTheMatter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? '';
  if (INFORMED.has(next)) return true;
  return next === norm('على') && /^(?:درايه|اطلاع|علم|صله)$/.test(tokens[i + 2]?.text ?? '');
}

/** Lemmas of persons by function (`دبلوماسي`, `ضابط`), from the lexicon. */
const ROLE_LEMMAS = new Set([...NOUNS.values()].filter((e) => e.cls === 'role').map((e) => e.lemma));
/** The sentence where an unnamed person by function was last remembered. */
export function lastRoleSeen(memory: Memory): number | undefined {
  let last: number | undefined;
  for (const [lemma, at] of memory.lemmas)
    if (ROLE_LEMMAS.has(lemma) && (last === undefined || at > last)) last = at;
  return last;
}
