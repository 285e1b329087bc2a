/**
 * Pattern pieces and checks shared by the no_comment rules (rules.ts) and the detector (index.ts):
 * gaps, the words of commenting and withholding, the gate every rule needs.
 */
import { norm } from '../../normalize';
import { OUTLETS } from '../../outlets';
import { alt, rx, trieAlt, WB, WE, hot } from '../../lexicon';
import {
  ANSWER_VERBS,
  CANNOT_VERBS,
  COMMENT_WORDS,
  DECLINE_VERBS,
  IDENTITY_WORDS,
  REQUEST_FOR,
  REQUEST_NOUNS,
  SPEECH_ACTS,
  SPOKES_NOUNS,
  SUSPENDED_THINGS,
} from '../../lexicons/no-comment';
import { speechVerb } from '../../tokens/classes';
import { tokenize } from '../../tokens/tokenize';
import type { Span } from '../../types';
import { needs } from '../cue-rules';

export const GAP = (n: number) => `[^.!؟?]{0,${n}}?`;
/** An aside closed by dashes (`- الذين طلبوا عدم الكشف عن أسمائهم -`), with the space before it. */
const DASH_ASIDE = '\\s[-–—][^.!؟?،\\-–—]{1,80}[-–—]';
const CLOSED_ASIDES = new RegExp(`،[^،]*،|${DASH_ASIDE}(?=\\s|$)`, 'gu');
/** A gap with its closed asides taken out, before its clause breaks are looked for. */
export const withoutAsides = (gap: string): string => gap.replace(CLOSED_ASIDES, ' ');
/**
 * A gap that takes an aside between commas or dashes whole (`رفض المحامي، وكيل الدفاع، الخوض في`,
 * `امتنع مسؤول، طلب عدم ذكر اسمه، عن تحديد`, `ورفض المسؤولون - الذين طلبوا عدم الكشف عن أسمائهم -
 * الإفصاح عن …`): what the party declined is not looked for inside it (a dash is crossed only with
 * its whole aside).
 */
export const GAP_ASIDES = (n: number) => `(?:[^.!؟?،\\-–—]|،[^.!؟?،]{1,80}،|${DASH_ASIDE}(?=\\s)){0,${n}}?`;
export const NOT = `[وف]?(?:لم|لن)\\s+`;
/** "I / we have" (`ليس لدي`, `ليس عندنا`) and "I / we own" (`لا أملك`), before what one has none of. */
export const HAVE = '(?:لدي\\S*|عندي|عندنا|لنا|لي)';
export const OWN = '(?:املك|نملك|يملك|تملك)';
export const COMMENT = alt(COMMENT_WORDS);
/**
 * …also the reporter's own (`على اتصالاتنا`, `على أسئلتنا`); not anyone's (`لم يرد على اتصالاتهم`
 * is often a family's calls to someone missing).
 */
/** …with the ta marbuta opened before the pronoun (`أسئلة` → `أسئلتنا`). */
const OUR_REQUESTS = REQUEST_NOUNS.map((noun: string) => norm(noun))
  .filter((noun) => noun.endsWith('ه'))
  .map((noun) => `${noun.slice(0, -1)}تنا`);
export const REQUEST = `(?:ال)?(?:${alt(REQUEST_NOUNS)}(?:نا)?|${alt(OUR_REQUESTS)})`;
/** Any registered outlet that is never an ordinary word: `طلب من وكالة فرانس برس`, `من أسوشيتد برس`. */
export const OUTLET_NAMES = alt(OUTLETS.filter((o) => !o.ambiguous).flatMap((o) => o.names));
export const REQUEST_FOR_COMMENT = `(?:ال)?${alt(REQUEST_FOR)}${WE}${GAP(40)}(?:${COMMENT}|${OUTLET_NAMES}|"|الصحيفه|الوكاله|القناه|الشبكه)`;
/**
 * Someone else's identity or name (`عن هوية المتهمين`, `هوية أي من`, `هوية "الشاهد"`, `اسم اللاعب`):
 * withheld details, not anonymity.
 */
