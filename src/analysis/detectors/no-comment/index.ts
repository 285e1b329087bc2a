/**
 * `no_comment`: a party did not respond or declined to comment (ANNOTATION.md, "no_comment").
 * Cues: لم ترد على أسئلة/طلب للتعليق، رفض/امتنع عن التعليق، لم يدل بتعليقات، لم يتسن الوصول
 * إلى … للتعليق، لم يعلق، رفض تأكيد، لم تفصح عن، دون أي تعليق رسمي، التزم الصمت.
 * Not: failing to verify (لم يتسن لرويترز التحقق)، لم يرد = did not appear (لم يرد اسمه)،
 * refusals to act (رفض الدعوة)، asking to stay unnamed (رفض الكشف عن هويته)، تعليق الدراسة.
 */
import type { Detector, Finding, SentenceView } from '../../detector';
import { rx, WE } from '../../lexicon';
import type { Span } from '../../types';
import { firstCue } from '../cue-rules';
import { partyAfter, partyOfVerb } from '../party';
import { CONTACTED, GATE, PARTICIPLE } from './pieces';
import { RULES } from './rules';

function contactedParty(text: string, cue: Span): Span | undefined {
  const rest = text.slice(cue.end, cue.end + 120);
  const m = CONTACTED.exec(rest);
  if (!m) return undefined;
  return partyAfter(text, cue.end + m.index + m[0].length);
}

/** Documents and laws, which say what they say: `لم يحدد القانون` withholds nothing. */
const TEXTS = rx(`^(?:ال)?(?:دستور|قانون|نظام|لايحه|اتفاق|اتفاقيه|عقد|مرسوم|قرار|مشروع|نص|ميثاق)${WE}`);

/**
 * A negated verb that means "only" (`لم يكشف عن وجوده إلا بفضل …`, `لم تقدم سوى تنازلات`, `لم تفصح عن
 * ذلك إلا في الساعة …`): what was withheld came out after all. Not `إلا أن` (however).
 */
const ONLY_AFTER = rx(`^[^.،,:؛!؟]{0,50}?(?:^|\\s)(?:الا(?!\\s+ان)|سوي)${WE}`);

function findNoComment(view: SentenceView): Finding | undefined {
  const text = view.norm.text;
  if (!GATE.test(text)) return undefined;
  const hit = firstCue(text, RULES);
  if (!hit) return undefined;
  const { rule, cue } = hit;
  const cueText = text.slice(cue.start, cue.end);
  const rest = text.slice(cue.end);
  if (/^[وف]?(?:لم|لا|لن)\s/u.test(cueText) && ONLY_AFTER.test(rest)) return undefined;
  const finding: Finding = { kind: 'no_comment', cue, explanation: rule.explanation };
  let source: Span | undefined;
  if (rule.party === 'subject' && !PARTICIPLE.test(text.slice(cue.start, cue.end))) {
    source = partyOfVerb(text, cue, rule.partyEnds ? { objectStart: rule.partyEnds } : {});
  } else if (rule.party === 'contacted') source = contactedParty(text, cue);
  // `ولم يحدد الدستور مدة الولاية`: a text that leaves something open is no silent party.
  if (source && TEXTS.test(text.slice(source.start, source.end))) return undefined;
  if (source) finding.source = source;
  return finding;
}

export function createNoCommentDetector(): Detector {
  return (view) => {
    const found = findNoComment(view);
    return found ? [found] : [];
  };
}

/** The rules in order, for the test that every rule's `needs` holds wherever its pattern matches. */
export { RULES as NO_COMMENT_RULES };
