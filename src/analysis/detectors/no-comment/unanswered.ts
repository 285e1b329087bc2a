/**
 * The no_comment rules about a question left unanswered in words other than the stock ones: a
 * party with nothing to say, a reply that never arrived, a request for comment turned down, a
 * party the outlet could not reach (said with a noun, `عدم تمكنها من التواصل`). Each is listed in
 * its place in the rules' order (rules.ts).
 */
import { CONJ, rx, WB, WE } from '../../lexicon';
import { CONTACT_TRIED, CONTACTED, HAVE, IDENTITY, OWN, SUSPENDED } from './pieces';
import { needs } from '../cue-rules';
import type { Rule } from './rules';

export const NOTHING_TO_SAY: Rule = {
  // `ليس لدي ما أقوله عنه`, `لا أملك ما أضيفه`: nothing to say about it (not `… سوى الشكر`).
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:ليس\\s+${HAVE}|لا\\s+${OWN})\\s+(?:ما|شييا)\\s+(?:اقوله|نقوله|يقوله|تقوله|اضيفه|نضيفه|يضاف|اقول|نقول|اضيف|نضيف))${WE}(?!(?:\\s+\\S+)?\\s+(?:سوي|غير|الا)${WE})`,
    'gd',
  ),
  needs: needs('(?:اقول|نقول|يقول|تقول|اضيف|نضيف|يضاف)'),
  explanation: 'a party said it had no comment',
};

export const NO_REPLY_ARRIVED: Rule = {
  // `وعد بالرد ولكن رده لم يصل حتى الآن`, `لم يصلنا أي رد`: the answer never came.
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:(?:ال)?(?:رد|رده|ردها|ردهم|ردود)\\s+لم\\s+(?:يصل|تصل|يصلنا|تصلنا)|لم\\s+(?:يصل|تصل|يصلنا|تصلنا|يصلني)(?:\\s+\\S+){0,2}?\\s+(?:اي\\s+)?(?:رد|ردود|اجابه|جواب|تعليق)))${WE}`,
    'gd',
  ),
  needs: needs('(?:يصل|تصل)'),
  explanation: 'no answer was received',
};

/**
 * `حاولت «عكاظ» التواصل مع الناطق الإعلامي، ولكن دون جدوى`: an attempt to reach a party that came to
 * nothing — the party did not answer (the attempt before it says who was sought).
 */
const PRESS_TRIED = rx(
  `(?:حاولنا|اتصلنا|تواصلنا|ارسلنا)|${WB}[وف]?(?:ال)?(?:صحيفه|جريده|مجله|موقع|قناه|وكاله|مراسل\\S*|محرر\\S*)${WE}|["»”]\\s*(?:بدورها\\s+|من\\s+جهتها\\s+)?(?:حاولت|اتصلت|تواصلت)|(?:حاولت|اتصلت|تواصلت)\\s+["«“]`,
);

export const TRIED_IN_VAIN: Rule = {
  pattern: rx(
    `${WB}(?<cue>(?:[وف]?(?:لكن|ولكن)\\s+)?(?:من\\s+)?(?:دون|بدون|بلا)\\s+(?:جدوي|طايل|فايده|نتيجه))${WE}`,
    'gd',
  ),
  needs: needs('جدوي', 'طايل', 'فايده', 'نتيجه'),
  explanation: 'a party did not answer when contacted',
  // …the press's attempt (the paper, its reporter, "we", or an outlet's name in quotes), not the
  // police trying to reach kidnappers.
  accept: (text, cue) => {
    const before = text.slice(0, cue.start);
    return CONTACT_TRIED.test(before) && CONTACTED.test(before) && PRESS_TRIED.test(before);
  },
  party: 'contacted',
};

export const REQUEST_TURNED_DOWN: Rule = {
  // `ورفض مكتب السفيرة طلبا من الصحيفة للتعليق`: a request for comment turned down.
  pattern: rx(
    `${WB}${CONJ}(?<cue>رفض|رفضت|رفضوا|يرفض|ترفض)${WE}(?:\\s+\\S+){0,7}?\\s+(?:ال)?(?:طلب|طلبا|طلبات)(?:\\s+\\S+){0,5}?\\s+(?:للتعليق|للرد|للتعقيب|لاجراء\\s+مقابله)${WE}`,
    'gd',
  ),
  needs: needs('طلب'),
  explanation: 'a party declined to comment',
  party: 'subject',
};