export const OTHERS_IDENTITY = rx(`^\\s*(?:عن\\s+)?(?:هويه|اسم|اسماء)\\s+(?:ال|اي\\s|")`);
export const IDENTITY = rx(`^\\s*(?:عن\\s+)?(?:\\S+\\s+)?${alt(IDENTITY_WORDS)}${WE}`);
export const SUSPENDED = rx(`^\\s*(?:\\S+\\s+)?${alt(SUSPENDED_THINGS)}${WE}`);
// Acts that are a non-answer only when what is withheld is information (إعطاء أي تفاصيل); not
// giving an apology or bringing charges (`رفض تقديم اعتذارات`, `امتنعت عن تقديم لوائح اتهام`).
export const DETAIL_ACTS = new Set(['اعطاء', 'اضافه', 'تحديد', 'مناقشه', 'ذكر', 'كشف', 'تقديم']);
export const DETAIL_OBJECT = rx(
  `^\\s*(?:\\S+\\s+)?(?:اي|ايه|المزيد|مزيد|تفاصيل|التفاصيل|معلومات|موعد|تاريخ|وقت|رقم|عدد|سبب|اسباب|القرار|اسماء|(?:ال)?دوافع(?:ه|ها|هم)?)${WE}`,
);
// A gap that holds a clause boundary belongs to another verb (رفض الذين … الحديث).
const CLAUSE_OPENERS = 'بعد|لان|حيث|عندما|اذا|ثم|كما|بينما|فيما';
export const GAP_BREAK = rx(`${WB}(?:الذي|التي|الذين|اللذين|${CLAUSE_OPENERS})${WE}|،\\s*و`);
/** GAP_BREAK but for a relative clause, which may sit inside a long subject (`الشرطة التي تسيطر …`). */
export const GAP_BREAK_NOT_RELATIVE = rx(`${WB}(?:${CLAUSE_OPENERS})${WE}|،\\s*و`);
export const SPEECH = alt(SPEECH_ACTS);
export const AVOID = rx(`^(?:تجنب|يتجنب|تتجنب|متجنبا)`);
// Participles (رافضا، ممتنعا) and the verbal noun (الامتناع) have their subject earlier in the sentence.
export const PARTICIPLE = rx(`^(?:رافض|ممتنع|متحاشي|متجنب|مفضل|ملتزم|متحفظ|(?:ال)?امتناع)`);

export const CONTACT = rx(`^(?:\\s+\\S+){0,5}?\\s+(?:الاتصال|التواصل)\\s+(?:ب|مع)`);
export const REACH_TO_ASK = rx(
  `الوصول\\s+(?:الي|ل)${GAP(60)}(?:${COMMENT}|لسوال|لاستطلاع|لمعرفه|لتاكيد|للحصول|لاخذ)`,
);
/** `تعذر فيه الاتصال بملحق السفارة لمعرفة المزيد من التفاصيل`: a party contacted to be asked. */
export const CONTACT_TO_ASK = rx(
  `(?:الاتصال|التواصل)\\s+(?:ب|مع)${GAP(60)}(?:لمعرفه|لسواله|لسوالها|لسوالهم|لاستيضاح|للاستيضاح|لتاكيد|(?:للحصول|لاخذ)\\s+(?:علي\\s+)?(?:رد|رده|ردها|تعليق|توضيح|تفاصيل|معلومات))`,
);
/** `الحصول على تعليق`, also with "at once" between (`الحصول في الحال على تعليق`, `على الفور`). */
export const GET_COMMENT = rx(
  `الحصول\\s+(?:(?:علي\\s+الفور|في\\s+الحال|فورا|بعد)\\s+)?علي\\s+(?:اي\\s+|(?:ال)?مزيد\\s+من\\s+)?(?:تعليق|رد|تعقيب|توضيح|تاكيد|موقف|تصريح|(?:ال)?تفاصيل|(?:ال)?معلومات)`,
);
export const SPOKES_TO_SAY = rx(
  `^\\s+(?:علي\\s+الفور\\s+)?(?:ل|لل)${alt(SPOKES_NOUNS)}\\S*(?:\\s+\\S+){0,4}?\\s+(?:توضيح|التعليق|الرد|تاكيد|التعقيب)`,
);
/** `لم يتسن الوصول إلى المتحدث باسم …`: a spokesperson or official who could not be reached. */
export const REACH_SPOKES = rx(
  `^(?:\\s+\\S+){0,3}?\\s+الوصول\\s+(?:الي|ل)\\s*(?:اي\\s+)?(?:ال)?${alt(SPOKES_NOUNS)}(?:ين|ي|ه)?${WE}`,
);
export const COMMENT_ANYWHERE = rx(`${WB}(?:للتعليق|للتعقيب|للاستفسار)${WE}`);

/** After "could not" (لم يتسن، لم يكن بالإمكان، تعذر): was it a party that could not be asked? */
export function couldNotAsk(text: string, cue: Span, strict: boolean): boolean {
  const rest = text.slice(cue.end, cue.end + 140);
  if (
    COMMENT_ANYWHERE.test(rest) ||
    GET_COMMENT.test(rest) ||
    REACH_TO_ASK.test(rest) ||
    CONTACT_TO_ASK.test(rest)
  )
    return true;
  return !strict && (CONTACT.test(rest) || SPOKES_TO_SAY.test(rest) || REACH_SPOKES.test(rest));
}

