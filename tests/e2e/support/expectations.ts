/**
 * What a reader should see on each fixture page: sentences (by a distinctive fragment) and the
 * kinds each must be highlighted with. Shared by the Chromium and Firefox tests.
 */
export type Kind = 'anonymous' | 'denial' | 'no_comment' | 'wire';

export interface Expected {
  fragment: string;
  kinds: Kind[];
}

export const CMS: Expected[] = [
  { fragment: 'قالت ثلاثة مصادر مطلعة لرويترز', kinds: ['anonymous', 'wire'] },
  { fragment: 'ونفت وزارة النقل في بيان', kinds: ['denial'] },
  { fragment: 'ولم ترد الشركة المنفذة على طلب', kinds: ['no_comment'] },
  { fragment: 'وذكرت وكالة فرانس برس', kinds: ['wire'] },
];
/** Text that must stay unmarked: plain sentences, related links, ads, comments. */
export const CMS_UNMARKED = [
  'ويعد الميناء من أكبر مشروعات',
  'الحكومة تدرس رفع أسعار الوقود',
  'الوزارة تنفي وجود عجز',
  'مصادري تقول',
];

export const BROADCASTER: Expected[] = [
  { fragment: 'نفى المتحدث باسم الحكومة', kinds: ['denial'] },
  { fragment: 'غير أن مصدراً حكومياً قال لبي بي سي', kinds: ['anonymous', 'wire'] },
  { fragment: 'وامتنع مسؤولون في وزارة التموين عن التعليق', kinds: ['no_comment'] },
  { fragment: 'وبحسب وكالة الأناضول', kinds: ['wire'] },
];
export const BROADCASTER_UNMARKED = [
  'انخفاض احتياطي القمح',
  'الوزارة تنفي إغلاق مخابز',
  'نفي رسمي لشائعات',
  'وتشهد الأسواق المحلية',
];

export const LATE: Expected[] = [
  { fragment: 'قال مسؤولون محليون طلبوا عدم نشر أسمائهم', kinds: ['anonymous'] },
  { fragment: 'ونفت شركة الكهرباء', kinds: ['denial'] },
];
export const LATE_APPENDED: Expected = {
  fragment: 'ولم يرد مكتب المحافظ على اتصالات',
  kinds: ['no_comment'],
};
export const LATE_SECOND: Expected = { fragment: 'ذكرت صحيفة الشرق الأوسط', kinds: ['wire'] };

export const NEGATIVES = ['english.html', 'persian.html', 'arabic-non-news.html', 'editor.html'];

/** English tooltip titles (the test browsers run with an English UI). */
export const KIND_TITLE: Record<Kind, string> = {
  anonymous: 'Unnamed source',
  denial: 'Official denial',
  no_comment: 'No response or declined to comment',
  wire: 'Credited to a news outlet',
};
