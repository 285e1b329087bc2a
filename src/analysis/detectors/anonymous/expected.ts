/**
 * `من المرجح أن يقول مسؤولون إن …`: a verb of saying after "it is expected that" tells what someone
 * may say, not what they said; `ولم يؤكد مصدر آخر هذا العدد`: a source that did not confirm or say
 * it is no origin of the claim (judge.ts asks).
 */
import type { Token } from '../../tokens/tokenize';
import { NEGATION } from './words';

const EXPECTED = /^(?:المرجح|المتوقع|المنتظر|المقرر|المفترض)$/u;
/** `من المتوقع أن` (or المرجح، المنتظر، المقرر) right before the verb at `at`. */
export function expected(tokens: Token[], at: number): boolean {
  return (
    tokens[at - 1]?.text === 'ان' &&
    EXPECTED.test(tokens[at - 2]?.text ?? '') &&
    /^[وف]?من$/u.test(tokens[at - 3]?.text ?? '')
  );
}

/** Verbs of confirming or saying that, negated, leave no claim (not `لم يستبعد`, `لم ينف`). */
const CONFIRMED = /^(?:يوكد|توكد|يقل|تقل|يذكر|تذكر|يشر|تشر)$/u;
/** The verb at `at` is expected, or a negated verb of confirming or saying. */
export function notSaid(tokens: Token[], at: number): boolean {
  const verb = (tokens[at] as Token).text.replace(/^[وف]/u, '');
  return expected(tokens, at) || (NEGATION.test(tokens[at - 1]?.text ?? '') && CONFIRMED.test(verb));
}
