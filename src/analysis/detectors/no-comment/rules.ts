/**
 * The no_comment rules in order: the first rule whose pattern matches, its checks passed, gives the
 * mark (cue-rules.ts). Their pattern pieces are in pieces.ts, the detector that runs them in index.ts;
 * the rules about details withheld are in details.ts and the one about declining in declined.ts, listed
 * here in their place.
 */
import { alt, CONJ, rx, WB, WE } from '../../lexicon';
import { ANSWER_VERBS } from '../../lexicons/no-comment';
import { type CueRule, needs } from '../cue-rules';
import {
  COULD_NOT_REACH,
  NO_REPLY_ARRIVED,
  NOTHING_TO_SAY,
  REQUEST_TURNED_DOWN,
  SECRECY,
  SECRECY_CITED,
  NOT_COMMENTING_NAMED,
  TRIED_IN_VAIN,
} from './unanswered';
import {
  CANNOT_GIVE_DETAILS,
  HOW_WHEN_WHY_UNSAID,
  NO_GOING_INTO_DETAILS,
  NOT_OUR_POLICY,
  RESERVATIONS_VOICED,
  RESERVED_ON_A_DETAIL,
  SAID_WITHOUT_DETAILS,
  TOO_EARLY_TO_TELL,
  WHICH_UNSAID,
  WITHHELD_DETAILS,
  DISCLOSED_NOTHING,
} from './details';
import { DECLINED_TO_COMMENT } from './declined';
import {
  ANSWERING,
  CANNOT,
  COMMENT,
  CONTACT_TRIED,
  GAP,
  HAVE,
  IDENTITY,
  OTHERS_IDENTITY,
  NOT,
  OWN,
  OWN_WORDS,
  SUSPENDING,
  UNANSWERED,
  REQUEST,
  REQUEST_FOR_COMMENT,
  SPEECH,
  SUSPENDED,
  couldNotAsk,
} from './pieces';

export interface Rule extends CueRule {
  /** Where the silent party is named: as the verb's subject, or after "reach/contact". */
  party?: 'subject' | 'contacted';
  /**
   * A word that ends a party named after the verb: what was withheld (`لم تكشف الشركة تفاصيل`),
   * the second verb (`ولم تؤكد الوزارة أو تنف`).
   */
  partyEnds?: RegExp;
}

/** Silence kept by people at large (`ويلتزمون`), or told of as advice (`فتلتزم`, `أن تلوذ`). */
const HABIT_OR_ADVICE =
  /(?:[وف]?(?:يلتزمون|يلوذون)|(?:^|\s)(?:ف|فعندها\s+|عندها\s+|ان\s+)(?:تلتزم|تلوذ|يلتزم|يلوذ))$/u;

