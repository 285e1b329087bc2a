/**
 * A source noun joined by و to the subject of a verb of saying further back (`وقالت الشرطة ومسعفون
 * إن`, `وقال الضابط … والمصدر في وزارة المالية`): the verb is its context too.
 */
import { NAME_MARKERS, PHRASE_STOPS } from '../../lexicons/anonymous';
import { type NounHit, nounOf, speechVerb } from '../../tokens/classes';
import type { Token } from '../../tokens/tokenize';
import { claimSoon } from './carried-claim';
import type { Context } from './context';
import { informantNext } from './description';
import { BEING, COMMAS, isComplementiser, LOOK_BACK } from './words';

/**
 * `وقال الضابط في الجمارك والمصدر في وزارة المالية`: a source coordinated into the subject of a
 * verb of saying further back. Only an informant-like noun (`ومصدر أمني`, `والمصدر`), so that
 * `أكد الوزير أهمية الاستثمار ومصادر التمويل` stays a list of things.
 */
export function coordinatedContext(tokens: Token[], q: number, noun: NounHit): Context | undefined {
  if (noun.conj !== 'و' || noun.prep !== '') return undefined;
  // `وقالت الشرطة ومسعفون إن …`, `وأكد الجيش وشهود عيان أن …`, `وقالت الشرطة ووسائل إعلام محلية إن`:
  // unnamed people or media joined to the verb's first subject of one to three words, with a
  // description of up to three (`عيان`, `إعلام محلية`, `وذكر تلفزيون الصين المركزي ووسائل إعلام
  // رسمية أخرى أن`) and the claim right after it.
  const joinedToClaim =
    !noun.definite &&
    (noun.entry.cls === 'role' || noun.entry.cls === 'group' || noun.entry.cls === 'media') &&
    claimSoon(tokens, q + 1, 4);
  if (!joinedToClaim) {
    if (noun.entry.cls !== 'source' && noun.entry.cls !== 'role') return undefined;
    if (!noun.definite && !informantNext(tokens, q)) return undefined;
  } else {
    // (not a verb of being or counting as, which joins no speakers: `التي تعد مهيأة بكوادر ومعلمين`)
    for (const at of [q - 2, q - 3, q - 4])
      if (
        speechVerb(tokens[at]) &&
        !BEING.test(tokens[at]?.text ?? '') &&
        tokens.slice(at + 1, q).every((t) => t.isWord)
      )
        return { at, how: 'verb' };
  }
  for (let j = q - 1, steps = 0; j >= 0 && steps < LOOK_BACK + 4; j--, steps++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord) {
      if (COMMAS.has(tok.text) || tok.text === '(' || tok.text === ')') continue;
      return undefined;
    }
    if (isComplementiser(tok) || PHRASE_STOPS.has(tok.text)) return undefined;
    if (speechVerb(tok)) {
      // The first conjunct is a source or a rank right after the verb (`قال العقيد … والمصدر`).
      const subject = tokens[j + 1];
      const first = subject?.isWord && (nounOf(subject) || NAME_MARKERS.has(subject.text));
      return first ? { at: j, how: 'verb' } : undefined;
    }
  }
  return undefined;
}
