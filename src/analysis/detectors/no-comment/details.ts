/**
 * The no_comment rules about details withheld: what (`لم تكشف الوزارة أي تفاصيل`), how, when or
 * why (`دون أن توضح كيف`), which one (`لم يحدد … الدولة التي`), details a party cannot give or will
 * not go into, reservations about a detail, and a report that leaves the details out. Each is
 * named here and listed in its place in the rules' order (rules.ts), which decides which mark wins.
 */
import { CONJ, rx, WB, WE } from '../../lexicon';
import { needs } from '../cue-rules';
import {
  CANNOT,
  CANNOT_TELL,
  GAP_BREAK,
  IDENTITY,
  NOT_YET,
  SPEECH,
  WITHHELD,
  WITHHELD_WORD,
  WITHHOLD,
  saidBefore,
} from './pieces';
import type { Rule } from './rules';

/** A count or a measure among the details withheld (`عدد`, `حجم`, `رقما`, `نسبة`, `حصيلة`). */
const FIGURE =
  /(?:^|\s)(?:ال)?(?:عدد|اعداد|حجم|رقم|رقما|ارقام|ارقاما|نسب[هت]|حصيل[هت]|مقدار|قيم[هت])\S{0,2}$/u;

/** What was withheld is a name (`اسم الشركة`, `اسمي مرشحيه`): the match ends on it. */
const NAME_LAST = /(?:^|\s)اسمي?$/u;

/** A date for an event not yet set: after "yet" or "any", or a date "for holding" something. */
const SCHEDULING =
  /(?:يحدد|تحدد|يحددوا)\s+(?:(?:\S+\s+){0,2}?(?:حتي\s+الان|بعد|اي)\s+(?:\S+\s+)?موعد|(?:\S+\s+){0,2}?(?:ال)?موعد\S{0,2}\s+(?:\S+\s+)?ل(?:عقد|انطلاق|اجراء|اقامه|بدء|انعقاد)(?!\S))/u;

export const WITHHELD_DETAILS: Rule = {
  // `لم تكشف الوزارة أي تفاصيل`, `دون أن يحدد أين`, `تكتم على أعداد القتلى`: details withheld
  // that the party was expected to give (not a name: a withheld name is anonymity).
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:لم|لا|لن|(?:من\\s+)?(?:دون|بدون)\\s+ان|لا\\s+(?:اريد|نريد|يريد|تريد)\\s+ان|(?:لا|لن)\\s+${CANNOT_TELL})\\s+${WITHHOLD}|${CONJ}(?:تكتم|تكتمت|يتكتم|تتكتم|متكتما))${WE}(?:\\s+[^\\s،,.:]+){0,6}?\\s+(?:عن\\s+|علي\\s+)?(?:اي\\s+|ايه\\s+)?${WITHHELD}${WE}`,
    'gd',
  ),
  needs: needs(`(?:لم|لا|لن|ان|يمكن|${CANNOT})\\s+${WITHHOLD}`, 'تكتم', 'يتكتم', 'تتكتم', 'متكتم'),
  explanation: 'a party withheld details it was expected to give',
  // `ولم تحدد لهن فترة لإقامتهن`: a period set for someone is an act, not a detail withheld.
  // …nor is a date or a period not yet set (`ولم يحدد موعد محاكمتهما`, `لم تحدد مدتها`: no subject,
  // passive; `لم تحدد موعدا لذلك`: any date) — `لم تحدد اللجنة موعد إعلان النتائج` is withheld.
  accept: (text, _cue, m) =>
    // A name not given (`لم يذكر اسم الشركة`) is withheld; said without naming (`دون أن يذكر اسم
    // الرئيس`) is a hint at someone, which the labelled sets leave unmarked.
    !(NAME_LAST.test(m[0]) && /^[وف]?(?:من\s+)?(?:دون|بدون)/u.test(m[0])) &&
    // Not confirming is withholding only a figure (`لم تؤكد عدد القتلى`); `لم يؤكد هذه المعلومات`
    // is the wire style's neither-confirmed-nor-denied, a rule of its own.
    (!/(?:يوكد|توكد)(?!\S)/u.test(m[0]) || FIGURE.test(m[0])) &&
    !/(?:يحدد|تحدد|يحددوا)\s+ل(?:ه|هم|هن|ها|هما|نا|كم)\s/u.test(m[0]) &&
    !/(?:يحدد|تحدد)\s+(?:موعد(?!\S)|مد[هت]|فتر[هت])/u.test(m[0]) &&
    !/(?:يحدد|تحدد|يحددوا)(?:\s+\S+){0,3}?\s+موعدا(?!\S)/u.test(
      text.slice(m.index, m.index + m[0].length + 2),
    ) &&
    // …nor a date not yet set for an event (`لم يحدد حتى الآن موعد الجلسة`, `ولم يحدد أي موعد لعقد
    // اجتماع`): scheduling, which a party has not done, not a detail it keeps back.
    !SCHEDULING.test(text.slice(m.index, m.index + m[0].length + 40)),
  party: 'subject',
  partyEnds: WITHHELD_WORD,
};