export const COULD_NOT_REACH: Rule = {
  // `وذكرت وسائل الإعلام عدم تمكنها من التواصل مع الشرطة للحصول على تعليق`: said with a noun.
  pattern: rx(
    `${WB}(?<cue>[وفب]?عدم\\s+(?:تمكن|التمكن)\\S*)(?:\\s+\\S+){0,2}?\\s+من\\s+(?:الاتصال|التواصل|الوصول)(?:\\s+\\S+){1,8}?\\s+(?:للحصول\\s+علي\\s+(?:اي\\s+)?(?:تعليق|رد|توضيح)|للتعليق|لسوال\\S*)${WE}`,
    'gd',
  ),
  needs: needs('تمكن'),
  explanation: 'the party could not be reached for comment',
};

export const SECRECY: Rule = {
  // `في ظل تكتم الحزب على ما يجري`, `تفرض السلطات تعتيما تاما على ما يحدث`: secrecy kept, said
  // with a noun (not `طلب التكتم على هويته`: a withheld name is anonymity).
  pattern: rx(
    `${WB}(?<cue>[وفب]?(?:ال)?(?:تكتم|تعتيم|تعتيما))(?:\\s+\\S+){0,3}?\\s+(?:علي|حول|بشان)${WE}`,
    'gd',
  ),
  needs: needs('تكتم', 'تعتيم'),
  explanation: 'a party kept the matter secret',
  // …nor secrecy with no one keeping it (`ومع التكتم على سير المحادثات`, a headline's `تكتم على
  // محادثات …`): the labelled sets leave 3 of 3 unmarked.
  accept: (text, cue) =>
    !IDENTITY.test(text.slice(cue.end, cue.end + 60).replace(/^.*?(?:علي|حول|بشان)\s+/u, '')) &&
    !(
      /تكتم$/u.test(text.slice(cue.start, cue.end)) &&
      /^\s+(?:علي|حول|بشان)\s/u.test(text.slice(cue.end, cue.end + 8))
    ),
};

export const SECRECY_CITED: Rule = {
  // `ما تزال متحفظة بذريعة سرية التحقيق`, `تتذرع بالسرية`, `لا نستبق نتائج التحقيق`: a party that
  // cites confidentiality, or waits for the findings, instead of answering.
  pattern: rx(
    `${WB}(?<cue>(?:[وفب]?(?:ذريعه|بذريعه|بحجه|بداعي|لدواعي|تتذرع|يتذرع|تذرعت|تذرع|تتعذر|يتعذر)\\s+(?:ب)?(?:ال)?سريه)|[وف]?(?:لا|لن)\\s+(?:(?:نريد|اريد|يريد|تريد)\\s+(?:ان\\s+)?)?(?:نستبق|استبق|يستبق|تستبق|استباق))${WE}`,
    'gd',
  ),
  needs: needs('سريه', 'نستبق', 'استبق', 'يستبق', 'تستبق', 'استباق'),
  explanation: 'a party cited confidentiality or the pending findings instead of answering',
};

/** Things hung up (تعليق in its other sense): lists, signs, pictures, posters, flags. */
const HUNG = rx(`^\\s+(?:ال)?(?:قايم|قوايم|لافت|لوح|صور|اعلان|ملصق|شعار|علم|اعلام|زين)`);

export const NOT_COMMENTING_NAMED: Rule = {
  // `عدم تعليق حزب الله على الحادثة`, `رغم عدم تعقيب الوزارة حتى الآن على …`: a party's not
  // commenting said with a noun — the party right after it, then what it did not comment on. (Not
  // the noun صمت: `الصمت الدولي حيال …` is a columnist's reproach far more often than a silence.)
  pattern: rx(
    `${WB}(?<cue>[وفبل]?عدم\\s+(?:تعليق|تعقيب))\\s+\\S+(?:\\s+\\S+){0,3}?\\s+(?:علي|حيال|ازاء|تجاه|بشان)${WE}`,
    'gd',
  ),
  needs: needs('تعليق', 'تعقيب'),
  explanation: 'a party kept silent',
  // `عدم تعليق الدراسة`: classes not suspended; `عدم تعليق قائمة الأسعار على الواجهة`: not hung up.
  accept: (text, cue) =>
    !SUSPENDED.test(text.slice(cue.end, cue.end + 40)) && !HUNG.test(text.slice(cue.end, cue.end + 30)),
};
