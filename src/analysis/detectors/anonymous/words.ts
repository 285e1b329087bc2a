/**
 * Word sets and small tests shared by the parts of the anonymous detector.
 */
import {
  ADDRESSEE_PREFIXES,
  CLAIM_ONLY_VERBS,
  COMPLEMENTISERS,
  MEDIA_OF,
  ONE_OUTLET,
} from '../../lexicons/anonymous';
import { ANOTHER_WORDS } from '../../lexicons/common';
import { NATIONALITIES } from '../../lexicons/wire';
import { norm } from '../../normalize';
import type { Token } from '../../tokens/tokenize';
import { lookupForm } from '../wire/outlet-names';
import { LETTER_CLASS } from '../../word-chars';

export const QUOTES = new Set(['"', "'", '(', ')', '-', '*']);
export const COMMAS = new Set(['،', ',']);
export const MEDIA_ADJECTIVES = new Set(['الاعلاميه', 'الصحفيه', 'الصحافيه', 'الاخباريه', 'الاعلامية']);
/**
 * What else makes definite reports vague (`وذكرت التقارير الأولية أن`, `وحسب التقارير الواردة`,
 * `وذكرت التقارير البريطانية أن`): where they came from or how far along they are, not a named
 * report's subject (`التقارير الطبية`, `التقارير المالية`: documents).
 */
export const VAGUE_REPORT_ADJECTIVES: ReadonlySet<string> = new Set(
  [
    ...['الواردة', 'الأولية', 'المتداولة', 'المتوفرة', 'المتوافرة', 'المنشورة', 'المعلنة'],
    // The latest, earlier or recent reports (`وتشير التقارير الأخيرة إلى`).
    ...['الأخيرة', 'الحديثة', 'السابقة'],
    ...['الغربية', 'الأجنبية', 'المحلية', 'العبرية', 'الأوروبية'],
    // A country's (`التقارير البريطانية`): the nationalities the wire detector knows, feminine.
    ...Object.keys(NATIONALITIES).map((nisba) => `ال${nisba}ة`),
  ].map(norm),
);
/**
 * Nationality adjectives in every form a source takes (`ليبي`, `ليبية`, `لبنانيين`, `لبنانيون`): a
 * word that starts with ل is then no preposition (`مصادر ليبية`, not `مصدر للعملة`).
 */
export const NATIONALITY_FORMS: ReadonlySet<string> = new Set(
  Object.keys(NATIONALITIES).flatMap((nisba) => ['', 'ة', 'ين', 'ون'].map((end) => norm(`${nisba}${end}`))),
);
export const PREPOSITIONS = new Set(['في', 'داخل', 'لدي', 'بين', 'ضمن', 'من', 'مقرب', 'قريب', 'بالقرب']);
export const AN = norm('عن');
/** `المصدر نفسه`, `المسؤول ذاته`: the same source again, not a name. */
export const SAME = new Set(['نفسه', 'نفسها', 'ذاته', 'ذاتها', 'نفسهم', 'ذاتهم']);
export const IN = norm('في');
/** Attribution words that take `لـ`: `وفقا لمصادر`, `طبقا لتقارير`. */
export const GOVERNS_LAM = new Set([
  'وفقا',
  'ووفقا',
  'طبقا',
  'وطبقا',
  'وفق',
  'ووفق',
  'نسبه',
  'بالنسبه',
  'نقلا',
  'مزاعم',
  'ادعاءات',
]);
/** Words that never stand in a name: the verbs and particles of `طلب عدم نشر اسمه` and the like. */
export const NOT_NAME = new Set(
  [
    'طلب',
    'طالبا',
    'مشترطا',
    'رافضا',
    'مفضلا',
    'متحفظا',
    'عدم',
    'لم',
    'لا',
    'قد',
    'الذي',
    'التي',
    'اسمه',
    'هويته',
  ].map(norm),
);
export const ONE = new Set(['احد', 'احدي']);
/** One or some of a definite plural (`أحد المسؤولين`, `إحدى الموظفات`, `بعض السكان`): the head of the phrase. */
export const ONE_OR_SOME: ReadonlySet<string> = new Set([...ONE, 'بعض']);
/** Adjectives of number that may describe sources of income and informants alike. */
export const VAGUE_NUMBER = new Set(['متعدده', 'مختلفه', 'عديده', 'متنوعه']);
/**
 * Words that make the media noun after them part of a body's name: a news agency (`وكالة الأنباء`),
 * a ministry or minister of information (`وزارة الإعلام الكويتية تنفي`, `وزير الإعلام`).
 */
