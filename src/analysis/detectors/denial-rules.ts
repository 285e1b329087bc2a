/**
 * The denial rules in order: the first rule whose pattern matches, its checks passed, gives the mark
 * (cue-rules.ts); with the pattern pieces they share and the checks on the text around a match.
 * What undoes a verb of denial is in denial-verb.ts, the gate and the detector in denial.ts.
 */
import {
  CLAIM_NOUNS,
  DENY_VERBS,
  FALSE_WORDS,
  MANNER_WORDS,
  REFUTE_VERBS,
  REJECT_VERBS,
} from '../lexicons/denial';
import { alt, trieAlt, CONJ, PREP, rx, WB, WE } from '../lexicon';
import { type CueRule, needs, WORD_END } from './cue-rules';
import { DISOWNED, SPECULATION } from './denial-disowned';
import { CLAIM, NOTHING_BUT, REPORTED, sayingVerbIn, spokenBefore } from './denial-pieces';
import { before, denyVerbHolds, NEGATED } from './denial-verb';

export interface Rule extends CueRule {
  /** Whether the party is the verb's subject (found around the cue). */
  party?: boolean;
}

const GAP = (n: number) => `[^.!؟?]{0,${n}}?`;
/**
 * Pictures, recordings, documents and figures in circulation, called fabricated or untrue as a
 * claim is (`الصور المتداولة مضللة`, `الوثيقة المتداولة «مفبركة»`, `الأرقام المتداولة غير صحيحة`).
 */
const PICTURES =
  '(?:ال)?(?:صور|صورا|صوره|فيديو|فيديوهات|مقطع|مقاطع|تسجيل|تسجيلات|وثيقه|وثايق|مستند|مستندات|خطاب|ارقام|(?:رساله|رسايل|تغريده|تغريدات|منشور|منشورات)\\s+(?:ال)?متداول\\S*)';
/** A party accusing someone (of spreading false news): the accusation denies what was spread. */
const ACCUSING = rx(`(?:^|\\s)[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|يتهمون|متهما|متهمه)\\s`);
/**
 * False news as what is spread, not as what a party denies: the offence charged (`بتهمة نشر
 * أخبار كاذبة`) and spreading as the topic (`كثفت مواقع من بث معلومات مغلوطة`).
 */
const CHARGED = rx(
  `(?:^|\\s)(?:(?:تهمه|تهم|جريمه|جرايم)\\s+)?[وفبل]*(?:ال)?(?:نشر|بث|ترويج|تداول|اختلاق|تلفيق)\\s+(?:\\S+\\s+){0,2}$`,
);
/**
 * What a verb of refuting takes: a claim, or someone's words (`يفند كلام هيكل`, `أنكر أقواله`), a
 * deed or knowledge of one's own (`أنكروا تعمدهم التحرش`, `أنكر ارتكابه`, `أنكرت معرفتها به`), or
 * the stock clause of denial (`أنكر أن يكون قد التقى`, as `نفى أن يكون`).
 */
const CLAIM_OBJECT = `${WB}${CONJ}${PREP}(?:${CLAIM}|${REPORTED}|${PICTURES}|(?:ال)?(?:كلام|اقوال)(?:ه|ها|هم)?|صحه|وجود|تورط\\S*|صل(?:ت)?ه\\S*|علاق\\S*|علمه|علمها|(?:تعمد|قيام|ارتكاب|معرفت|مشاركت)(?:ه|ها|هم|هما)|مسووليت\\S*|اي|ايه|ان\\s+(?:يكون|تكون|يكونوا|يكونا|تكونا))${WE}`;
const FALSE = alt(FALSE_WORDS);
const ACCUSATION = rx(`(?:اتهام|تهم|ادعاء|مزاعم|شايعات|اشاعات|اكاذيب|افتراءات)`);
/** Not true: `غير صحيح`, and `ليس صحيحا` (`إن ذلك ليس صحيحا`). */
const NOT_TRUE =
  '(?:غير\\s+(?:صحيح|صحيحه|دقيق|دقيقه)|(?:ليس|ليست)\\s+(?:صحيحا|صحيحه|دقيقا|دقيقه|بصحيح|بصحيحه))';