export const RULES: readonly Rule[] = [
  {
    // `ولم تصدر الجبهة أي بيان`, `لم يصدر عن الوزارة أي تعليق`, `ولم تصدر أي معلومات عن حالتها`:
    // no statement, information or details were issued.
    pattern: rx(
      `${WB}(?<cue>[وف]?لم\\s+(?:يصدر|تصدر))${WE}(?:\\s+\\S+){0,4}?\\s+(?:اي|ايه)\\s+(?:بيان|تعليق|تصريح|رد|توضيح|معلومات|تفاصيل)${WE}`,
      'gd',
    ),
    needs: needs('يصدر', 'تصدر'),
    explanation: 'a party issued no statement',
    party: 'subject',
  },
  WITHHELD_DETAILS,
  HOW_WHEN_WHY_UNSAID,
  DISCLOSED_NOTHING,
  WHICH_UNSAID,
  {
    pattern: rx(
      `${WB}(?<cue>${NOT}${alt(ANSWER_VERBS)})${WE}${GAP(90)}(?:(?:${WB}(?:علي|مع|عن)\\s+|${WB}ل)(?:${REQUEST}${WE}|${REQUEST_FOR_COMMENT})|${WB}${COMMENT}${WE})`,
      'gd',
    ),
    needs: ANSWERING,
    explanation: 'a party did not answer questions or a request for comment',
    party: 'subject',
  },
  DECLINED_TO_COMMENT,
  {
    pattern: rx(
      `${WB}${CONJ}(?<cue>فضل|فضلت|فضلوا|يفضل|تفضل|نفضل|افضل|مفضلا|اثر|اثرت|اثروا|يوثر|توثر|نوثر)(?:\\s+\\S+){0,8}?\\s+عدم\\s+(?:ال)?(?:${SPEECH})${WE}`,
      'gd',
    ),
    needs: needs(`عدم\\s+(?:ال)?(?:${SPEECH})`),
    explanation: 'a party preferred not to comment',
    accept: (text, _cue, m) => !IDENTITY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)),
    party: 'subject',
  },
  {
    pattern: rx(
      // …in the speaker's own words too (`لا أريد أن أكشف ما قلناه`, `لا نود الخوض في`).
      `${WB}(?<cue>[وف]?(?:لم|لن|لا)\\s+(?:[يتان](?:شا|رغب|ود|ريد)))${WE}${GAP(80)}\\s(?:في\\s+)?(?:${SPEECH}|ان\\s+[يتان](?:تحدث|علق|كشف|فصح|خوض|دلي|رد|وضح))${WE}`,
      'gd',
    ),
    needs: needs('(?:لم|لن|لا)\\s+[يتان](?:شا|رغب|ود|ريد)'),
    explanation: 'a party did not wish to comment',
    accept: (text, _cue, m) => !IDENTITY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)),
    party: 'subject',
  },
  {
    pattern: rx(
      `${WB}(?<cue>${NOT}(?:يعلق|تعلق|يعلقوا|يعلقا|يعقب|تعقب|يعقبوا)|[وف]?لن\\s+(?:نعلق|اعلق|نعقب|اعقب))${WE}`,
      'gd',
    ),
    needs: needs('يعلق', 'تعلق', 'يعقب', 'تعقب', 'نعلق', 'اعلق', 'نعقب', 'اعقب'),
    explanation: 'a party did not comment',
    // `ولم يعلق المجلس جلساته`: suspending, not commenting; `لم يعلق بهم شيء`: علق بـ is to cling.
    accept: (text, cue) =>
      !SUSPENDED.test(text.slice(cue.end, cue.end + 30)) &&
      !SUSPENDING.test(text.slice(cue.end, cue.end + 60)) &&
      !/^\s+ب/u.test(text.slice(cue.end, cue.end + 3)),
    party: 'subject',
  },
  {
    pattern: rx(
      `${WB}(?<cue>${NOT}(?:يدل|تدل|يدلوا))${WE}${GAP(70)}${WB}ب(?:اي\\s+|ايه\\s+)?(?:ال)?(?:تعليق|تعليقات|تصريح|تصريحات|تعقيب|معلومات|افاده|اقوال|اي|ايه)${WE}`,
      'gd',
    ),
    needs: needs('يدل', 'تدل'),
    explanation: 'a party gave no comment (لم يدلِ بتعليقات)',
    party: 'subject',
  },
  {
    pattern: rx(`${WB}(?<cue>${NOT}(?:يفصح|تفصح|يفصحوا|يفصحا))\\s+`, 'gd'),
    needs: needs('يفصح', 'تفصح'),
    explanation: 'a party did not disclose',
    accept: (text, cue) => {
      // `مخبأة في أكياس ولم يفصح عنها`, `البند الذي لم يفصح عنه`: goods not declared, a thing kept
      // to oneself — no detail named that a party was asked for (the labelled sets: 0 of 3).
      if (/^\s*عن(?:ه|ها|هم)(?![\u0621-\u064a])/u.test(text.slice(cue.end, cue.end + 8))) return false;
      const what = text.slice(cue.end, cue.end + 60).replace(/^.*?عن\s+/u, '');
      return !IDENTITY.test(what) || OTHERS_IDENTITY.test(what);
    },
    party: 'subject',
  },
  {
    pattern: rx(
      `${WB}[وف]?(?<cue>لم\\s+(?:يتسن|يتسني|يتسنا|يتيسر|(?:يتمكن|تتمكن|نتمكن|يتمكنوا)(?=(?:\\s+\\S+){0,3}?\\s+من\\s)|يكن\\s+(?:بالامكان|من\\s+الممكن|ممكنا|متاحا)))${WE}`,
      'gd',
    ),
    needs: needs('يتسن', 'يتيسر', 'يتمكن', 'تتمكن', 'نتمكن', 'يكن'),
    explanation: 'the party could not be reached for comment',
    accept: (text, cue) => couldNotAsk(text, cue, false),
    party: 'contacted',
  },
  {
    pattern: rx(`${WB}[وف]?(?<cue>(?:تعذر|يتعذر))${WE}`, 'gd'),
    needs: needs('تعذر', 'يتعذر'),
    explanation: 'the party could not be reached for comment',
    // …or could not be reached after an attempt to contact it (`حاولت «سبق» التواصل مع مسؤولي
    // البلدية إلا أنه تعذر الوصول إليهم`): the attempt says why it was sought.
    accept: (text, cue) =>
      couldNotAsk(text, cue, true) ||
      (CONTACT_TRIED.test(text.slice(0, cue.start)) &&
        /^\s+(?:علينا\s+|عليها\s+)?(?:الوصول|الاتصال|التواصل)/u.test(text.slice(cue.end, cue.end + 30))),
    party: 'contacted',
  },
  {
    pattern: rx(
      `${WB}${CONJ}(?<cue>(?:التزم|التزمت|التزموا|يلتزم|تلتزم|يلتزمون|ملتزما|ملتزمه|ملتزمين|لاذ|لاذت|لاذوا|يلوذ|تلوذ|اثر|اثرت|اثروا|يوثر|توثر|فضل|فضلت|يفضل|تفضل))${WE}(?:\\s+\\S+){0,10}?\\s+(?:(?:ب)?الصمت|صمتا)${WE}`,
      'gd',
    ),
    needs: needs('الصمت', 'صمتا'),
    explanation: 'a party kept silent',
    // `لماذا لا يلتزم المتنطعون بالصمت`: silence not kept (or asked for) is speech; so is silence
    // as a habit or advice (`يشاهدون التدخلات ويلتزمون الصمت`, `فتلتزم الصمت`, `إلا أن تلوذ
    // بالصمت`), not a party's (`سلطات طرابلس تلتزم الصمت حيال …`).
    accept: (text, cue) =>
      !/(?:^|\s)(?:لا|لم|لن)\s*$/u.test(text.slice(Math.max(0, cue.start - 5), cue.start)) &&
      !HABIT_OR_ADVICE.test(text.slice(Math.max(0, cue.start - 12), cue.end)),
    party: 'subject',
  },
  {
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:ظل|ظلت|بقي|بقيت|لا\\s+يزال|لا\\s+تزال|مازال|مازالت|ما\\s+زال|ما\\s+زالت)\\s+(?:\\S+\\s+){0,4}?صامت(?:ا|ه|ين|ون)?)${WE}`,
      'gd',
    ),
    needs: needs('صامت'),
    explanation: 'a party kept silent',
  },
  {
    pattern: rx(
      `${WB}(?<cue>(?:[وف]?(?:من\\s+)?(?:دون|بدون)(?:\\s+ان\\s+(?:يصدر|تصدر|يرد|ترد|يقدم|تقدم))?|من\\s+غير\\s+ان\\s+(?:يصدر|تصدر|يرد|ترد)|[وف]?لم\\s+(?:يصدر|تصدر|يرد|ترد|يقدم|تقدم))(?:\\s+\\S+){0,3}?\\s+(?:اي\\s+|ايه\\s+)?(?:ال)?(?:تعليق|تعقيب|تعليقات|(?:رد|ردا|تفسير|توضيح|ايضاح)\\s+رسمي(?:ا|ه|يه)?))${WE}`,
      'gd',
    ),
    // …and `من دون أي تفسير رسمي`: no official explanation either.
    needs: needs(
      '(?:دون|ان|لم)(?:\\s+\\S+){0,5}?\\s+(?:اي\\s+|ايه\\s+)?(?:ال)?(?:تعليق|تعقيب|(?:رد|ردا|تفسير|توضيح|ايضاح)\\s+رسمي)',
    ),
    explanation: 'no comment was given',
    accept: (text, cue) => !SUSPENDED.test(text.slice(cue.end, cue.end + 30)),
  },
  NOTHING_TO_SAY,
  {
    pattern: rx(
      // …and `وليس لدي مجال للتعليق`, `لا أملك تعليقا`: no room for a comment, none to give.
      `${WB}(?<cue>(?:[وف]?لا|[وف]?ليس\\s+${HAVE}(?:\\s+اي)?(?:\\s+(?:مجال|وقت)\\s+(?:لل|ل)?)?|[وف]?لا\\s+${OWN}(?:\\s+اي)?)\\s*(?:ال)?(?:تعليق|تعليقات|تعليقا|تعقيب|تعقيبا))${WE}`,
      'gd',
    ),
    needs: needs('تعليق', 'تعقيب'),
    explanation: 'a party said it had no comment',
    accept: (text, cue) => !SUSPENDED.test(text.slice(cue.end, cue.end + 30)),
  },
  {
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:لا|لن)\\s+${CANNOT})${WE}(?:\\s+\\S+){0,2}?\\s+(?:في\\s+)?(?:التعليق|تعليق|التعقيب|الخوض|الافصاح|الادلاء|(?:الحديث|التحدث|الكلام)\\s+عن|ان\\s+(?:اعلق|نعلق|يعلق|تعلق|اتحدث|نتحدث|يتحدث|تتحدث|اخوض|نخوض)|الكشف\\s+عن|تاكيد\\s+او\\s+نفي|تاكيد\\s+\\S+\\s+او\\s+نفي\\S*|الرد\\s+علي\\s+(?:هذا|هذه|ذلك|السوال|الاسيله|اسيله|سوال))${WE}`,
      'gd',
    ),
    needs: needs(`(?:لا|لن)\\s+${CANNOT}`),
    explanation: 'a party said it could not comment',
    accept: (text, _cue, m) => !SUSPENDED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)),
  },
  {
    // `"الوطن" اتصلت بالمدير … ولكنه لم يرد.`, `تواصلت «الوطن» مع أندية ولم تتجاوب معها، وهي: …`: no answer
    // after an attempt to reach the party (to the one who tried, at most, after the verb).
    pattern: rx(
      `${WB}(?<cue>${NOT}${alt(ANSWER_VERBS)})\\s*(?:(?:علي\\s+(?:الفور|ذلك)|(?:مع|علي)(?:ها|ه|هم|نا))\\s*)?(?:[.،,!؟?:]|و(?:هي|هم)\\s*:|$)`,
      'gd',
    ),
    needs: ANSWERING,
    explanation: 'a party did not answer when contacted',
    accept: (text, cue) => CONTACT_TRIED.test(text.slice(0, cue.start)),
    party: 'subject',
  },
  TRIED_IN_VAIN,
  CANNOT_GIVE_DETAILS,
  NO_GOING_INTO_DETAILS,
  TOO_EARLY_TO_TELL,
  NOT_OUR_POLICY,
  RESERVED_ON_A_DETAIL,
  RESERVATIONS_VOICED,
  {
    // `إنها لا تعلق على التكهنات`, `لا نعلق على التقارير الإعلامية`, `لكنها لا تعلق علنا على
    // العمليات` (military operations, strikes): a standing policy of no comment.
    pattern: rx(
      `${WB}(?<cue>[وف]?لا\\s+(?:يعلق|تعلق|نعلق|اعلق|يعلقون|يعقب|تعقب|نعقب))(?:\\s+[^\\s،,.:]+){0,3}?\\s+علي\\s+(?:مثل\\s+)?(?:هذه\\s+)?(?:ال)?(?:شايعات|اشاعات|تكهنات|تقارير|انباء|تسريبات|اخبار|معلومات|مسايل|قضايا|تحقيقات|تفاصيل|امور|عمليات|ضربات|غارات|هجمات)${WE}`,
      'gd',
    ),
    needs: needs('يعلق', 'تعلق', 'نعلق', 'اعلق', 'يعقب', 'تعقب', 'نعقب'),
    explanation: 'a party said it does not comment',
    // (not attaching importance or hopes: `لا تعلق الحكومة أهمية على …`)
    accept: (_text, _cue, m) => !/(?:اهميه|امال)/u.test(m[0]),
  },
  {
    // `قال البنك إنه «لا يعلق على حسابات عملائه»`: a standing policy in the party's own words,
    // whatever it is about (not `لا يعلق أهمية على`, attaching importance).
    pattern: rx(`${WB}(?<cue>[وف]?لا\\s+(?:يعلق|تعلق|نعلق|اعلق|يعلقون|يعقب|تعقب|نعقب))\\s+علي\\s`, 'gd'),
    needs: needs('يعلق', 'تعلق', 'نعلق', 'اعلق', 'يعقب', 'تعقب', 'نعقب'),
    explanation: 'a party said it does not comment',
    accept: (text, cue) => OWN_WORDS.test(text.slice(Math.max(0, cue.start - 25), cue.start)),
  },
  {
    // `الإدارة «ليست في وضع يسمح لها بالتعليق»`: not in a position to comment.
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:ليس|ليست|لسنا|لست)\\s+في\\s+(?:وضع|موقع|موقف)\\s+(?:يسمح|يتيح|يخول)\\S*)\\s+(?:\\S+\\s+)?(?:ب|ل)?(?:ال)?(?:تعليق|تعقيب|حديث|افصاح|ادلاء)${WE}`,
      'gd',
    ),
    needs: needs('(?:ليس|ليست|لسنا|لست)\\s+في\\s+(?:وضع|موقع|موقف)'),
    explanation: 'a party said it could not comment',
  },
  {
    // `وظلت رسائل «سي إن إن» إلى المتحدث دون رد`, `بقيت اتصالات الصحيفة من دون جواب`: the
    // outlet's calls and questions left unanswered, or its calls to a party's phone (`لكن هاتفه
    // ظل يرن دون رد`).
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:ظلت|بقيت|ظل|بقي|تظل|تبقي)\\s+(?:ال)?${UNANSWERED}|(?:ال)?${UNANSWERED}(?:\\s+\\S+){0,3}?\\s+(?:ظلت|بقيت|تظل|تبقي|ظل|بقي|يظل|يبقي))${WE}${GAP(90)}${WB}(?:من\\s+)?(?:دون|بدون|بلا)\\s+(?:اي\\s+)?(?:رد|جواب|اجابه|استجابه)${WE}`,
      'gd',
    ),
    needs: needs('(?:دون|بلا)\\s+(?:اي\\s+)?(?:رد|جواب|اجابه|استجابه)'),
    explanation: 'a party did not answer questions or a request for comment',
  },
  {
    // `ولم يصدر عن إدارة الشركة أي تعقيب`: no comment issued by the party.
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:لم|لا)\\s+(?:يصدر|تصدر))\\s+(?:(?:عن|من)\\s+)?${GAP(60)}${WB}(?:اي|ايه)\\s+(?:تعليق|تعقيب|رد|توضيح|نفي\\s+(?:او|ولا)\\s+تاكيد|تاكيد\\s+(?:او|ولا)\\s+نفي)${WE}`,
      'gd',
    ),
    needs: needs('(?:لم|لا)\\s+(?:يصدر|تصدر)'),
    explanation: 'a party issued no comment',
  },
  {
    // `من دون أن يجيب عن أسئلة تتعلق بـ…`: answered none of the questions put.
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:من\\s+)?(?:دون|بدون)\\s+ان\\s+(?:يجيب|تجيب|يرد|ترد))\\s+(?:عن|علي)\\s+(?:اي\\s+)?(?:ال)?(?:اسيله|سوال|استفسارات|تساولات)${WE}`,
      'gd',
    ),
    needs: needs('دون\\s+ان\\s+(?:يجيب|تجيب|يرد|ترد)'),
    explanation: 'a party did not answer questions or a request for comment',
  },
  {
    // `وتجاهلت البعثة طلبا من «رويترز» للتعليق`: a request for comment ignored.
    pattern: rx(
      `${WB}${CONJ}(?<cue>تجاهل|تجاهلت|تجاهلوا|يتجاهل|تتجاهل)${WE}${GAP(90)}(?:${WB}${REQUEST}${WE}|${REQUEST_FOR_COMMENT}|${WB}${COMMENT}${WE})`,
      'gd',
    ),
    needs: needs('تجاهل', 'يتجاهل', 'تتجاهل'),
    explanation: 'a party did not answer questions or a request for comment',
    party: 'subject',
  },
  {
    // `لم تكن الهيئة قد ردت على الاستفسارات`: had not answered by the time of writing.
    pattern: rx(
      `${WB}(?<cue>[وف]?لم\\s+(?:يكن|تكن|يكونوا))(?:\\s+\\S+){0,5}?\\s+قد\\s+(?:رد|ردت|ردوا|اجاب|اجابت|علق|علقت|تجاوب|تجاوبت)\\s+(?:علي|عن|مع)\\s+(?:${REQUEST}|(?:ال)?(?:${UNANSWERED}))${WE}`,
      'gd',
    ),
    needs: needs('لم\\s+(?:يكن|تكن|يكونوا)'),
    explanation: 'a party did not answer questions or a request for comment',
  },
  {
    // `ونادرا ما تعلق إسرائيل على مثل هذه الضربات`: rarely comments, as a rule.
    pattern: rx(`${WB}(?<cue>[وف]?(?:نادرا|قلما)\\s+ما\\s+(?:يعلق|تعلق|يعقب|تعقب))${WE}`, 'gd'),
    needs: needs('يعلق', 'تعلق', 'يعقب', 'تعقب'),
    explanation: 'a party said it does not comment',
  },
  {
    // `ولم يكن لدى البيت الأبيض تعليق فوري`: had no comment.
    pattern: rx(
      `${WB}(?<cue>[وف]?لم\\s+(?:يكن|تكن))\\s+(?:لدي|عند)\\S*(?:\\s+\\S+){0,4}?\\s+(?:اي\\s+)?(?:تعليق|تعقيب)${WE}`,
      'gd',
    ),
    needs: needs('تعليق', 'تعقيب'),
    explanation: 'a party had no comment',
  },
  {
    // `ولم تؤكد الوزارة أو تنف هذه الأنباء`, `لم ينف ولم يؤكد`, `لم تؤكد الحركة كما لم تنف`:
    // neither confirmed nor denied.
    pattern: rx(
      `${WB}(?<cue>[وف]?لم\\s+(?:يوكد|توكد|يوكدوا|ينف|تنف|ينفوا))(?:\\s+[^\\s،,.:]+){0,3}?\\s+(?:او|ولم|ولا|كما\\s+لم)\\s+(?:لم\\s+)?(?:يوكد|توكد|ينف|تنف|ينفي|تنفي|يوكدوا|ينفوا)(?:ه|ها)?${WE}`,
      'gd',
    ),
    needs: needs('لم\\s+(?:يوكد|توكد|ينف|تنف)'),
    explanation: 'a party neither confirmed nor denied',
    party: 'subject',
    partyEnds: rx('^(?:او|ولم|ولا|كما)$'),
  },
  SAID_WITHOUT_DETAILS,
  NO_REPLY_ARRIVED,
  REQUEST_TURNED_DOWN,
  COULD_NOT_REACH,
  SECRECY,
  SECRECY_CITED,
  NOT_COMMENTING_NAMED,
  {
    pattern: rx(
      `${WB}[وف]?(?<cue>لم\\s+(?:نتلق|تتلق|يتلق|نحصل|تحصل|يحصل)\\S*)(?:\\s+\\S+){0,4}?\\s+(?:علي\\s+)?(?:اي\\s+)?(?:رد|ردا|تعليق|تعقيب|اجابه|جواب)${WE}`,
      'gd',
    ),
    needs: needs('نتلق', 'تتلق', 'يتلق', 'نحصل', 'تحصل', 'يحصل'),
    explanation: 'no answer was received',
  },
  {
    // Asked, a party gave only a line (`وردا على سؤال، اكتفت المتحدثة بالقول إن …`), or would not
    // confirm, only saying (`ولم يؤكد المتحدث المعارك، مكتفيا بالقول`). Not `اكتفى بالقول` alone,
    // which is most often a speaker's own brevity.
    pattern: rx(
      `${WB}(?<cue>[وف]?(?:اكتفي|اكتفت|اكتفوا|يكتفي|تكتفي|مكتفيا|مكتفيه|مكتفين))(?:\\s+\\S+){0,6}?\\s+بال(?:قول|اشاره|تاكيد|رد)${WE}`,
      'gd',
    ),
    needs: needs('اكتف', 'يكتف', 'تكتف', 'مكتف'),
    accept: (text, cue) => ASKED_OR_UNCONFIRMED.test(text.slice(Math.max(0, cue.start - 160), cue.start)),
    explanation: 'asked, a party gave only a line',
    party: 'subject',
  },
];

/** A question put to the party, or its refusal to confirm, before `اكتفى بالقول`. */
const ASKED_OR_UNCONFIRMED = rx(
  `(?:^|\\s)(?:[وف]?ردا\\s+علي\\s+(?:سوال|اسيله|الاسيله|السوال)|[وف]?(?:لدي|عند|وعند|ولدى|ولدي)\\s+سواله|[وف]?(?:حين|عندما|لما)\\s+سيل|[وف]?سيل(?:ت)?|[وف]?لم\\s+(?:يوكد|توكد|يعلق|تعلق|يوضح|توضح))(?![\\u0621-\\u064a])`,
);
