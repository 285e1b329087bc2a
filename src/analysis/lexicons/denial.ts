/**
 * Word lists for the `denial` detector (ANNOTATION.md, "denial"), in ordinary Arabic: the
 * patterns fold them with norm(), so نفى/نفي, صحة/صحه and أكاذيب/اكاذيب are written once.
 */
import { REFUSE_FORMS } from './common';

/** نفى and its conjugations, participles, object-pronoun forms and the noun (نفي، النفي). */
export const DENY_VERBS = [
  'نفى',
  'نفت',
  'نفوا',
  'نفيا',
  'نفيت',
  'نفينا',
  'ينفي',
  'تنفي',
  'ننفي',
  'ينفون',
  'ينفيان',
  'تنفيان',
  'نافيا',
  'نافية',
  'نافين',
  'نافيين',
  'نفاه',
  'نفاها',
  'نفاهما',
  'نفته',
  'نفتها',
  'نفوه',
  'نفوها',
  'ينفيه',
  'ينفيها',
  'تنفيه',
  'تنفيها',
  'أنفيه',
  'ننفيه',
  'نفيه',
  'نفيها',
  'نفيهم',
  'النفي',
] as const;

/** Verbs of refuting or disowning a claim; they count only with a claim as their object. */
export const REFUTE_VERBS = [
  'كذب',
  'كذبت',
  'كذبوا',
  'يكذب',
  'تكذب',
  'تكذيب',
  'مكذبا',
  'دحض',
  'دحضت',
  'يدحض',
  'تدحض',
  'دحضوا',
  'فند',
  'فندت',
  'فندوا',
  'يفند',
  'تفند',
  'تفنيد',
  'مفندا',
  'أنكر',
  'أنكرت',
  'أنكروا',
  'ينكر',
  'تنكر',
  'ينكرون',
  'منكرا',
  // Dispelled (`بددت الوزارة الشائعات`): only with a claim as its object, as the others.
  'بدد',
  'بددت',
  'يبدد',
  'تبدد',
  'مبددا',
] as const;

/** رفض and its forms: a denial only when its object is an accusation or a report. */
export const REJECT_VERBS = [...REFUSE_FORMS, 'استنكر', 'استنكرت', 'يستنكر', 'تستنكر', 'مستنكرا'] as const;

/** Nouns that name a claim someone could call false. */
export const CLAIM_NOUNS = [
  'اتهام',
  'اتهامات',
  'اتهامه',
  'اتهامها',
  'اتهاماته',
  'تهم',
  'تهمة',
  'ادعاء',
  'ادعاءات',
  'مزاعم',
  // Assertions called false (`التأكيدات بشأن الانتهاكات خاطئة`).
  'تأكيدات',
  'أنباء',
  'أخبار',
  'خبر',
  'معلومات',
  'المعلومة',
  'تقارير',
  'تقرير',
  'شائعات',
  'إشاعات',
  'رواية',
  'روايات',
  'تصريحات',
  // Comments made about the matter, called inaccurate (`بعض التعليقات … كانت غير دقيقة`).
  'تعليقات',
  'أقاويل',
  'دعاوى',
  'مغالطات',
  'توقعات',
  'تكهنات',
  'تسريبات',
  // Posts on a social network (`عدم صحة التغريدات التي قالت إن`), as news is.
  'تغريدات',
  'تغريدة',
] as const;

/** A relative clause that points at what was reported (ما تردد، ما نشر، ما أشيع …). */
export const REPORTED_VERBS = [
  // `ما انتشر عن`, `ما راج من`, `ما شاع`: what went round.
  'انتشر',
  'ينتشر',
  'راج',
  'شاع',
  'تردد',
  'يتردد',
  'نشر',
  'نشرته',
  'ينشر',
  'أشيع',
  'يشاع',
  'تداول',
  'يتداول',
  'تم تداوله',
  'يتم تداوله',
  'ذكر',
  'ذكرته',
  'يذكر',
  'ورد',
  'أثير',
  'يثار',
  'قيل',
  'يقال',
  'قاله',
  'أوردته',
  'نقلته',
  'تناقلته',
  'تم تناقله',
  'يردده',
  'تروجه',
  'يروج',
  // `ما روّجته بعض الصفحات`, `ما زعمته الصحيفة`, `ما ادّعاه`, `ما نسب إليه`.
  'روج',
  'روجت',
  'روجوا',
  'زعم',
  'زعمت',
  'ادعاه',
  'ادعته',
  'نسب',
  'جاء في',
  'أثار',
  'أثارت',
] as const;

/** Adjectives and nouns that call a claim false. */
export const FALSE_WORDS = [
  'كاذبة',
  // A slander (`الاتهامات … افتراء`); not مزور, which in crime news is what was forged (`شهادات مزورة`).
  'افتراء',
  'كاذب',
  'كاذبا',
  'مغلوطة',
  'مغلوط',
  'ملفقة',
  'ملفق',
  'مفبركة',
  'مفبرك',
  // Called fabrications outright (`ما يتم نشره … «فبركات إعلامية»`).
  'فبركات',
  'فبركة',
  'مختلقة',
  'باطلة',
  'باطل',
  'زائفة',
  'واهية',
  'زائف',
  'مضللة',
  'مضلل',
  'مفتعل',
  'مختلق',
  'مغرضة',
  'مغرض',
  // Accusative, after a verb of considering (`اعتبرت الخبر مختلقا`).
  'مختلقا',
  'مضللا',
  'مفبركا',
  'ملفقا',
  'مغلوطا',
  'مفتعلة',
  // `ادعاءات مصطنعة`: made up.
  'مصطنع',
  'مصطنعة',
  'مصطنعا',
  'أكاذيب',
  'افتراء',
  'افتراءات',
] as const;

/** Words that can only describe how something is done, not whether a claim is true (بطريقة غير صحيحة). */
export const MANNER_WORDS = ['بطريقة', 'بصورة', 'بشكل', 'ركلة', 'نظرة', 'استخدام', 'استخدامها'] as const;

/** Subjects that refute a hypothesis rather than deny as a party (دراسات أخرى نفت). */
export const NON_PARTY_SUBJECTS = [
  'دراسات',
  'دراسة',
  'الدراسة',
  'أبحاث',
  'بحوث',
  'الأدلة',
  'النتائج',
  'الواقع',
  'الوقائع',
  'التحاليل',
] as const;