const FALSE_PIECE = trieAlt(FALSE_WORDS);
/** Words that call a claim untrue (`لا يمت … بصلة`, `مجافية للحقيقة`): its rule's needs and the gate. */
export const UNTRUE_PIECES = ['بصله', 'مجافي', 'منافي', 'مناف', 'مغايره', 'تنافي', 'ينافي', 'تجافي', 'يجافي'];
/** Mere rumours, claims or lies (`مجرد شائعات`): not speculation, which an analyst may call it. */
export const MERE =
  '(?:ال)?(?:شايعات|اشاعات|اقاويل|مزاعم|ادعاءات|اكاذيب|افتراءات|اباطيل|تلفيقات|فبركات|اختلاقات|دعايه)';
/**
 * A claim said to rest on nothing or to lack credibility (`لا تستند إلى أي دليل`, `يفتقر إلى
 * المصداقية`): only after a claim noun, like the false words.
 */
export const RESTS = '(?:تستند|يستند)';
export const LACKS = '(?:تفتقر|يفتقر|تفتقد|يفتقد)';
/** Without any basis (`اتهامات بلا أساس`, `دون أي أساس من الصحة`, `بدون وجود أي سند`). */
const WITHOUT_BASIS =
  '(?:بلا|بدون|دون|من\\s+دون|من\\s+غير)\\s+(?:وجود\\s+)?(?:اي\\s+)?(?:اساس|سند|دليل|ادله|اثبات|برهان)';
const BASELESS = `(?:${WITHOUT_BASIS}|لا\\s+${RESTS}\\s+(?:الي|علي)\\s+(?:اي\\s+)?(?:دليل|ادله|اساس|سند|اسس)|${LACKS}\\s+(?:الي\\s+|ل)?(?:ال|لل)?(?:دقه|مصداقيه|صحه|ادله|دليل|اساس|موضوعيه))`;
const NOT_TRUE_PIECE = 'غير\\s+(?:ال)?(?:صحيح|دقيق)|ليست?\\s+ب?(?:صحيح|دقيق)';

const ARGUMENT_BEFORE = rx(`(?:^|\\s)(?:مما|بما|ما|كنت|ام|او)\\s+$`);
// …and `رفض توجيه الاتهام`: refused to accuse, no accusation rejected.
const SPEECH_IN_GAP = rx(
  `(?:التعليق|التعقيب|الرد|تاكيد|الحديث|الخوض|الاجابه|مناقشه|الكشف|الافصاح|اعطاء|الادلاء|توجيه|الذي|التي)`,
);
const CLAIM_CONTEXT = rx(
  `${WB}(?:${REPORTED}|${CONJ}${PREP}${CLAIM}|الحديث\\s+عن|الكلام\\s+عن|الرقم|الارقام)${WE}`,
);
const MANNER_BEFORE = rx(`${WB}${alt(MANNER_WORDS)}\\s+$`);
const POINTER_BEFORE = rx(`(?:^|\\s|:)(?:[وف]?(?:هذا|هذه|ذلك)(?:\\s+\\S+)?|:)\\s*$`);

const DISPELLED_CLAIM = rx(`^(?:\\s+\\S+){0,3}?\\s+${CONJ}(?:${CLAIM}|${REPORTED})${WE}`);
/** `على الإطلاق`, `إطلاقا`, `تماما`, `جملة وتفصيلا`, `البتة` right after "untrue". */
const EMPHASIS_AFTER = /^\s*(?:علي\s+الاطلاق|اطلاقا|تماما|جمله\s+وتفصيلا|البته|بتاتا)/u;
const FINDING_BEFORE = rx(`(?:حال|حاله|ثبت|ثبوت|تبين|يتبين|اتضح|يتضح|ظهر|يظهر|احتمال)\\s+$`);

