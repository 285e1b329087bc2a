/**
 * `وقالت وكالة «…» إن … . وأضافت أن …`: the next sentence continues the outlet that spoke, with the
 * outlet as its unstated subject (ANNOTATION.md: wire when the agency itself is the subject). Only
 * where the outlet itself was the speaker — the verb first, the outlet its subject, the claim after
 * it — never after a source quoted to an outlet (`قال مصدر لرويترز … وأضاف`: the source goes on).
 */
import { CONTINUATION_VERBS } from '../../lexicons/anonymous';
import type { SentenceView } from '../../detector';
import { WEEKDAYS } from '../../lexicons/common';
import { norm } from '../../normalize';
import { agreementOf, SAYING_PARTICIPLE, speechVerb } from '../../tokens/classes';
import type { Token } from '../../tokens/tokenize';
import type { Span } from '../../types';
import type { Credited } from './memory';
import { describesOutlet, RELAYS } from './words';

/** The outlet that spoke in a sentence, as the next one may continue it. */
export interface Speaker {
  index: number;
  outlets: string[];
  agree: 'm' | 'f';
  /**
   * The outlet passed on someone's words (`نقلت الوكالة عن فلان قوله`): the next sentence goes on
   * with the outlet only as `ونقلت عنه`; a bare `وقالت` is as likely the one it quoted.
   */
  relayed: boolean;
  /**
   * Only `ونقلت عنه` / `ونقل عنه` goes on, with either agreement: after a statement to the outlet
   * or a credit after the words (`قال الوزير لرويترز`, `وفقا لما نقلته وكالة «إسنا» عن الرئيس`),
   * whose outlet no verb before it made the speaker.
   */
  quotingOnly?: boolean;
}

/** Credits after which the outlet may go on quoting the one it credited. */
const QUOTES_AFTER = new Set(['told', 'verb', 'after', 'parens']);

