/**
 * `وقالت وكالة «…» إن … . وأضافت أن …`: the next sentence continues the outlet that spoke, with the
 * outlet as its unstated subject (ANNOTATION.md: wire when the agency itself is the subject). Only
 * where the outlet itself was the speaker — the verb first, the outlet its subject, the claim after
 * it — never after a source quoted to an outlet (`قال مصدر لرويترز … وأضاف`: the source goes on).
 */
import { CONTINUATION_VERBS } from '../../lexicons/anonymous';
import { agreementOf, speechVerb } from '../../tokens/classes';
import { type Token, tokenize } from '../../tokens/tokenize';
import type { Span } from '../../types';

/** The outlet that spoke in a sentence, as the next one may continue it. */
export interface Speaker {
  index: number;
  outlets: string[];
  agree: 'm' | 'f';
}

/** The claim begins (`أن`, `إن`, `بأن`, `إلى أن`, a colon or a quotation). */
const CLAIM = /^(?:[وف]?ب?[اإأ]ن(?:ه|ها|هم)?|الي|:|")$/;
/** Time words that may stand between the outlet and its claim (`قالت الوكالة أمس إن`). */
const TIME_WORDS = new Set([
  'اليوم',
  'امس',
  'الليله',
  'مساء',
  'صباح',
  'الثلاثاء',
  'الاثنين',
  'الاحد',
  'السبت',
  'الجمعه',
  'الخميس',
  'الاربعاء',
]);

const words = (text: string): Token[] => tokenize(text);

/**
 * The sentence's speaking outlet: it opens with a verb of saying whose subject is the credited
 * outlet (`cue`), and the claim starts right after the outlet's name.
 */
export function speakerOf(text: string, index: number, cue: Span, outlets: string[]): Speaker | undefined {
  // Told to the outlet (`وقال لـ«عكاظ» إن`, `وقال للوكالة`): the speaker is someone else.
  if (outlets.length !== 1 || text[cue.start] === 'ل') return undefined;
  const tokens = words(text.slice(0, cue.start));
  const verb = tokens.length === 1 ? tokens[0] : undefined;
  const parsed = speechVerb(verb);
  if (!verb || !parsed) return undefined;
  const after = words(text.slice(cue.end, cue.end + 60));
  let k = 0;
  while (k < after.length && (TIME_WORDS.has((after[k] as Token).text) || (after[k] as Token).text === '،'))
    k++;
  const next = after[k];
  if (!next || !CLAIM.test(next.text)) return undefined;
  const agree = agreementOf(verb.text.replace(/^[وف]/, ''));
  return agree === 'pl' ? undefined : { index, outlets, agree };
}

/** Does this sentence open with a continuing verb of the same agreement and no subject of its own? */
export function continues(text: string, index: number, speaker: Speaker | undefined): Span | undefined {
  if (!speaker || speaker.index !== index - 1) return undefined;
  const tokens = words(text.slice(0, 40));
  const [verb, next] = tokens;
  if (!verb || !next || !CLAIM.test(next.text)) return undefined;
  if (!speechVerb(verb, CONTINUATION_VERBS)) return undefined;
  if (agreementOf(verb.text.replace(/^[وف]/, '')) !== speaker.agree) return undefined;
  return { start: verb.start, end: verb.end };
}
