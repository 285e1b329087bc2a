/**
 * `وبيّن المصدر أن …`: بين written like the preposition "between" is the verb "explained" where it
 * opens a clause and the claim follows the noun after it (context.ts asks).
 */
import type { Token } from '../../tokens/tokenize';
import { COMMAS, isComplementiser } from './words';

/** `من جهته بيّن …`, `بدورها بيّنت …`: an aside that hands the turn to a speaker opens the sentence. */
const TURN = [['من', 'جهته'], ['من', 'جهتها'], ['من', 'جانبه'], ['من', 'جانبها'], ['بدوره'], ['بدورها']];
function afterTurn(tokens: Token[], j: number): boolean {
  return TURN.some(
    (words) => j === words.length && words.every((w, k) => tokens[k]?.text.replace(/^و/u, '') === w),
  );
}

/** `وبيّن`, written like the preposition بين (between). */
const EXPLAINED = new Set(['وبين', 'فبين']);

/**
 * `وبيّن المصدر أن …`, `…، بيّن المصدر أنه`: بين at the start of a clause, its noun followed by
 * the claim within a few words — the verb "explained", not "between" (`بين المسؤولين والنقابة`).
 */
export function explainedBy(tokens: Token[], j: number, i: number): boolean {
  const t = (tokens[j] as Token).text;
  // At a clause start: not `بينه وبين المسؤولين`.
  const opens = j === 0 || COMMAS.has(tokens[j - 1]?.text ?? '') || afterTurn(tokens, j);
  if (!opens || !(EXPLAINED.has(t) || t === 'بين')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
    const tok = tokens[k] as Token;
    if (isComplementiser(tok)) return true;
    if (!tok.isWord && !COMMAS.has(tok.text)) return false;
  }
  return false;
}
