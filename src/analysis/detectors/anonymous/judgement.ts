/**
 * The finding made of a source noun judged unnamed (judge.ts): the cue (verb and noun), the source
 * as the tooltip shows it (with its description and any coordinated sources), the count, and the
 * agreement a verb that goes on with it would take.
 */
import type { Finding } from '../../detector';
import type { Agreement } from '../../lexicons/anonymous';
import type { NounHit } from '../../tokens/classes';
import type { Token } from '../../tokens/tokenize';
import type { Context } from './context';
import { coordinatedNoun, countOf, describe, isResource, shownEnd } from './description';
import type { Judgement } from './memory';
import { span } from './words';

/** Verbs of complaining (normalised), whose `من` introduces what is complained of. */
const COMPLAINT = /^[وف]?(?:اشتك|يشتك|تشتك|شكا|شكت|شكو|يشك|تشك|تذمر|يتذمر)/u;
const AILMENT = /^(?:ال)?(?:اعراض|الم|الام|مرض|امراض|صداع|حمي|اوجاع|وجع|ضيق|سعال|اصابه)$/u;

/** Where judge.ts found the noun, what speaks through it and why it is unnamed. */
export interface Judged {
  i: number;
  /** Where the phrase starts, with its count (`ثلاثة من`, `أحد`). */
  q: number;
  noun: NounHit;
  before: Context | undefined;
  after: number | undefined;
  /** The verb of a claim carried further on (carried-claim.ts). */
  claimed: number | undefined;
  /** The end of the noun's description. */
  end: number;
  /** `أحد`/`إحدى` before the noun. */
  one: boolean;
  why: string;
}

export function judgementOf(
  tokens: Token[],
  { i, q, noun, before, after, claimed, end, one, why }: Judged,
): Judgement | undefined {
  const { entry } = noun;
  const tok = tokens[i] as Token;
  const cueFrom = claimed !== undefined ? 0 : Math.min(before?.at ?? q, q);
  // With the claim carried by a participle further on, the cue is the verb and the group.
  const cueTo = claimed !== undefined ? i + 1 : Math.max(after !== undefined ? after + 1 : i + 1, i + 1);
  // `3 مصادر تابعة للميليشيات ومصدرين أمنيين`: one description, and the total when every part counts.
  let sourceEnd = shownEnd(tokens, i, end);
  // …and the source is the group with its genitive (`أهالي القرية`), not the verb's object after it.
  if (claimed !== undefined)
    sourceEnd = Math.min(
      sourceEnd,
      i + 1 + (noun.entry.construct && tokens[i + 1]?.text.startsWith('ال') ? 1 : 0),
    );
  // `تذمر أهالي القرية من انقطاع الكهرباء`: after a verb of complaining, من opens the complaint.
  const verbAt = before?.how === 'verb' ? before.at : after;
  if (verbAt !== undefined && COMPLAINT.test((tokens[verbAt] as Token).text)) {
    const last = Math.max(end, verbAt + 2);
    const from = tokens.findIndex((t, k) => k > i && k <= last && t.text === 'من');
    if (from > i && from < sourceEnd) sourceEnd = from;
    // `يشتكون من أعراض غريبة`: an ailment complained of is no claim.
    if (from > i && AILMENT.test(tokens[from + 1]?.text ?? '')) return undefined;
  }

  let count = countOf(tokens, q, i, noun);
  for (let k = end, parts = 0; parts < 4; parts++) {
    const more = coordinatedNoun(tokens, k);
    if (!more || more.noun.entry.cls === 'media' || isResource(tokens, more.at, true)) break;
    const d = describe(tokens, more.at);
    if (d.named) break;
    count = count !== undefined && more.count !== undefined ? count + more.count : undefined;
    sourceEnd = shownEnd(tokens, more.at, d.end);
    k = d.end;
  }
  // The source without the noun's conjunction or preposition (`لمصدرين مطلعين` → `مصدرين مطلعين`);
  // not `للمصادر`, whose ل has taken the article's alif.
  const sourceSpan = span(tokens, q, sourceEnd);
  if (q === i)
    sourceSpan.start += noun.conj.length + (noun.prep === 'ل' && noun.definite ? 0 : noun.prep.length);
  const finding: Finding = {
    kind: 'anonymous',
    cue: span(tokens, cueFrom, cueTo),
    source: sourceSpan,
    explanation: `Attributed to ${why}.`,
  };
  if (count !== undefined) finding.count = count;
  const agree: Agreement = entry.number === 'sg' && tok.text.endsWith('ه') ? 'f' : entry.agree;
  // `أحد المسؤولين` is one man, `إحدى الموظفات` one woman.
  const oneAgrees: Agreement = (tokens[q] as Token).text.endsWith('ي') ? 'f' : 'm';
  return { finding, lemma: entry.lemma, agree: one ? oneAgrees : agree };
}