/**
 * What reveals without being a party: an inquiry, a test, a camera, a search, a document, a meeting
 * (`لم تكشف التحقيقات عن أي دليل`, `لم تكشف الفحوص عن إصابته`) finds nothing; it withholds nothing.
 * So does "much" as the subject (`لم يكشف الكثير عن الأول`: little is known).
 */
const REVEALER =
  /^(?:ال)?(?:تحقيق|تحقيقات|تحريات|فحص|فحوص|فحوصات|تحاليل|تحليل|اختبار|اختبارات|كاميرا|كاميرات|صور|صوره|نتائج|نتيجه|دراس[هت]|دراسات|بحث|ابحاث|عمليات|عمليه|تشريح|تقرير|تقارير|وثائق|وثيقه|مسح|استطلاع|ارقام|بيانات|معطيات|تفتيش|اشعه|مراجع[هت]|تدقيق|جولات|زيار[هت]|ايام|ساعات|اجتماع|اجتماعات|لقاء|محادثات|مفاوضات|متابع[هت]|واقع|تكتيكات|كثير)$/u;

export const DISCLOSED_NOTHING: Rule = {
  // `ولم تكشف الشركة عن سعرها`, `فلم تكشف الشركة عنها`, `لم يفصح النادي عن قيمة الصفقة`: to
  // disclose is to tell what one knows, so a party that did not disclose something withheld it,
  // whatever the thing (WITHHELD_DETAILS names the usual details; this takes any object of عن).
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:لم|لن|(?:من\\s+)?(?:دون|بدون)\\s+ان)\\s+(?:يكشف|تكشف|يكشفوا|يكشفا|نكشف|يفصح|تفصح|يفصحوا|نفصح))${WE}(?:\\s+بعد)?(?<gap>(?:\\s+\\S+){0,4}?)\\s+عن(?:ه|ها|هم|هما|\\s+\\S)`,
    'gd',
  ),
  needs: needs('(?:لم|لن|ان)\\s+(?:يكشف|تكشف|يكشفوا|يكشفا|نكشف|يفصح|تفصح|يفصحوا|نفصح)'),
  explanation: 'a party withheld details it was expected to give',
  // Not a finding (REVEALER as the subject, before or after the verb), nor one's own identity
  // (anonymity), nor a gap that runs into another clause.
  accept: (text, cue, m) => {
    const gap = m.groups?.gap ?? '';
    const after = gap.trim().split(/\s+/u)[0] ?? '';
    // The subject before the verb, with up to two words describing it (`المتابعة الميدانية لم تكشف`).
    const before = (
      /(?:^|[،,:.])([^،,:.]*)$/u.exec(text.slice(Math.max(0, cue.start - 40), cue.start))?.[1] ?? ''
    )
      .trim()
      .split(/\s+/u)
      .slice(-3)
      .map((word) => word.replace(/^[وف](?=ال)/u, ''));
    const object = text.slice(m.index + m[0].lastIndexOf('عن'), m.index + m[0].length + 30);
    return (
      !GAP_BREAK.test(gap) &&
      !/[،,:.]/.test(gap) &&
      !REVEALER.test(after) &&
      !before.some((word) => REVEALER.test(word)) &&
      // Not revealing only X (`لم تكشف فقط عن الذعر`), and sources kept unnamed are anonymity.
      !/^\s*فقط/u.test(text.slice(cue.end)) &&
      // Right after the verb, `عنه / عنها` points back to a thing described (`أكياس لم يفصح عنها`,
      // `البند الذي لم يفصح عنه`: undeclared, unsaid), not to a question put to a party.
      !(gap.trim() === '' && /^عن(?:ه|ها|هم|هما)(?!\p{L})/u.test(object)) &&
      !/^عن\s+(?:اي\s+)?(?:ال)?(?:مصادر|مصدر)/u.test(object) &&
      // Someone said to have kept a fact back (`أخبرته أنه لم يكشف عن إدانته`, `قالت إن فلانا لم يفصح
      // عن أنه …`) is charged with concealing it, not reported as declining to answer.
      !/^عن\s+(?:ان|انه|انها|انهم|["«“])/u.test(object) &&
      !before.slice(-2).some((word) => /^[وب]?(?:ان|انه|انها|انهم)$/u.test(word)) &&
      // One's own intention or plans not yet told is a mind not made up (`لم يكشف عن نيته بعد`).
      !/^عن\s+(?:نيت|نوايا|رغبت|خطط|خطت)(?:ه|ها|هم)(?!\p{L})/u.test(object) &&
      !IDENTITY.test(object)
    );
  },
  party: 'subject',
};