/** Not involved (`لم تكن تركيا ضالعة مطلقا في`, `إننا لسنا متورطين في`): the blame rejected. */
const NOT_INVOLVED =
  '(?:ليس|ليست|ليسوا|لسنا|لست|(?:لم|لن)\\s+(?:يكن|تكن|يكونوا|نكن|اكن|يكون|تكون))\\s+(?:\\S+\\s+)?(?:ضالع|متورط)\\S*';

export const RULES: readonly Rule[] = [
  {
    pattern: rx(`${WB}${CONJ}${PREP}(?<cue>${alt(DENY_VERBS)})${WE}`, 'gd'),
    explanation: 'a party denies (نفى)',
    needs: needs(trieAlt(DENY_VERBS)),
    accept: (text, cue, m) => denyVerbHolds(text, cue, m.index),
    party: true,
  },
  {
    pattern: rx(
      `${WB}${CONJ}(?<cue>${alt(REJECT_VERBS)})${WE}(?<gap>${GAP(50)})${WB}${CONJ}${PREP}(?<claim>${CLAIM}|${REPORTED}|صحه)${WE}`,
      'gd',
    ),
    explanation: 'a party rejects an accusation or report',
    needs: needs(trieAlt(REJECT_VERBS)),
    accept: (text, cue, m) => {
      if (SPEECH_IN_GAP.test(m.groups?.gap ?? '') || NEGATED.test(before(text, cue.start))) return false;
      // The claim in a clause of its own (`رفض هذه العروض وذكرت تقارير أن`): another verb before it.
      if (sayingVerbIn(m.groups?.gap ?? '')) return false;
      // استنكر condemns statements or acts; it denies only an accusation (استنكر الادعاءات).
      return !/ستنكر/u.test(m.groups?.cue ?? '') || ACCUSATION.test(m.groups?.claim ?? '');
    },
    party: true,
  },
  {
    // `أعرب عن رفضه للتصريحات …`, `أعلنت رفضها القاطع للاتهامات`: the rejection said as a noun,
    // of a claim right after it; and `برأت الحكومة نفسها من …`: a party clears itself.
    pattern: rx(
      `${WB}(?<cue>[وب]?رفض(?:ه|ها|هم|هما)\\s+(?:(?:ال)?(?:قاطع|تام|شديد|كامل)\\s+)?(?:ل|لل)(?:(?:هذه|تلك|كل)\\s+)?(?:ال)?${alt(CLAIM_NOUNS)}|[وف]?(?:برا|برات|براوا|يبري|تبري)\\s+(?:\\S+\\s+){0,8}?نفس(?:ه|ها|هم|هما|يهما)\\s+من)${WE}`,
      'gd',
    ),
    explanation: 'a party rejects an accusation or report',
    needs: needs('رفض', 'نفس'),
    party: true,
  },
  {
    pattern: rx(`${WB}${CONJ}(?<cue>${alt(REFUTE_VERBS)})${WE}${GAP(60)}${CLAIM_OBJECT}`, 'gd'),
    explanation: 'a party refutes a claim (كذّب، دحض، فنّد، أنكر)',
    needs: needs(trieAlt(REFUTE_VERBS)),
    accept: (text, cue) => {
      const pre = before(text, cue.start);
      if (NEGATED.test(pre) || ARGUMENT_BEFORE.test(pre)) return false;
      // بدّد dispels what is named right after it: a claim (not `بدد المؤشر مكاسبه`, `بدد المخاوف`).
      if (
        /بدد/u.test(text.slice(cue.start, cue.end)) &&
        !DISPELLED_CLAIM.test(text.slice(cue.end, cue.end + 50))
      )
        return false;
      // كذب على = lied to, أنكر على = disapproved of: no claim is being denied. Not across a
      // comma: `فند رئيس البلدية، علي الحجيري، مزاعم` names Ali (على and علي are one once normalised).
      return !/^(?:\s+[^\s،,]+){0,3}\s+علي\s/u.test(text.slice(cue.end, cue.end + 40));
    },
    party: true,
  },
  {
    pattern: rx(`${WB}(?<cue>[وب]?(?:ال)?عار(?:يه|يا)?\\s+(?:تماما\\s+)?(?:عن|من)\\s+(?:ال)?صحه)${WE}`, 'gd'),
    explanation: 'a report is called groundless (عارٍ عن الصحة)',
    needs: needs('عار'),
  },
  {
    // `لم أقل هذا الكلام أبدا`, `ما قلت ذلك`, `لم نصرح بهذا`: a party says it never said what is put
    // to it; not `ما قلت ذلك إلا …` (I said it only …).
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:لم\\s+(?:اقل|نقل|اصرح|نصرح)|ما\\s+(?:قلت|قلنا|صرحت))\\s+(?:ب)?(?:هذا|ذلك|هذه|مثل\\s+هذا|مثل\\s+ذلك))${WE}`,
      'gd',
    ),
    explanation: 'a party says it never said it',
    needs: needs('اقل', 'نقل', 'اصرح', 'نصرح', 'قلت', 'قلنا', 'صرحت'),
    accept: (text, cue) => !/^(?:\s+\S+){0,4}?\s+الا(?!\S)/u.test(text.slice(cue.end, cue.end + 50)),
  },
  {
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:لا|ليس|ليست)\\s+(?:(?:لها|له|لهم|لهما)\\s+)?(?:اي\\s+)?اساس\\s+(?:(?:لها|له|لهم)\\s+)?من\\s+(?:ال)?صحه)${WE}`,
      'gd',
    ),
    explanation: 'a report is called baseless (لا أساس له من الصحة)',
    needs: needs('اساس'),
  },
  {
    // `وشدد على عدم صحة الأنباء`, `أكدت عدم دقة ما نشر`, `تعلم الوزارة بعدم صحة تلك الأخبار`: the
    // untruth of a claim asserted; not a
    // condition or a finding (`في حال عدم صحة المعلومات`, `ثبت عدم صحة البلاغ`).
    pattern: rx(
      `${WB}(?<cue>[وف]?ب?عدم\\s+(?:صحه|دقه|مصداقيه))\\s+(?:(?:هذا|هذه|تلك|ذلك)\\s+)?(?:${CLAIM}${WE}|${REPORTED}${WE}|${PICTURES}${WE}|ما\\s)`,
      'gd',
    ),
    explanation: 'a report is called untrue (غير صحيح)',
    needs: needs('عدم\\s+(?:صحه|دقه|مصداقيه)'),
    accept: (text, cue) => !FINDING_BEFORE.test(before(text, cue.start, 20)),
  },
  {
    pattern: rx(`${WB}${CONJ}(?<cue>لا\\s?صحه)\\s+(?:ل|مطلقا|اطلاقا|علي|في|لها|له)`, 'gd'),
    explanation: 'a report is called untrue (لا صحة لـ)',
    needs: needs('صحه', 'لاصحه'),
  },
  {
    // `هذا الكلام لم يصدر عني`, `التصريحات المنسوبة إليه لم تصدر عنه`: words a party says it never said;
    // not `… ولم يصدر عنها أي رد`, a reply never issued (a silence, no_comment).
    pattern: rx(
      `${WB}[وف]?(?:ال)?(?:كلام|تصريح|تصريحات|حديث|قول|اقوال)${WE}${GAP(40)}(?<cue>(?:لم|لا)\\s+(?:يصدر|تصدر)\\s+(?:عن|من)(?:ي|ه|ها|نا|هم)?)${WE}(?!(?:\\s+\\S+){0,2}?\\s+(?:اي|ايه)${WE})`,
      'gd',
    ),
    explanation: 'a party says it never made the statement',
    needs: needs('(?:لم|لا)\\s+(?:يصدر|تصدر)'),
  },
  {
    pattern: rx(
      `${WB}${CONJ}${PREP}(?:${CLAIM}|${REPORTED}|${PICTURES})${WE}${GAP(60)}${WB}(?<cue>[وب]?(?:ال)?${FALSE}|لا\\s+اساس\\s+(?:ولا\\s+\\S+\\s+)?(?:لها|له)|و?غير\\s+(?:ال)?(?:صحيح|صحيحه|دقيق|دقيقه)|${BASELESS})${WE}`,
      'gd',
    ),
    explanation: 'an accusation or report is called false',
    needs: needs(
      FALSE_PIECE,
      'لا\\s+اساس',
      NOT_TRUE_PIECE,
      RESTS,
      LACKS,
      'اساس',
      'سند',
      'دليل',
      'ادله',
      'اثبات',
      'برهان',
    ),
    accept: (text, cue, m) => {
      const pre = before(text, cue.start, 50);
      // …unless a party accuses someone of spreading it (`اتهم الوزير القناة ببث أخبار كاذبة`).
      if (CHARGED.test(pre) && !ACCUSING.test(pre)) return false;
      // Someone must be calling it false: a party's words before the claim (a verb of saying or
      // judging, a speaker's colon, quotation marks). `ضد الشائعات والمعلومات المغلوطة`,
      // `تعطي انطباعا مضللا`, `الأخبار المصطنعة` in a columnist's own prose are no party's denial.
      return spokenBefore(text.slice(0, m.index));
    },
  },
  {
    pattern: rx(
      `${WB}${CONJ}(?<cue>(?:لا\\s+(?:يعكس|تعكس)\\s+الحقيقه(?!\\s+ال)|(?:بعيد|بعيده)\\s+(?:كل\\s+البعد\\s+)?عن\\s+(?:ال)?(?:حقيقه|صحه|واقع)|لا\\s+(?:تمت|يمت)\\s+(?:الي\\s+|ب)?(?:ال|لل|ل)?(?:حقيقه|واقع|صحه)\\s+بصله|(?:مجافيه|مجافي|منافيه|مناف|منافي|مغايره|تنافي|ينافي|تجافي|يجافي)\\s+(?:لل|ل|ال)?(?:حقيقه|واقع|صحه)))${WE}`,
      'gd',
    ),
    // …and `لا يعكس الحقيقة` (not `لا تعكس واقع اقتصادها`, a rating's analysis), `بعيد عن الصحة`.
    explanation: 'a claim is called untrue (لا يمت إلى الحقيقة بصلة)',
    needs: needs(
      'بصله',
      `(?:${UNTRUE_PIECES.join('|')})\\S*\\s+(?:لل|ل|ال)?(?:حقيقه|واقع|صحه)`,
      '(?:يعكس|تعكس)\\s+الحقيقه',
      'بعيد\\S*\\s+(?:كل\\s+البعد\\s+)?عن\\s+(?:ال)?(?:حقيقه|صحه|واقع)',
    ),
  },
  {
    pattern: rx(
      `${WB}(?<cue>(?:[وف]?(?:هذا|هذه|ذلك)|محض|مجرد)\\s+(?:(?:ال)?(?:امر|امور|كلام|حديث|خبر|ادعاء|خطاب|طرح|انطباع|تصور|قول)(?:\\s+[^\\s.،,:؛"]+){0,4}?\\s+(?:(?:كلها|جميعها|كله)\\s+)?)?(?:(?:ال)?${FALSE}|خاطي|خطا|كذب|${NOT_TRUE}|عار\\s+(?:عن|من)\\s+الصحه)|${NOTHING_BUT}\\s+${MERE}|(?<=^|[:"]\\s?)(?:كله|كلها)\\s+(?:كذب|هراء|افتراء|افتراءات))${WE}`,
      'gd',
    ),
    // …also with what the talk is about between (`هذا الخطاب عن اليأس الأفريقي خاطئ`), and a reply
    // that opens with "all of it is lies" (`ردت: كله كذب`, `«كله هراء»`).
    explanation: 'a claim is called false (هذا أمر خاطئ)',
    // `هذا خطأ` with no talk named is "this is a mistake" (3 of 3 labelled none), not a claim
    // called false; `هذا الكلام خطأ` is.
    accept: (text, cue) => !/^[وف]?(?:هذا|هذه|ذلك)\s+خطا$/u.test(text.slice(cue.start, cue.end)),
    needs: needs(
      FALSE_PIECE,
      `(?:خاطي|خطا|كذب)${WORD_END}`,
      NOT_TRUE_PIECE,
      'عار\\s+(?:عن|من)',
      `${NOTHING_BUT}\\s+${MERE}`,
      '(?:كله|كلها)\\s+(?:كذب|هراء|افتراء)',
    ),
  },
  {
    pattern: rx(
      `${WB}(?:[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف|واصفا|اعتبر|اعتبرت|يعتبر|تعتبر|معتبرا)\\S*)\\s${GAP(80)}(?:بانها|بانه|بانهم|انها|ب)?\\s*"?(?<cue>(?:ال)?(?:${FALSE}|${NOT_TRUE}))${WE}`,
      'gd',
    ),
    explanation: 'a party calls a claim false',
    needs: needs(FALSE_PIECE, NOT_TRUE_PIECE),
    party: false,
  },
  {
    // "Contrary to reports, we did not …": a party negates what was reported.
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:علي\\s+عكس|عكس|خلافا\\s+ل|بخلاف)\\s*(?:${REPORTED}|(?:بعض\\s+|كل\\s+)?${CLAIM}))${WE}[^.!؟?]{0,40}?${WB}(?:لم|لن|ليس|ليست|لا)${WE}`,
      'gd',
    ),
    explanation: 'a party says the opposite of what was reported',
    needs: needs('عكس', 'خلافا'),
  },
  {
    pattern: rx(`${WB}(?<cue>${NOT_TRUE})${WE}`, 'gd'),
    explanation: 'a report is called untrue (غير صحيح)',
    needs: needs(NOT_TRUE_PIECE),
    accept: (text, cue) => {
      const pre = before(text, cue.start, 150);
      if (MANNER_BEFORE.test(pre)) return false;
      // `الداخلية: غير صحيح منع …`: a headline that gives a party's word, colon and all.
      if (/^[^.،,:]{2,60}:\s*$/u.test(text.slice(0, cue.start))) return true;
      // `"المدير": إلغاء المباراة غير صحيح`: the same headline with the claim before the verdict,
      // which ends it.
      if (
        /^[^.،,:]{2,60}:[^.،,:؛]{6,90}$/u.test(text.slice(0, cue.start)) &&
        /^\s*[.!]?\s*$/u.test(text.slice(cue.end))
      )
        return true;
      // `ولكنه غير صحيح على الإطلاق`: untrue with emphasis is a party's verdict on a claim.
      if (spokenBefore(text.slice(0, cue.start)) && EMPHASIS_AFTER.test(text.slice(cue.end, cue.end + 20)))
        return true;
      return POINTER_BEFORE.test(before(text, cue.start, 20)) || CLAIM_CONTEXT.test(pre);
    },
  },
  {
    // `هذه المجموعة لا تمت لنا بأي صلة`: a party disowns a link it is accused of.
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:لا|ليس|ليست)\\s+(?:تمت|يمت|يمتون)\\s+(?:لنا|له|لها|لهم|الينا|اليه|اليها|اليهم)\\s+(?:باي\\s+|بايه\\s+|ب)صله)${WE}`,
      'gd',
    ),
    explanation: 'a party disowns a link (لا تمت لنا بصلة)',
    needs: needs('صله'),
  },
  {
    // `الحوثيون ينسجون الأكاذيب`, `يروج شائعات`: what a party spreads is called lies.
    pattern: rx(
      `${WB}(?:[وف]?(?:ينسج|ينسجون|تنسج|نسج|نسجوا|يختلق|يختلقون|تختلق|اختلق|اختلقوا|يفبرك|يفبركون|تفبرك|فبرك|فبركوا))\\s+(?:\\S+\\s+){0,2}?(?<cue>(?:ال)?(?:اكاذيب|افتراءات|اشاعات|شايعات|اباطيل))${WE}`,
      'gd',
    ),
    explanation: 'a report is called a fabrication',
    needs: needs('اكاذيب', 'افتراءات', 'اشاعات', 'شايعات', 'اباطيل'),
  },
  {
    // `قال إنه غير مذنب`, `أكدوا أنهم غير مذنبين`: a plea of not guilty calls the accusation false.
    pattern: rx(
      `${WB}(?:[وف]?(?:قال|قالت|قالوا|اكد|اكدت|اكدوا|يوكد|توكد|اعلن|اعلنت|دفع|دفعت|اقر|اصر|اصرت|مصرا|موكدا|مصره|موكده)\\S*)\\s+(?:\\S+\\s+){0,4}?(?:[وب]?ان(?:ه|ها|هم|هما|ني|نا)?\\s+)?(?<cue>غير\\s+مذنب(?:ه|ين|ون|ان)?)${WE}`,
      'gd',
    ),
    explanation: 'a party pleads not guilty',
    needs: needs('مذنب'),
  },
  {
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:(?:[يت]?دفع|[يت]?تمسك|متمسك)\\S*\\s+(?:\\S+\\s+){0,24}?ببراءت\\S*|[يت]?دافع\\S*\\s+(?:\\S+\\s+){0,10}?عن\\s+براءت\\S*|(?:تبرا|تبرات|تبراوا|يتبرا|تتبرا)\\s+(?:\\S+\\s+)?من\\s+(?:اي\\s+|ايه\\s+)?(?:علاقه|صله|مسووليه|(?:ال)?(?:بيان|تصريح\\S*|رساله|منشور|تسجيل)\\s+(?:ال)?منسوب\\S*)))`,
      'gd',
    ),
    // (`دفع ببراءته`, `يدفع ببراءته`, `تمسك ببراءته`: pleading or maintaining innocence, in any tense.)
    explanation: 'a party pleads innocent or disowns a link',
    needs: needs('براءت', 'تبرا', 'يتبرا', 'تتبرا'),
  },
  {
    // `أكد المحامي براءة موكله`, `يشرحان فيه براءتهما من التهم`: a party asserts innocence, its
    // own or its client's (a court's acquittal, `قضت ببراءته`, `أكد الحكم براءته`, is a verdict).
    pattern: rx(
      `${WB}[وف]?(?:اكد|اكدت|اكدوا|يوكد|توكد|يوكدون|اصر|اصرت|اصروا|يصر|تصر|يصرون|شرح|شرحت|يشرح|تشرح|يشرحان|يشرحون|موكدا|موكده|مصرا|مصره)\\S*\\s+(?:(?![وف]?(?:ال)?(?:حكم|احكام|محكمه|محاكم|قاضي|قضاء|نيابه|تحقيق|تحقيقات)\\s)\\S+\\s+){0,4}?(?<cue>براء(?:ه|ت\\S*))${WE}`,
      'gd',
    ),
    explanation: 'a party asserts its innocence',
    needs: needs('براء'),
  },
  {
    // `أنا مقتنع ببراءتي`, `أكدوا أنها بريئة من التفريط`: a party calls itself innocent.
    pattern: rx(
      `${WB}(?<cue>(?:مقتنع|مقتنعه|واثق|واثقه|متمسك|متمسكه|متمسكون)\\s+ببراءت\\S*|(?:[وب]?ان(?:ه|ها|هم|ني|نا)|انا|نحن)\\s+${alt(['بريء', 'بريئة', 'بريئون', 'بريئين', 'أبرياء'])}(?:\\s+(?:تماما|من))?|(?:لست|لسنا|ليس|ليست|غير)\\s+ب?مذنب(?:ا|ه|ين|ون)?)${WE}`,
      'gd',
    ),
    explanation: 'a party says it is innocent',
    needs: needs('براءت', trieAlt(['بريء', 'بريئة', 'بريئون', 'بريئين', 'أبرياء']), 'مذنب'),
  },
  {
    // `وتعليقا على تكهنات بأن …، تؤكد الشركة أنها لا تتشارك …`, `وردا على الاتهامات، قال إن
    // الوزارة لم تمنع …`: a party answers a claim by saying the contrary. Only claims one may deny
    // (a subset of CLAIM_NOUNS on purpose: a reply to `تصريحات` or `معلومات` with a negation is
    // mostly an argument, not a denial).
    pattern: rx(
      `${WB}(?<!(?:لم|لا|لن)\\s)(?<cue>[وف]?(?:تعليقا|ردا|رده|ردها|وردا|رد|ردت|ردوا|يرد|ترد)(?:\\s+\\S+){0,2}?\\s+علي\\s+(?:(?:هذه|هذا|تلك|ذلك)\\s+)?(?:(?:ال)?تكهنات|${REPORTED}|(?:ال)?${alt(['اتهام', 'اتهامات', 'ادعاء', 'ادعاءات', 'مزاعم', 'أنباء', 'تقارير', 'شائعات', 'إشاعات', 'أقاويل'])}))${WE}[^.!؟?]{0,140}?${WB}(?:[وب]?ان(?:ه|ها|هم|نا)\\s+)?(?:لا|لم|لن|ليس|ليست|لسنا)${WE}`,
      'gd',
    ),
    explanation: 'a party answers a claim with the contrary',
    needs: needs('(?:تعليقا|ردا|رده|ردها|رد|ردت|ردوا|يرد|ترد)(?:\\s+\\S+){0,2}?\\s+علي'),
  },
  {
    // …or the claim set as the topic first (`وعن اتهاماته بالإساءة إلى المرأة، ردّ المشيقح أنه لم
    // يسئ`): the answer, then the contrary after أن.
    pattern: rx(
      `${WB}[وف]?(?:عن|حول|بشان)\\s+(?:(?:هذه|تلك)\\s+)?(?:ال)?${alt(['اتهام', 'اتهامات', 'ادعاء', 'ادعاءات', 'مزاعم', 'شائعات', 'إشاعات', 'أقاويل'])}(?:ه|ها|هم)?${WE}[^.!؟?]{0,80}?${WB}(?<cue>[وف]?(?:رد|ردت|ردوا|اجاب|اجابت|اجابوا|يرد|ترد|يجيب|تجيب))${WE}[^.!؟?]{0,60}?${WB}[وب]?ان(?:ه|ها|هم|نا)\\s+(?:لا|لم|لن|ليس|ليست|لسنا)${WE}`,
      'gd',
    ),
    explanation: 'a party answers a claim with the contrary',
    needs: needs('(?:عن|حول|بشان)\\s+(?:(?:هذه|تلك)\\s+)?(?:ال)?(?:اتهام|ادعاء|مزاعم|شايعات|اشاعات|اقاويل)'),
  },
  {
    // `أكد أنه ليس مسؤولا عما حدث`, `قالت إنها لا تتحمل أي مسؤولية`: a party rejects the blame for
    // itself (a pronoun after أن: `إن الموظف ليس مسؤولا عن الحسابات` describes a job).
    pattern: rx(
      `${WB}(?:[وف]?(?:قال|قالت|قالوا|اكد|اكدت|اكدوا|يوكد|توكد|اعلن|اعلنت|اوضح|اوضحت|شدد|شددت|مبينا|موكدا|موكده|مشددا)\\S*)\\s+(?:\\S+\\s+){0,4}?(?:[وب]?ان(?:ه|ها|هم|هما|ني|نا)\\s+|(?<=:\\s)"?|"\\s*)(?<cue>(?:ليس|ليست|لسنا|لست|غير)\\s+(?:ال)?مسوول(?:ا|ه|ين|ون)?\\s+(?:عن|عما|عمن)|(?:لا|لن)\\s+(?:يتحمل|تتحمل|نتحمل|اتحمل|يتحملون)\\s+(?:اي\\s+|ايه\\s+)?(?:ال)?مسووليه|${NOT_INVOLVED})${WE}`,
      'gd',
    ),
    explanation: 'a party rejects the blame (ليس مسؤولا عن)',
    needs: needs(
      '(?:ليس|ليست|لسنا|لست|غير)\\s+(?:ال)?مسوول',
      '(?:لا|لن)\\s+(?:يتحمل|تتحمل|نتحمل|اتحمل|يتحملون)',
      'ضالع',
      'متورط',
    ),
  },
  DISOWNED,
  SPECULATION,
];