export const NEWS_AGENCY = new Set(
  ['وكاله', 'وزاره', 'وزير', 'وزيره'].flatMap((w) => [w, `ل${w}`, `ب${w}`, `و${w}`]),
);
/** What an unnamed outlet is described by: a country, or the kind of outlet it is (both genders). */
export const OUTLET_DESCRIPTIONS: ReadonlySet<string> = new Set(
  [
    ...Object.keys(NATIONALITIES),
    ...['محلي', 'عربي', 'غربي', 'أجنبي', 'عبري', 'كردي', 'أوروبي', 'رسمي', 'حكومي', 'إخباري'],
    ...['إلكتروني', 'عالمي', 'دولي', 'معارض', 'موال', 'مستقل', 'خاص', 'مقرب', 'سياسي', 'متخصص'],
  ]
    .flatMap((adjective) => [norm(adjective), norm(`${adjective}ة`)])
    // Another, a second one (`وقالت صحيفة أخرى إن`).
    .concat(ANOTHER_WORDS.map(norm)),
);
export const MEDIA_NEEDS = new Map<string, ReadonlySet<string>>([
  [norm(ONE_OUTLET), OUTLET_DESCRIPTIONS],
  // `الإعلام الأفغاني`, or bare with the claim right after (`يتوقع الإعلام أن`، `ويتحدث الإعلام عن`).
  [norm(MEDIA_OF), new Set([...OUTLET_DESCRIPTIONS, 'ان', 'انه', 'انها', 'عن'])],
  [norm('وسائل'), new Set(['اعلام', 'اعلاميه', 'تواصل'])],
  [norm('قناة'), new Set([...OUTLET_DESCRIPTIONS, 'تلفزيونيه', 'فضاييه', 'اخباريه', 'تليفزيونيه'])],
  [norm('صفحة'), new Set([...OUTLET_DESCRIPTIONS, 'اخباريه'])],
  // …and sites that specialise in the field (`بحسب مواقع متخصصة`).
  [norm('موقع'), new Set(['اخباريه', 'الكترونيه', 'اعلاميه', 'صحفيه', 'صحافيه', 'اخبار', 'تواصل', 'متخصصه'])],
  // Social networks only: `شبكات الطرق`, `منصات الإطلاق` are no media.
  [norm('شبكة'), new Set(['تواصل'])],
  [norm('منصة'), new Set(['تواصل'])],
]);
/** Organisations and groups are a vague source as rights, aid or civil bodies (`منظمات حقوقية`), not as a topic. */
const RIGHTS_AND_AID = new Set([
  'حقوقيه',
  'حقوق',
  'انسانيه',
  'اغاثه',
  'اغاثيه',
  'دوليه',
  'غير',
  'مجتمع',
  'مدنيه',
  // Groups concerned with a cause (`مجموعات معنية بالدفاع عن حقوق الإنسان`).
  'معنيه',
]);
export const GROUP_NEEDS = new Map<string, ReadonlySet<string>>([
  [norm('ولي أمر'), new Set([norm('أمور')])],
  // Businessmen, clerics, and the men of the police, traffic or fire service (`وأفاد رجال الشرطة
  // أن`): unnamed officers as a body (not `رجال الأمن`, most often thanked).
  [norm('رجل أعمال'), new Set([norm('أعمال'), 'دين', 'شرطه', 'مرور', 'اطفاء', 'اسعاف'])],
  // Those in charge of something (`ويقول القائمون على المبادرة إن`).
  [norm('قائم على'), new Set(['علي'])],
  [norm('بعض'), new Set(['ان', 'انه', 'انها', 'انهم', 'انهما'])],
  [
    norm('صاحب'),
    new Set(
      [
        'محلات',
        'محال',
        'مبادرة',
        'شركات',
        'مصانع',
        'مزارع',
        'عقارات',
        'أعمال',
        'مكاتب',
        'مواشي',
        'مطاعم',
        'متاجر',
        'منشآت',
        'مؤسسات',
        'سيارات',
        // Those concerned (`أصحاب العلاقة`, `أصحاب الشأن`, `أصحاب المصلحة`).
        'علاقة',
        'شأن',
        'مصلحة',
        'اختصاص',
      ].map(norm),
    ),
  ],
  [norm('شيخ قبيلة'), new Set(['قبيلة', 'قبائل', 'عشائر', 'عشيرة'].map(norm))],
  [norm('مركز بحوث'), new Set(['بحوث', 'ابحاث', 'دراسات', 'بحثيه', 'فكر'])],
  [norm('منظمة'), RIGHTS_AND_AID],
  // `جماعات حقوقية`, not `الجماعات المسلحة` (armed groups act; they are the story).
  [norm('جماعة'), RIGHTS_AND_AID],
]);
export const ZERO_LEADS = new Set(
  [
    'و',
    'ف',
    'كما',
    'ثم',
    'الا',
    'انه',
    'انها',
    'لكن',
    'لكنه',
    'لكنها',
    'ولكن',
    'ولكنه',
    'غير',
    'بيد',
    'وقد',
    'قد',
    // `فيما أوضح أن …`, `وبينما أشار إلى أن …`: "while he explained", the same speaker going on.
    'فيما',
    'وفيما',
    'بينما',
    'وبينما',
  ].map(norm),
);
export const NO_SUBJECT = new Set(
  [
    ...['الي', 'ايضا', 'كذلك', 'في', 'قايلا', 'قايله', 'بالقول', 'مجددا', 'حينها'],
    // `وأكدوا جميعهم أنهم`: all of them, the group going on.
    ...['جميعهم', 'كلهم', 'جميعا'],
    // `ومضى يقول إن`, `واختتم حديثه بالقول`.
    ...['يقول', 'تقول', 'حديثه', 'حديثها', 'تصريحه', 'تصريحها', 'كلامه', 'كلامها'],
  ].map(norm),
);
/** A bare word with the accusative alef (`تقريرا`, `بيانا`). */
export const ACCUSATIVE = new RegExp(`^[^ا]${LETTER_CLASS}{2,}[^اوي]ا$`, 'u');
/** Words ending in alef that do describe a source (`مصادر عليا`, `مطلعة جدا`). */
export const ADVERBS = new Set(['جدا', 'عليا', 'دنيا', 'حاليا', 'سابقا', 'تماما']);
/** Nisba adjective (أمني، دبلوماسية، عراقيين): makes `مصدر`/`مسؤول` before it indefinite and unnamed. */
export const NISBA = new RegExp(`^${LETTER_CLASS}{2,}(?:ي|يه|يين|يون|يان)$`, 'u');
/** Verbs of describing or judging, whose object a report is (`وصف التقارير بأنها …`). */
export const DESCRIBING = /^[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف|واصفا|اعتبر|اعتبرت|يعتبر|تعتبر|معتبرا)$/u;
/** Verbs of an outlet obtaining a document (the object's owner is then named). */
export const OBTAINED = /^(?:طالعت|طالعتها|اطلعت|حصلت|حصل|اطلع)$/u;
/** Window sizes: how far to look back for the verb, and how long a source description may run. */
export const LOOK_BACK = 8;
export const TAIL_WORDS = 7;
/** How many sentences a definite `المسؤول` may refer back to an unnamed one. */
export const MEMORY_SPAN = 12;

