/**
 * Word lists for the `no_comment` detector (ANNOTATION.md, "no_comment"), in ordinary Arabic;
 * the patterns fold them with norm().
 */
import { REFUSE_FORMS } from './common';

/** "Did not answer": jussive forms after لم/لن (لم ترد، لم يجيبوا، لم تستجب). */
export const ANSWER_VERBS = [
  // `لم تتجاوب السفارة مع طلب «الخبر»`.
  'يتجاوب',
  'تتجاوب',
  'يرد',
  'ترد',
  'يردوا',
  'يردا',
  'تردا',
  'يجب',
  'تجب',
  'يجيبوا',
  'يستجب',
  'تستجب',
  'يستجيبوا',
  'يعاود',
  'تعاود',
] as const;

/** What a party was asked and left unanswered. */
export const REQUEST_NOUNS = [
  'أسئلة',
  'سؤال',
  'تساؤلات',
  'استفسار',
  'استفسارات',
  'اتصال',
  'اتصالات',
  'مكالمة',
  'مكالمات',
  'رسائل',
  'رسالة',
  'بريد',
  'الهاتف',
] as const;

/** Requests (طلب) count only when what was requested is a comment or an answer. */
export const REQUEST_FOR = ['طلب', 'طلبات'] as const;

/** Comment words that tie a request or a failed contact to the press (للتعليق، للتعقيب). */
export const COMMENT_WORDS = [
  'تعليق',
  'تعليقا',
  'تعليقات',
  'التعليق',
  'للتعليق',
  'بتعليق',
  'بتعليقات',
  'تعقيب',
  'التعقيب',
  'للتعقيب',
  'توضيح',
  'استيضاح',
  'مقابلة',
  'للرد',
  // `تعذر الاتصال بمسؤولي الشركة للاستفسار عن …`.
  'للاستفسار',
  'الاستفسار',
] as const;

/** "Declined to …": verbs of refusing, abstaining and avoiding. */
export const DECLINE_VERBS = [
  ...REFUSE_FORMS,
  // Two of them, and the first person of a quoted party (`«نرفض التعليق»`, `أرفض الخوض في ذلك`);
  // not among the denial verbs' rejections (`أرفض إطلاق التهم` is no denial).
  'يرفضان',
  'ترفضان',
  'رفضتا',
  'رفضنا',
  'نرفض',
  'أرفض',
  'امتنع',
  'امتنعت',
  'امتنعوا',
  'يمتنع',
  'تمتنع',
  'يمتنعون',
  'ممتنعا',
  // The verbal noun (`حرص على الامتناع عن الإدلاء بتصريحات`, `امتناعه عن التعليق`).
  'الامتناع',
  'امتناع',
  'امتناعه',
  'امتناعها',
  'امتناعهم',
  // …and the refusal as a noun, its party's, after ل or ب (`تعرض لانتقادات لرفضه الكشف عن أسماء
  // المستشفيات`; not `سبب رفضه`, the reason for some other refusal).
  'لرفضه',
  'لرفضها',
  'لرفضهم',
  'برفضه',
  'برفضها',
  'أحجم',
  'أحجمت',
  'أحجموا',
  'يحجم',
  'تحجم',
  'تحاشى',
  'تحاشت',
  'يتحاشى',
  'تتحاشى',
  'متحاشيا',
  'تجنب',
  'تجنبت',
  'يتجنب',
  'تتجنب',
  'متجنبا',
  'تحفظ',
  'تحفظت',
  'يتحفظ',
  'تتحفظ',
  'متحفظا',
  'نأى بنفسه',
  'نأت بنفسها',
  'ينأى بنفسه',
  'تنأى بنفسها',
  // …and with the party between (`ونأى ناطق باسم البنك بنفسه عن التعليق`).
  'نأى',
  'نأت',
  'ينأى',
  'تنأى',
  'تهرب',
  'تهربت',
  'يتهرب',
  'تتهرب',
  // `واعتذر المدير عن التعليق`, `اعتذرت عن الرد`: declined, politely.
  'اعتذر',
  'اعتذرت',
  'اعتذروا',
  'يعتذر',
  'تعتذر',
  'معتذرا',
] as const;

/** What was declined: speaking, confirming or disclosing (الحديث، تأكيد، الإفصاح). */
export const SPEECH_ACTS = [
  'التعليق',
  'تعليق',
  'التعقيب',
  'الرد',
  'الإجابة',
  'الإدلاء',
  'الإفصاح',
  'الكشف',
  'كشف',
  'الخوض',
  // Going into details (`لم يشأ الدخول في تفاصيل الخطة`); not `الدخول` alone (entering).
  'الدخول في التفاصيل',
  'الدخول في تفاصيل',
  'الحديث',
  'التحدث',
  'التصريح',
  'تأكيد',
  'التأكيد',
  'توضيح',
  'إعطاء',
  'تقديم',
  'مناقشة',
  'إضافة',
  'تحديد',
  'ذكر',
  'الكلام',
  'التطرق',
  'البوح',
  'الإعلان',
  // Giving information (`رفضت الدار الإفادة بهذا الشأن`).
  'الإفادة',
  // Confirming or denying, in other words (`رفض إثبات أو نفي صحة ما تم تداوله`).
  'إثبات أو نفي',
] as const;

/** Objects of disclosure that make a refusal a request for anonymity, not a non-response. */
export const IDENTITY_WORDS = [
  'اسمه',
  'اسمها',
  'اسمهم',
  'اسمي',
  'هويته',
  'هويتها',
  'هويتهم',
  'هوياتهم',
  'أسمائهم',
  'هوية',
  'اسم',
] as const;

/** Things that can be "suspended" (تعليق الدراسة), which are not comments. */
export const SUSPENDED_THINGS = [
  'الدراسة',
  'للدراسة',
  'العمل',
  'الدوام',
  'التداول',
  'تداول',
  'الرحلات',
  'العقوبات',
  'عضوية',
  'المفاوضات',
  'الأسهم',
  'الحملة',
  'الرواتب',
  'المباريات',
  'النشاط',
] as const;

/** People whom "could not reach … to ask" or "could not get … to clarify" names. */
export const SPOKES_NOUNS = [
  'متحدث',
  'متحدثة',
  'المتحدث',
  'ناطق',
  'الناطق',
  'مسؤول',
  'المسؤول',
  'مسؤولي',
  'مسؤولين',
  'ممثل',
  'ممثلي',
  'محامي',
  'محام',
] as const;

/** "I cannot / do not want to" before a comment word (`لا أستطيع التعليق`, `لا نريد الخوض`). */
export const CANNOT_VERBS = [
  'أستطيع',
  'نستطيع',
  'يستطيع',
  'تستطيع',
  'يمكنني',
  'يمكننا',
  'يمكنه',
  'يمكنها',
  'أريد',
  'نريد',
  'يريد',
  'تريد',
  'أود',
  'نود',
  'يود',
  'تود',
  'أرغب',
  'نرغب',
  'يرغب',
  'ترغب',
] as const;