export const HOW_WHEN_WHY_UNSAID: Rule = {
  // `دون أن توضح كيف ستوصلها`, `ولم يحدد متى سيعود`, `ولم تقل ماذا سيحل`, `لكنها لم توضح ما إذا
  // كان`, `من دون توضيح ما إذا كان داعما لها`: the party did not say how, when, what, where, why or
  // whether — the question the report leaves open is the detail withheld. (Whether: the labelled
  // sets mark all five such sentences they hold, in the shared training set and four SaudiNewsNet
  // splits.)
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:(?:لم|(?:من\\s+)?(?:دون|بدون)\\s+ان)\\s+(?:يذكر|تذكر|يذكروا|يحدد|تحدد|يحددوا|يوضح|توضح|يوضحوا|يكشف|تكشف|يكشفوا|يقل|تقل|يبين|تبين|يفصح|تفصح)|(?:من\\s+)?(?:دون|بدون)\\s+(?:توضيح|تحديد|ذكر|بيان)))${WE}(?<gap>(?:\\s+\\S+){0,3}?)\\s+(?:كيف|متي|لماذا|ماذا|اين|ما\\s+اذا|اذا\\s+ما)${WE}`,
    'gd',
  ),
  needs: needs(
    '(?:لم|ان)\\s+(?:يذكر|تذكر|يحدد|تحدد|يوضح|توضح|يكشف|تكشف|يقل|تقل|يبين|تبين|يفصح|تفصح)',
    '(?:دون|بدون)\\s+(?:توضيح|تحديد|ذكر|بيان)',
  ),
  explanation: 'a party did not say how, when, what, where, why or whether',
  accept: (_text, _cue, m) => !GAP_BREAK.test(m.groups?.gap ?? '') && !/[،,:.]/.test(m.groups?.gap ?? ''),
  party: 'subject',
};

export const WHICH_UNSAID: Rule = {
  // `ولم يذكر المسؤولون … الدولة التي يحملونها المسؤولية`, `لم يوضح تحديدا التقارير التي …`:
  // which one was left unsaid: a definite object after the subject, and the relative clause
  // that asks "which" (right after the verb, the definite noun is its subject: `لم يكشف الهجوم الذي`).
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:لم|(?:من\\s+)?(?:دون|بدون)\\s+ان)\\s+(?:يذكر|تذكر|يذكروا|يحدد|تحدد|يحددوا|يوضح|توضح|يوضحوا|يكشف|تكشف|يكشفوا))${WE}(?<gap>(?:\\s+\\S+){1,6}?)\\s+ال\\S+\\s+(?:التي|الذي|الذين)${WE}`,
    'gd',
  ),
  needs: needs('(?:لم|ان)\\s+(?:يذكر|تذكر|يحدد|تحدد|يوضح|توضح|يكشف|تكشف)'),
  explanation: 'a party did not say which (details it was expected to give)',
  accept: (text, _cue, m) =>
    !GAP_BREAK.test(m.groups?.gap ?? '') &&
    !/[،,:]/.test(m.groups?.gap ?? '') &&
    !SCHEDULING.test(text.slice(m.index, m.index + m[0].length + 40)),
  party: 'subject',
};