/** `أن`/`إن` with a conjunction or `بـ` before and a pronoun after (`فإنه`, `بأنهما`, `وأنهم`). */
export const COMPLEMENTISER_RX = /^(?:[وف]?ب?|ل)ان(?:ه|ها|هم|هما|هن|نا|ني|ي)?$/u;
export const isComplementiser = (tok: Token | undefined) =>
  tok?.isWord === true && (COMPLEMENTISERS.has(tok.text) || COMPLEMENTISER_RX.test(tok.text));

/** `لـ«عكاظ»`, `لرويترز`, `لوكالة`: the outlet a source spoke to, right after the source. */
export function isAddressee(tok: Token | undefined): boolean {
  if (!tok?.isWord || !tok.text.startsWith('ل')) return false;
  if (tok.text === 'ل') return true; // `لـ` detached before a quoted name
  if (ADDRESSEE_PREFIXES.some((p) => tok.text.startsWith(p))) return true;
  const name = tok.text.slice(1);
  return lookupForm(name, undefined) !== undefined || lookupForm(tok.text, undefined) !== undefined;
}

export const span = (tokens: Token[], from: number, to: number) => ({
  start: (tokens[from] as Token).start,
  end: (tokens[to - 1] as Token).end,
});

/** Nouns after which a group is what a body looks after (`لشؤون اللاجئين`, `حقوق المعتقلين`). */
export const IN_A_BODY_NAME = new Set([
  'شوون',
  'لشوون',
  'بشوون',
  'حقوق',
  'لحقوق',
  'اغاثه',
  'لاغاثه',
  'رعايه',
  'لرعايه',
]);

/** A man, a woman, a young man (lexicons/anonymous.ts): a source only when speaking (judge.ts). */
export const PLAIN_PEOPLE: ReadonlySet<string> = new Set(['رجل', 'امرأة', 'شاب'].map(norm));