/** The claim begins (`أن`, `إن`, `بأن`, `إلى أن`, a colon or a quotation). */
const CLAIM = /^(?:[وف]?ب?[اإأ]ن(?:ه|ها|هم|هما)?|الي|:|")$/;
/** Time words that may stand between the outlet and its claim. */
const TIME_WORDS = new Set([...WEEKDAYS, 'اليوم', 'أمس', 'الليلة', 'مساء', 'صباح'].map(norm));

/**
 * The sentence's speaking outlet: it opens with a verb of saying whose subject is the outlet the
 * credit names (`credit` is `verb`: not an outlet told, `وقال لـ«عكاظ»`), and the claim starts right
 * after the outlet's name, over time words (`قالت الوكالة أمس إن`).
 */
export function speakerOf(sentence: SentenceView, credited: Credited): Speaker | undefined {
  if (credited.outlets.length !== 1) return undefined;
  const index = sentence.index;
  // The verb before the outlet (`verb`) or after it, the outlet opening the sentence (`after`).
  const spoke =
    credited.credit === 'verb' || credited.credit === 'after'
      ? outletSpoke(sentence.tokens, index, credited)
      : undefined;
  if (spoke || !QUOTES_AFTER.has(credited.credit ?? '')) return spoke;
  return { index, outlets: credited.outlets, agree: 'f', relayed: true, quotingOnly: true };
}

function outletSpoke(tokens: readonly Token[], index: number, credited: Credited): Speaker | undefined {
  const before = tokens.filter((t) => t.end <= credited.cue.start);
  const after = tokens.filter((t) => t.start >= credited.cue.end && t.end <= credited.cue.end + 160);
  // The verb first (`قالت الوكالة`), or the outlet first at the head of the sentence, over a
  // conjunction (`لكن الصحيفة المحلية «في إل تي» ذكرت أن`): the verb then follows its descriptors.
  let verb = before.length === 1 ? speechVerb(before[0]) : undefined;
  let k = 0;
  if (!verb && (before.length === 0 || (before.length === 1 && OPENER.test((before[0] as Token).text)))) {
    k = overDescriptors(after, 0);
    verb = speechVerb(after[k]);
    k += 1;
  }
  if (!verb) return undefined;
  k = overAsides(after, k);
  const next = after[k];
  // The claim, or, after a verb of passing on (`نقلت الوكالة عن فلان`), the one it quotes.
  const relays = RELAYS.test(verb.stem) && next?.text === 'عن';
  if (!next || (!CLAIM.test(next.text) && !relays)) return undefined;
  const agree = agreementOf(verb.stem);
  return agree === 'pl' ? undefined : { index, outlets: credited.outlets, agree, relayed: relays };
}

/** What may open a sentence before the outlet that is its subject. */
const OPENER = /^[وف]?(?:لكن|بينما|فيما|كما)$/u;

/** Past the outlet's descriptors, time words and commas (`وكالة «تسنيم» الإيرانية للأنباء، أمس`). */
function overDescriptors(after: readonly Token[], from: number): number {
  let k = from;
  while (k < after.length) {
    const text = (after[k] as Token).text;
    if (TIME_WORDS.has(text) || text === '،' || describesOutlet(text)) k++;
    // `أول من أمس`
    else if (text === 'اول' && after[k + 1]?.text === 'من' && after[k + 2]?.text === 'امس') k += 3;
    else break;
  }
  return k;
}

/**
 * Past what may stand between the outlet and its claim: its descriptors and time words, its own
 * report (`في تقرير لها`), the sources it cites between commas or before the claim (`، نقلا عن
 * مسؤولين أمنيين، أنه`, `نقلا عن مصادر في الوزارة أن`), and the عن of `كشفت الصحيفة عن أن`. The
 * speaker is still the outlet: a continuation must agree with it, not with the sources.
 */
function overAsides(after: readonly Token[], from: number): number {
  let k = overDescriptors(after, from);
  for (let guard = 0; guard < 4 && k < after.length; guard++) {
    const text = (after[k] as Token).text;
    if (
      text === 'في' &&
      REPORT.test(after[k + 1]?.text ?? '') &&
      /^(?:لها|له)$/u.test(after[k + 2]?.text ?? '')
    ) {
      k = overDescriptors(after, k + 3);
    } else if (text === 'نقلا' && after[k + 1]?.text === 'عن') {
      let j = k + 2;
      while (
        j < after.length &&
        j < k + 10 &&
        !CLAIM.test((after[j] as Token).text) &&
        (after[j] as Token).text !== '،'
      )
        j++;
      if (j >= after.length || j >= k + 10) return k;
      k = overDescriptors(after, j);
    } else if (text === 'عن' && CLAIM.test(after[k + 1]?.text ?? '')) {
      k += 1;
    } else break;
  }
  return k;
}

const REPORT = /^(?:تقرير|حديث|مقال|خبر|تغريده|بيان)$/u;

/** Does this sentence open with a continuing verb of the same agreement and no subject of its own? */
export function continues(sentence: SentenceView, speaker: Speaker | undefined): Span | undefined {
  // (The sentence's words are read only when an outlet spoke in the one before.)
  if (!speaker || speaker.index !== sentence.index - 1) return undefined;
  const tokens = sentence.tokens.filter((t) => t.end <= 80);
  const [verb] = tokens;
  // Over an aside between dashes (`وقالت -نقلا عن مصادر خاصة- إنه`).
  let k = 1;
  if (tokens[k] && DASH.test((tokens[k] as Token).text)) {
    const close = tokens.findIndex((t, j) => j > k && DASH.test(t.text));
    if (close > 0) k = close + 1;
  }
  const next = tokens[k];
  if (!verb || !next) return undefined;
  // `مشيرة إلى أن`, `مضيفة أن`: a participle of saying in the outlet's gender goes on with its claim.
  if (!speaker.relayed && SAYING_PARTICIPLE.test(verb.text) && CLAIM.test(next.text)) {
    const feminine = /[هت](?:ين|ان)?$/u.test(verb.text);
    return feminine === (speaker.agree === 'f') ? { start: verb.start, end: verb.end } : undefined;
  }
  // `ونقلت عنه قوله`: the outlet goes on passing on the one it quoted.
  const quoting = RELAYS.test(verb.text.replace(/^[وف]/u, '')) && /^عن(?:ه|ها|هم)$/u.test(next.text);
  // `وأضافت نقلا عنه أن`: a verb of going on, still passing on the one it quoted.
  const quotingAside = next.text === 'نقلا' && /^عن(?:ه|ها|هم)$/u.test(tokens[k + 1]?.text ?? '');
  if (speaker.relayed ? !quoting && !quotingAside : !CLAIM.test(next.text) && !quoting) return undefined;
  const parsed = quoting ? { stem: verb.text.replace(/^[وف]/u, '') } : speechVerb(verb, CONTINUATION_VERBS);
  if (!parsed || (agreementOf(parsed.stem) !== speaker.agree && !speaker.quotingOnly)) return undefined;
  return { start: verb.start, end: verb.end };
}

const DASH = /^[-–—]$/u;