export const CANNOT_GIVE_DETAILS: Rule = {
  // `لا يمكنه تقديم أعداد`, `لا نستطيع إعطاء تفاصيل`: a party says it cannot give the details.
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:لا|لن)\\s+${CANNOT})${WE}(?:\\s+\\S+){0,2}?\\s+(?:تقديم|اعطاء|ذكر|تحديد)\\s+(?:اي\\s+|ايه\\s+)?(?:ال)?(?:اعداد|ارقام|تفاصيل|معلومات|ارقاما|حصيله)${WE}`,
    'gd',
  ),
  needs: needs(`(?:لا|لن)\\s+${CANNOT}`),
  explanation: 'a party said it could not give the details',
  party: 'subject',
};

export const NO_GOING_INTO_DETAILS: Rule = {
  // `لا ندخل في تفاصيل …`: a party declines to go into details.
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:لا|لن)\\s+(?:ندخل|يدخل|ادخل|تدخل|نخوض|يخوض|اخوض|تخوض)\\s+في\\s+(?:(?:هذه|تلك)\\s+)?(?:ال)?تفاصيل)${WE}`,
    'gd',
  ),
  needs: needs('تفاصيل'),
  explanation: 'a party declined to go into details',
};

export const TOO_EARLY_TO_TELL: Rule = {
  // `من السابق لأوانه الكشف عن هوية المنفذين`, `إنه من السابق لأوانه الحديث عن …`: a party says it is
  // too early to disclose or discuss (not `من السابق لأوانه الحكم على …`, too early to judge).
  pattern: rx(
    `${WB}(?<cue>(?:من\\s+)?(?:ال)?سابق\\s+لاوانه)\\s+(?:ال)?(?:كشف|حديث|تحدث|افصاح|تعليق|ادلاء|اعلان|تصريح|خوض)${WE}`,
    'gd',
  ),
  needs: needs('لاوانه'),
  explanation: 'a party said it was too early to disclose or discuss',
};

export const NOT_OUR_POLICY: Rule = {
  // `ليس من سياستنا التعليق على …`, `من سياسة الشركة عدم الرد على …`: a party's policy of not
  // commenting, given as its answer.
  pattern: rx(
    `${WB}(?<cue>(?:(?:ليس|ليست)\\s+من\\s+(?:ال)?سياس[هت]\\S*(?:\\s+\\S+){0,2}?|(?:من\\s+)?(?:ال)?سياس[هت]\\S*(?:\\s+\\S+){0,2}?\\s+عدم)\\s+(?:ال)?(?:تعليق|رد|افصاح|كشف|حديث|تحدث))${WE}`,
    'gd',
  ),
  needs: needs('سياس'),
  explanation: 'a party said it does not comment, as a policy',
};