/** Forms of تابع (to follow): with a media noun after it, the news is what is followed. */
export const FOLLOWING = /^[وف]?(?:تابع|يتابع|تتابع|نتابع|تابعوا|يتابعون|تابعت|تابعي)$/u;

/** `هذه الأنباء`, `تلك التقارير`: what was introduced before. */
export const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هاته'].map(norm));

/** Verbs whose accusative is a predicate: being, becoming, considering (normalised). */
export const BEING =
  /^[وف]?(?:يعد|تعد|عد|عدت|يعتبر|تعتبر|اعتبر|اعتبرت|يشكل|تشكل|شكل|شكلت|اصبح|اصبحت|يصبح|تصبح|بات|باتت|ظل|ظلت|كان|كانت|يكون|تكون|يمثل|تمثل|مثل|مثلت)$/u;

/** `تقنية المعلومات`, `أمن المعلومات`: information as a field, not as reports. */
export const INFORMATION_FIELD = /^[وفبل]?(?:ال)?(?:تقنيه|تقنيات|تكنولوجيا|نظم|انظمه|نظام|امن|هندسه)$/u;

/** Words after which a verb's written form is its verbal noun (`من نشر`, `مجرد نفي`, `دون علم`). */
export const BEFORE_VERBAL_NOUN = new Set([
  'من',
  'في',
  'عن',
  'علي',
  'الي',
  'حول',
  'عبر',
  'خلال',
  'دون',
  'بدون',
  'مجرد',
  'لمجرد',
  'بمجرد',
  'سياسه',
  'حريه',
  // …or a noun or verb that takes an action as its object (`يمكن نقل المعلومات`, `مشاكل نقل`).
  'يمكن',
  'امكانيه',
  'طريقه',
  'عمليه',
  'سرعه',
  'مشاكل',
  'مشكله',
  'ضروره',
  'اهميه',
]);

/** "The words of", "the phrase of" after "according to" (`حسب قول`, `وفقا لتعبير`). */
export const WORDS_OF = /^ل?(?:قول|تعبير)$/u;

export const BY_WORDS = /^[وف]?(?:بحسب|حسب|وفق|وفقا|طبقا|علي\s?حد)$/u;

/** After, in the wake of, despite (`بعد تقارير عن`, `إثر أنباء بأن`, `رغم أخبار عن`). */
export const IN_THE_WAKE = /^[وف]?(?:بعد|اثر|عقب|رغم)$/u;
/** Verbs of estimating (`قدرت`, `يقدر`): a figure, not a claim (counting verbs are no verbs of saying at all). */
export const ESTIMATES = /^[وف]?(?:قدر|قدرت|تقدر|يقدر)$/u;
/** A negation (`لم`, `لا`, `لن`, `ليس`), with its conjunction (normalised). */
export const NEGATION = /^[وف]?(?:لم|لا|لن|ليس|ليست)$/u;
/** `وهناك أنباء عن`, `ثمة تقارير تفيد`: reports said to exist (before REPORT_OPENS). */
export const THERE_ARE = /^[وف]?(?:هناك|ثمه)$/u;

/** What opens the claim right after vague reports (`عن`, `حول`, `بأن`, `تفيد`). */
export const REPORT_OPENS = /^(?:عن|حول|بشان|بان|بانه|بانها|تفيد|تشير|تتحدث|تحدثت|مفادها)$/u;

/** Researchers and scientists: in an article that reports a study, its authors (judge.ts). */
export const STUDY_AUTHORS: ReadonlySet<string> = new Set([norm('باحث'), norm('عالم')]);
/** `نفس المصدر`, `ووفقا لنفس المصادر`: "the same" before the noun (SAME has it after). */
export const SAME_BEFORE = norm('نفس');

/**
 * Verbs that say something only with a claim after them: repeating (ردد; not تردد, "was rumoured",
 * impersonal.ts), and the lexicon's CLAIM_ONLY_VERBS (agreeing, going as far as).
 */
export const NEEDS_CLAIM = new RegExp(
  `^[وف]?(?:${['ردد', 'رددت', 'رددوا', 'يردد', 'يرددون', ...CLAIM_ONLY_VERBS].join('|')})(?:ه|ها|هم)?$`,
  'u',
);

/** An outlet the registry knows, in one or two words from `j` (`رويترز`, `فرانس برس`). */
export function outletAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]?.text;
  if (t === undefined) return false;
  const two = tokens[j + 1]?.isWord ? `${t} ${(tokens[j + 1] as Token).text}` : undefined;
  return (
    lookupForm(t, undefined) !== undefined || (two !== undefined && lookupForm(two, undefined) !== undefined)
  );
}
