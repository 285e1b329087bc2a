/** Word lists more than one detector needs. */

/** Day names, which sit between a speaker and the verb (`قال مسؤول الأحد إن …`). */
export const WEEKDAYS: readonly string[] = [
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
];

/** رفض in the forms news prose uses; a denial or a no-comment depending on its object. */
export const REFUSE_FORMS: readonly string[] = [
  'رفض',
  'رفضت',
  'رفضوا',
  'يرفض',
  'ترفض',
  'يرفضون',
  'رافضا',
  'رافضة',
  'رافضين',
];

/** "Another", "a second", "a third": they describe an outlet or a person, they name none. */
export const ANOTHER_WORDS: readonly string[] = ['أخرى', 'آخر', 'ثان', 'ثاني', 'ثانية', 'ثالث', 'ثالثة'];