export const RESERVED_ON_A_DETAIL: Rule = {
  // `وتحفظ المسؤول عن الموعد`, `متحفظا على ذكر الأسماء`: reservations about giving a detail.
  pattern: rx(
    `${WB}${CONJ}(?<cue>تحفظ|تحفظت|تحفظوا|يتحفظ|تتحفظ|متحفظا|متحفظه)${WE}(?:\\s+\\S+){0,4}?\\s+(?:عن|علي)\\s+(?:ذكر\\s+|تحديد\\s+|(?:ال)?كشف\\s+(?:عن\\s+)?|اعلان\\s+)?(?:ال)?(?:موعد|تفاصيل|اسماء|اسم|عدد|اعداد|هويه|هويات|قيمه|حجم|مكان|تاريخ)${WE}`,
    'gd',
  ),
  needs: needs('تحفظ', 'يتحفظ', 'تتحفظ', 'متحفظ'),
  explanation: 'a party withheld a detail it was asked for',
  party: 'subject',
};

export const RESERVATIONS_VOICED: Rule = {
  // `وأبدت الوزارة تحفظها على الإفصاح عن …`, `مبديا تحفظه على ذكر الأسماء`: reservations voiced.
  pattern: rx(
    `${WB}${CONJ}(?<cue>ابدي|ابدت|ابدوا|يبدي|تبدي|مبديا|مبديه)${WE}(?:\\s+\\S+){0,4}?\\s+(?:ال)?تحفظ(?:ه|ها|هم|ات|ا)?\\s+(?:علي|عن|ازاء|حيال)\\s+(?:${SPEECH})${WE}`,
    'gd',
  ),
  needs: needs('تحفظ'),
  explanation: 'a party withheld a detail it was asked for',
  accept: (text, _cue, m) => !IDENTITY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)),
  party: 'subject',
  partyEnds: rx('^(?:ال)?تحفظ'),
};

export const SAID_WITHOUT_DETAILS: Rule = {
  // `وذكرت الحركة دون إسهاب`, `دون أن يعطي تفاصيل إضافية`, `دون تحديد مكان …`, `بدون التصريح
  // بعدد …`, `دون الخوض في تفاصيل`: said without the details.
  pattern: rx(
    `${WB}(?<cue>[وف]?(?:من\\s+)?(?:دون|بدون)\\s+(?:اسهاب|(?:الخوض|الدخول|ان\\s+(?:يخوض|تخوض|يدخل|تدخل))\\s+في\\s+(?:(?:هذه|تلك)\\s+)?(?:ال)?تفاصيل|(?:ان\\s+(?:يعطي|تعطي|يقدم|تقدم|يذكر|تذكر|يضيف|تضيف)|اعطاء|تقديم|ذكر|اضافه)\\s+(?:اي\\s+)?(?:(?:ال)?مزيد(?:ا)?\\s+من\\s+(?:ال)?تفاصيل|(?:ال)?تفاصيل|معلومات)|(?:(?:تحديد|ذكر|توضيح|الكشف\\s+عن|الافصاح\\s+عن)\\s+|التصريح\\s+ب)(?:اي\\s+)?${WITHHELD}))${WE}`,
    'gd',
  ),
  needs: needs('دون\\s+(?:اسهاب|ان|اعطاء|تقديم|ذكر|اضافه|تحديد|توضيح|الكشف|الافصاح|التصريح|الخوض|الدخول)'),
  explanation: 'said without giving details',
  // Only a report can leave details out: `وسافر دون تحديد موعد للعودة` is an act; `دون تحديد
  // مكان اللقاء بعد` is a detail not yet decided.
  // Disclosing is itself telling: `عثرت الشرطة على الطائرة من دون الكشف عن أسباب سقوطها` reports a
  // party's silence with no verb of saying before it.
  accept: (text, cue, m) =>
    !NAME_LAST.test(m[0]) &&
    (saidBefore(text, cue.start) || /(?:الكشف|الافصاح|التصريح)/u.test(text.slice(cue.start, cue.end))) &&
    !NOT_YET.test(text.slice(cue.end, cue.end + 60)),
};