/** "I cannot / do not want to" (لا أستطيع، لا نريد) before a comment word. */
export const CANNOT = alt(CANNOT_VERBS);

/** Verbs of telling that a party may withhold (`لم تكشف`, `دون أن يحدد`), or not announce or confirm (`لم تعلن رقما`, `لم تؤكد عدد القتلى`). */
export const WITHHOLD =
  '(?:يكشف|تكشف|نكشف|اكشف|يكشفوا|يحدد|تحدد|يحددوا|يوضح|توضح|يوضحوا|يشرح|تشرح|يفصل|تفصل|يقدم|تقدم|يقدموا|يعط|تعط|يعطي|تعطي|يعطوا|يذكر|تذكر|يذكروا|يتطرق|تتطرق|نحدد|نوضح|نقدم|نعطي|نذكر|يعلن|تعلن|يعلنوا|يوكد|توكد|(?:اعطي|نعطي|اقدم|نقدم|اذكر|اكشف)(?:كم|ك|ها|ه)|احدد|اوضح|اقدم|اذكر|اعطي)';
/** "cannot / may not" before the verb of telling (`لا يمكن أن يكشف عن مزيد`, `لا نستطيع أن نحدد`). */
export const CANNOT_TELL = `(?:${CANNOT}|يمكن)(?:\\s+ان)?`;
/**
 * What was withheld: details, information, a place or sites, a fate, a number, a stance, a date, the
 * content of an offer or a letter (`لم يكشف مضمونه`), a reason or an explanation (`لم يقدم أي
 * تفسير`), an amount or a value, also with a pronoun
 * after the ta marbuta (`لم يكشف عن قيمتها`, `طبيعتها`), with or without a pronoun (`لم يحدد
 * مواقعها`); others' identities (`لم تكشف عن هوية أي من المتهمين`, `هوية "الشاهد"`), never one's
 * own (`رفض الإفصاح عن هويته`: that is anonymity); others' names (`لم يذكر اسم الشركة`), but not said
 * without one (`دون أن يذكر اسم الرئيس`: a hint; details.ts); but
 * `لم يحدد موقفه` is "has not made up his mind", not a stance withheld. How, when or why left
 * unsaid (`دون أن توضح كيف …`) and whether (`ما إذا`) are a rule of their own (details.ts).
 */
export const WITHHELD =
  '(?:(?:ال)?(?:تفاصيل|اين|مصير|جنسيه|جنسيته|جنسيتهم|اعداد|ارقام|ارقاما|رقم|رقما|نسب[هت]|مزيد|مزيدا|ملابسات|طبيع[هت]|كيفي[هت]|مد[هت]|فتر[هت]|طريق[هت]|تكلف[هت]|كلف[هت]|اسباب|سببا|سبب|دافعا|دافع|تفسيرا|تفسير|توضيحا|ايضاحا|اسماء(?=\\s+ال)|اسم(?=\\s+ال)|اسمي(?=\\s+\\S)|هويه(?=\\s+ال)|هويه(?=\\s+(?:اي\\s|"))|معلومات|موقف(?!ه|ها|هم)|موعد|توقيت|تاريخ|زمان|مكان|اماكن|موقع|مواقع|عدد(?!\\s+من)|حجم|قيم[هت]|حصيل[هت]|مقدار|مضمون|فحوي|محتوي|فحوا|محتوا|دوافع)(?:ه|ها|هم)?)';

/** A word that begins what was withheld (`أي تفاصيل`, `حجم الخسائر`, `عددهم`): one word, so without the lookaheads. */
export const WITHHELD_WORD = rx(`^(?:اي|ايه|${WITHHELD.replaceAll('(?=\\s+ال)', '')})$`);

/**
 * Text every rule needs somewhere in the sentence (a piece of each rule's own pattern), in one
 * plain pattern: most sentences hold no non-response, and this is one fast scan instead of fifteen.
 */
