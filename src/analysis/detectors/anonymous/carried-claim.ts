/**
 * A source noun's claim carried by something other than a verb of saying beside it: for a group
 * that opens the sentence, a plural participle or verb of saying after a comma (`وطالب أهالي القرية
 * …، مشيرين إلى`); for an unnamed source met again, a أن a few words on or the verb that opens the
 * sentence (`ونسب المصدر نفسه …`). judge.ts asks these when the noun has no context of its own.
 */
import { norm } from '../../normalize';
import { type NounHit, SAYING_PARTICIPLE, speechVerb } from '../../tokens/classes';
import type { Token } from '../../tokens/tokenize';
import { COMMAS, isComplementiser, PREPOSITIONS } from './words';

/**
 * `وطالب أهالي القرية بإنشاء مركز صحي، مشيرين إلى أنهم …`: a plural group that opens the sentence
 * after its verb (whatever the verb), then a plural participle of saying after a comma, which
 * carries the group's claim. The participle's place, as a context found after the noun.
 */
export function claimedAfter(tokens: Token[], q: number, noun: NounHit, end: number): number | undefined {
  if (noun.entry.number !== 'pl' || (noun.entry.cls !== 'group' && noun.entry.cls !== 'role'))
    return undefined;
  // The verb and the group open the sentence: `وطالب أهالي`, `وانتقد متابعون`.
  if (q !== 1 || !/^[وف]/u.test((tokens[0] as Token).text)) return undefined;
  for (let j = end; j < tokens.length && j < end + 25; j++) {
    const t = tokens[j] as Token;
    if (!t.isWord && !COMMAS.has(t.text)) return undefined;
    if (COMMAS.has(t.text) && pluralSaying(tokens[j + 1]?.text ?? '')) return j + 1;
    // `وناشد مواطنون الحكومة …، وأكدوا أن …`: the group's own plural verb of saying after the comma.
    if (COMMAS.has(t.text) && pluralSaid(tokens[j + 1])) return j + 1;
  }
  return undefined;
}
/** `وأكدوا`, `وأشاروا`, `وقالوا`: a verb of saying in the masculine plural past, with و. */
const pluralSaid = (tok: Token | undefined) =>
  tok !== undefined && /^و\S{2,}وا$/u.test(tok.text) && speechVerb(tok) !== undefined;
/** A participle of saying in the plural, or the feminine that agrees with a broken plural (`مؤكدة`). */
const pluralSaying = (word: string) => SAYING_PARTICIPLE.test(word) && /(?:ين|ه)$/u.test(word);

/** Words right before a noun that leave it no verb's subject: prepositions, `ما`, a pronoun. */
export const BEFORE_NOUN_NOT_SUBJECT = new Set(['الي', 'في', 'من', 'عن', 'علي', 'ما', 'هو', 'هي']);
/** Words with و or ف that open a sentence but are no verb (`ولكن المصدر`, `وبحسب المصدر`). */
const OPENING_NON_VERBS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...BEFORE_NOUN_NOT_SUBJECT,
  ...['لكن', 'ان', 'إن', 'أن', 'بحسب', 'حسب', 'وفق', 'وفقا', 'عند', 'مع', 'على', 'عن', 'إلى'].map(norm),
  ...['هذا', 'هذه', 'ذلك', 'تلك', 'بعد', 'قبل', 'خلال', 'منذ', 'كذلك', 'أيضا'].map(norm),
]);
/**
 * `ونسب المصدر نفسه الهجوم إلى …`, `ودعت المصادر المنظمات …`: the unnamed source introduced before is
 * the subject of the verb that opens the sentence (و or ف and the verb, then the source): whatever it
 * does there, it is still the unnamed source talking.
 */
export function afterOpeningVerb(tokens: Token[], i: number): boolean {
  const first = tokens[0];
  if (i !== 1 || !first?.isWord || !/^[وف]/u.test(first.text) || first.text.length < 4) return false;
  return !OPENING_NON_VERBS.has(first.text.slice(1)) && !/^[وف][بلك]?ال/u.test(first.text);
}

/** A claim opened by أن / إن within `reach` tokens after `from`, in the same clause. */
export function claimSoon(tokens: Token[], from: number, reach = 5): boolean {
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    const t = tokens[k] as Token;
    if (isComplementiser(t)) return true;
    if (!t.isWord && !COMMAS.has(t.text)) return false;
  }
  return false;
}
