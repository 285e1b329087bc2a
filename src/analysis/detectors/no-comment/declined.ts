/**
 * The no_comment rule for a party that declined to comment (`رفض التعليق`, `امتنع عن الإدلاء بأي
 * تعليق`, `رفض الإفصاح عن اسم اللاعب`), with the checks that keep refusals of other things out;
 * listed in its place in rules.ts.
 */
import { alt, CONJ, rx, trieAlt, WB, WE } from '../../lexicon';
import { DECLINE_VERBS } from '../../lexicons/no-comment';
import { needs } from '../cue-rules';
import {
  AVOID,
  DETAIL_ACTS,
  DETAIL_OBJECT,
  GAP_ASIDES,
  GAP_BREAK,
  GAP_BREAK_NOT_RELATIVE,
  IDENTITY,
  OTHERS_IDENTITY,
  SPEECH,
  SUSPENDED,
  withoutAsides,
} from './pieces';
import type { Rule } from './rules';

/** The party was asked (`وبسؤاله`, `ردا على سؤال`, `حين سئل`): avoiding the matter then is not answering. */
const ASKED =
  /(?:^|\s)[وف]?(?:ب|عند|لدي|حين|ردا\s+علي)?\s?(?:سوال|سواله|سوالها|سوالهم|سيل|سيلت|سيلوا)(?:\s|$)/u;

/** What declining a comment is made of (`عن التعليق`, `عن الإدلاء بأي تعليق`, `عن الرد`). */
const COMMENT_ACTS = new Set(['التعليق', 'التعقيب', 'الرد', 'الاجابه', 'الادلاء']);

export const DECLINED_TO_COMMENT: Rule = {
  pattern: rx(
    `${WB}${CONJ}(?<cue>${alt(DECLINE_VERBS)})${WE}(?<gap>${GAP_ASIDES(90)})\\s(?:(?:عن\\s+|في\\s+)?(?<act>${SPEECH})|ان\\s+(?<verbAct>[يت](?:علق|تحدث|دلي|عقب)))${WE}`,
    'gd',
  ),
  needs: needs(trieAlt(DECLINE_VERBS)),
  explanation: 'a party declined to comment',
  accept: (text, _cue, m) => {
    // A closed aside is no break (`، وكيل الدفاع،`: its و is a letter of the word), between commas
    // or dashes (`ورفض المسؤولون - الذين طلبوا عدم الكشف عن أسمائهم - الإفصاح عن …`).
    const gap = withoutAsides(m.groups?.gap ?? '');
    const act = m.groups?.act ?? '';
    // `رفض المتحدث أن يعلق عليها`: the act as a verb after أن (not `أن يتحدث مع`: to negotiate).
    const verbAct = m.groups?.verbAct;
    // `امتنعت الشرطة التي تسيطر على المدينة عن الإدلاء بأي تعليق`: a relative clause inside the
    // subject, when عن and a comment close it.
    const closedByComment = /\sعن\s+\S+$/u.test(m[0]) && COMMENT_ACTS.has(act);
    if ((closedByComment ? GAP_BREAK_NOT_RELATIVE : GAP_BREAK).test(gap)) return false;
    if (verbAct !== undefined) {
      const afterVerb = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      return !(/تحدث$/u.test(verbAct) && /^\s*مع(?!نا)/u.test(afterVerb));
    }
    // تجنب الخوض في … is a policy of restraint; only avoiding a comment or an answer counts, or
    // going into the matter when asked about it (`وبسؤاله عما إذا … تجنب الخوض في المسألة`).
    if (
      AVOID.test(m.groups?.cue ?? '') &&
      !['التعليق', 'الرد', 'الاجابه', 'التعقيب'].includes(act) &&
      !(ASKED.test(text.slice(0, m.index)) && ['الخوض', 'الحديث', 'الدخول في التفاصيل'].includes(act))
    )
      return false;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // One's own name or identity is anonymity; someone else's (`اسم اللاعب`) is withheld.
    if (IDENTITY.test(after) && !OTHERS_IDENTITY.test(after)) return false;
    if (DETAIL_ACTS.has(act)) return DETAIL_OBJECT.test(after);
    // رفض الحديث معه = refused to negotiate with him; معنا = with us, the press.
    if ((act === 'الحديث' || act === 'التحدث') && /^\s*مع(?!نا)/u.test(after)) return false;
    if (act === 'تعليق' || act === 'التعليق') return !SUSPENDED.test(after);
    // رفض الإعلان عن اسميهما withholds information; رفض الإعلان الفلسطيني rejects a declaration.
    if (act === 'الاعلان') return /^\s*عن\s/u.test(after);
    return !/^\s*(?:العسكري|بالمثل|بقوه)/u.test(after);
  },
  party: 'subject',
};