export const GATE = hot(
  new RegExp(
    [
      `(?:لم|لن)\\s+(?:${alt(ANSWER_VERBS)}|يوكد|توكد|ينف|تنف|يشا|تشا|يرغب|ترغب|يود|تود|يريد|تريد|يعلق|تعلق|نعلق|اعلق|يعقب|تعقب|نعقب|اعقب|يقل|تقل|يدل|تدل|يفصح|تفصح|يتسن|يتيسر|يتمكن|تتمكن|نتمكن|يكن|نتلق|تتلق|يتلق|نحصل|تحصل|يحصل)`,
      `(?:لا|لن)\\s+${CANNOT}`,
      '(?:لا|نادرا\\s+ما|قلما\\s+ما)\\s+(?:يعلق|تعلق|نعلق|اعلق|يعقب|تعقب|نعقب)',
      alt(DECLINE_VERBS),
      'فضل|اثر|يوثر|توثر|تجاهل|تعذر|جدوي|طايل|الصمت|صمتا|صامت|تعليق|تعقيب|(?:ردا?|تفسير|توضيح|ايضاح)\\s+رسمي|تفاصيل|تحفظ|اسهاب|استفسار|اكتف|مكتفي',
      // `ليس لدي ما أقوله`, `لا أملك ما أضيفه`; a reply that never came; could not reach; secrecy
      // cited (unanswered.ts; a request turned down passes by رفض above).
      `(?:${HAVE}|${OWN})\\s+(?:ما|شييا)\\s|` +
        'لم\\s+(?:يصل|تصل)|عدم\\s+(?:ال)?تمكن|تعتيم|(?:ذريعه|حجه|داعي|دواعي|تذرع\\S*|يتذرع|تتعذر|يتعذر)\\s+(?:ب)?(?:ال)?سريه|ستبق',
      `(?:لم|ان|لا|لن)\\s+${WITHHOLD}|تكتم|(?:يصدر|تصدر)\\s`,
      '(?:دون|بدون)\\s+(?:تحديد|ذكر|توضيح|الكشف|الافصاح|التصريح)',
      'لاوانه',
      // Not the party's policy to comment (`ليس من سياستنا التعليق`, `من سياسة الشركة عدم الرد`).
      'سياس',
      '(?:دون|بدون|بلا)\\s+(?:اي\\s+)?(?:رد|جواب|اجابه|استجابه)|دون\\s+ان\\s+(?:يجيب|تجيب|يرد|ترد)',
    ].join('|'),
    'u',
  ),
);

/** A party's own words begin just before: a quotation mark, or أن/إن with its pronoun. */
export const OWN_WORDS = rx(`(?:"|(?:^|\\s)[وب]?ان(?:ه|ها|هم|نا|ني)?)\\s*"?\\s*$`);

/** `needs` of the two rules about an answer not given. */
export const ANSWERING = needs(`(?:لم|لن)\\s+${trieAlt(ANSWER_VERBS)}`);

export const NOT_YET = rx(`^(?:\\s+\\S+){0,4}?\\s+بعد\\s*(?:[.،,!؟?]|$)`);
/** A statement named by a noun or a participle (`في بيان`, `مشيرا`), besides the verbs of saying. */
export const STATEMENT = rx(`^[وف]?(?:بيان|تصريح\\S*|مشيرا|مضيفا|موكدا)$`);
/** A verb of saying or a statement in the 400 characters before `at`, whose report leaves details out. */
export const saidBefore = (text: string, at: number) =>
  tokenize(text.slice(Math.max(0, at - 400), at)).some(
    (t) => speechVerb(t) !== undefined || STATEMENT.test(t.text),
  );

/** An attempt to reach the party earlier in the sentence (`اتصلت بالمدير … ولكنه لم يرد`). */
export const CONTACT_TRIED = rx(
  `${WB}[وف]?(?:اتصل|اتصلت|اتصلنا|تواصل|تواصلت|تواصلنا|حاول|حاولت|حاولنا|ارسل|ارسلت|ارسلنا)${WE}`,
);

export const CONTACTED = rx(`(?:الوصول\\s+(?:الي|ل)|الاتصال\\s+(?:ب|مع)|التواصل\\s+مع)\\s*`);

/** Calls and questions that can be left unanswered (`اتصالاتها`, `رسائل «سي إن إن»`). */
/** What an outlet sends a party that may go unanswered; a phone rings unanswered (`ظل هاتفه يرن دون رد`). */
export const UNANSWERED = '(?:اتصالات|رسايل|اسيله|استفسارات|طلبات|مكالمات|محاولات|هاتف|هواتف|جوال)\\S*';

/** What one suspends (`جلساته`, `عضويته`, `الدراسة`): `لم يعلق` + one of these is no silence. */
export const SUSPENDING = rx(
  `^(?:\\s+\\S+){0,4}?\\s+(?:ال)?(?:جلسات|جلسه|عضويه|عضويت|مشاركت|مشاركه|عمل|اعمال|نشاط|دراسه|رحلات|مفاوضات|عقوبات|اضراب|صفقه|تعامل|العمل|الدراسه)\\S*${WE}`,
);
