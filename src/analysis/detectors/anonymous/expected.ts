/**
 * `من المرجح أن يقول مسؤولون إن …`: a verb of saying after "it is expected that" tells what someone
 * may say, not what they said (judge.ts asks).
 */
import type { Token } from '../../tokens/tokenize';

const EXPECTED = /^(?:المرجح|المتوقع|المنتظر|المقرر|المفترض)$/u;
/** `من المتوقع أن` (or المرجح، المنتظر، المقرر) right before the verb at `at`. */
export function expected(tokens: Token[], at: number): boolean {
  return (
    tokens[at - 1]?.text === 'ان' &&
    EXPECTED.test(tokens[at - 2]?.text ?? '') &&
    /^[وف]?من$/u.test(tokens[at - 3]?.text ?? '')
  );
}
