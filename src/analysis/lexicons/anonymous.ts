/**
 * Word lists for the `anonymous` detector (ANNOTATION.md, "anonymous"), written in ordinary
 * Arabic and folded with norm() so that hamza, ta marbuta and alef maqsura variants all match.
 * Every entry is a bare stem: the detector strips the proclitics و ف ب ل ك ال itself.
 */
import { WEEKDAYS } from './common';
import { norm } from '../normalize';

/** How a verb agrees with its subject; used to follow an unstated subject. */
export type Agreement = 'm' | 'f' | 'pl';

/**
 * What kind of unnamed source a noun names.
 * - `source`: مصدر and its plural — a source by definition, when not a "source of" something.
 * - `role`: a person by function (مسؤول، قيادي، دبلوماسي): unnamed when indefinite.
 * - `group`: a vague group (محللون، خبراء، سكان): anonymous whenever it is the origin of a claim.
 * - `media`: unnamed outlets and reports (تقارير، وسائل إعلام، صحف، أنباء).
 */
export type NounClass = 'source' | 'role' | 'group' | 'media';

export interface NounEntry {
  lemma: string;
  cls: NounClass;
  number: 'sg' | 'du' | 'pl';
  /** The agreement of a pronoun or verb that later refers back to this noun. */
  agree: Agreement;
  /** A plural in construct state (مسؤولو المدينة), which is followed by a definite genitive. */
  construct?: boolean;
  /** Only without the article: `الصحيفة` is a paper named before, not one left unnamed. */
  indefinite?: boolean;
  /**
   * An accusative made for the noun (addDerivedForms), counted only after "but" (`لكن`, `غير أن`,
   * `إلا أن`): elsewhere the accusative is an object or a count's noun (`30 محللا`).
   */
  afterBut?: boolean;
}

const nouns = new Map<string, NounEntry>();
function add(
  cls: NounClass,
  lemma: string,
  forms: Partial<Record<'sg' | 'sgf' | 'du' | 'pl' | 'cs', string[]>>,
  extra: Pick<NounEntry, 'indefinite'> = {},
) {
  const l = norm(lemma);
  for (const f of forms.sg ?? []) nouns.set(norm(f), { lemma: l, cls, number: 'sg', agree: 'm', ...extra });
  // A woman by function (`وقالت موظفة`): a verb that goes on with her is feminine (`وأضافت`).
  for (const f of forms.sgf ?? []) nouns.set(norm(f), { lemma: l, cls, number: 'sg', agree: 'f', ...extra });
  for (const f of forms.du ?? []) nouns.set(norm(f), { lemma: l, cls, number: 'du', agree: 'pl' });
  for (const f of forms.pl ?? []) nouns.set(norm(f), { lemma: l, cls, number: 'pl', agree: 'pl', ...extra });
  for (const f of forms.cs ?? [])
    nouns.set(norm(f), { lemma: l, cls, number: 'pl', agree: 'pl', construct: true });
}

// `مصادرها`/`مصادرنا`: the outlet's own sources (not `مصادره`, which is also `مصادرة`, confiscation).
add('source', 'مصدر', {
  sg: ['مصدر', 'مصدرا'],
  du: ['مصدران', 'مصدرين'],
  pl: ['مصادر', 'مصادرها', 'مصادرنا'],
});
// Persons by function. `مسؤولين` is dual or plural; it is listed as plural (no count).
add('role', 'مسؤول', {
  sg: ['مسؤول', 'مسئول', 'مسؤولا', 'مسئولا'],
  sgf: ['مسؤولة', 'مسئولة'],
  du: ['مسؤولان', 'مسئولان'],
  pl: ['مسؤولون', 'مسؤولين', 'مسئولون', 'مسئولين'],
  cs: ['مسؤولو', 'مسؤولي', 'مسئولو', 'مسئولي'],
});
add('role', 'قيادي', { sg: ['قيادي'], pl: ['قياديون', 'قياديين', 'قيادات'], cs: ['قياديو', 'قياديي'] });
add('role', 'قائد', { sg: ['قائد'], pl: ['قادة'] });
// Delegates (`توقع مندوبون في أوبك+`, `قال مندوب لدى المنظمة`).
add('role', 'مندوب', { sg: ['مندوب'], du: ['مندوبان'], pl: ['مندوبون', 'مندوبين'] });
// Lawmakers and members of parliament, unnamed (`وقال مشرعون إنهم`, `أكد نواب في البرلمان`);
// the singular نائب is a title (`نائب الرئيس`), not listed here.
add('role', 'مشرع', { sg: ['مشرع'], pl: ['مشرعون', 'مشرعين'] });
add('role', 'نائب برلماني', { pl: ['نواب'] });
add('role', 'ضابط', { sg: ['ضابط'], pl: ['ضباط'] });
// Military men, unnamed (`قال عسكريون إن`, `نقل التقرير عن عسكريين أميركيين قولهم`): the plural only
// (the singular is mostly the adjective, `مصدر عسكري`).
add('role', 'عسكري', { pl: ['عسكريون', 'عسكريين'] });
add('role', 'دبلوماسي', {
  sg: ['دبلوماسي', 'ديبلوماسي'],
  pl: ['دبلوماسيون', 'دبلوماسيين', 'ديبلوماسيون', 'ديبلوماسيين'],
});
add('role', 'مستشار', { sg: ['مستشار'], pl: ['مستشارون', 'مستشارين'] });
// A politician (`حسبما قال سياسي يمني`); the plural is a vague group (ساسة).
add('role', 'سياسي', { sg: ['سياسي'], du: ['سياسيان'] }, { indefinite: true });
add('role', 'عضو', { sg: ['عضو'], pl: ['أعضاء'] });
add('role', 'موظف', {
  sg: ['موظف'],
  sgf: ['موظفة'],
  pl: ['موظفون', 'موظفين', 'موظفات'],
  cs: ['موظفو', 'موظفي'],
});
add('role', 'محقق', { sg: ['محقق'], sgf: ['محققة'], pl: ['محققون', 'محققين'] });
add('role', 'مصرفي', { sg: ['مصرفي'], pl: ['مصرفيون', 'مصرفيين'] });
add('role', 'متعامل', { sg: ['متعامل'], pl: ['متعاملون', 'متعاملين'] });
add('role', 'تاجر', { sg: ['تاجر'], pl: ['تجار'] });
add('role', 'مقاتل', { sg: ['مقاتل'], pl: ['مقاتلون', 'مقاتلين'] });
add('role', 'ناشط', { sg: ['ناشط'], sgf: ['ناشطة'] });
// Activists in the plural are a vague group, with the article as without (`وأشار النشطاء إلى أن`).
add('group', 'ناشط', { pl: ['ناشطون', 'ناشطين', 'نشطاء', 'ناشطات'] });
add('role', 'مسعف', { sg: ['مسعف'], sgf: ['مسعفة'], pl: ['مسعفون', 'مسعفين'] });
add('role', 'طبيب', { sg: ['طبيب'], sgf: ['طبيبة'], pl: ['أطباء', 'طبيبات'] });
// Nurses (`قالت ممرضة في المستشفى إن`).
add('role', 'ممرض', { sg: ['ممرض'], sgf: ['ممرضة'], pl: ['ممرضون', 'ممرضين', 'ممرضات'] });
add('role', 'مفاوض', { sg: ['مفاوض'], pl: ['مفاوضون', 'مفاوضين'] });
add('role', 'مساعد', { sg: ['مساعد'], pl: ['مساعدون', 'مساعدين'] });
add('role', 'عامل', { pl: ['عاملون', 'عاملين', 'عمال'] });
add('role', 'شاهد', { sg: ['شاهد'] });
// Witnesses in the plural are a vague group, with the article as without (`وقال الشهود إن`).
add('group', 'شاهد', { pl: ['شهود'] });
// Prosecutors and managers (`وقال مدعون أمريكيون`, `ويقول مديرو المتنزه`).
add('role', 'مدع', { pl: ['مدعون', 'مدعين'] });
add('role', 'مدير', { cs: ['مديرو', 'مديري'] });
// One expert, analyst, researcher or observer, unnamed (`خبير قانوني`, `قال محلل في …`): a person
// by function, unnamed when indefinite; their plurals are vague groups (below).
add('role', 'خبير', { sg: ['خبير'], sgf: ['خبيرة'] });
add('role', 'محلل', { sg: ['محلل'], sgf: ['محللة'] });
add('role', 'باحث', { sg: ['باحث'], sgf: ['باحثة'] });
add('role', 'مراقب', { sg: ['مراقب'] });
// `قال شخصان مقربان من الفيفا`: two people only described, never named. The singular and plural
// are mostly people acted upon (`شخص يتحدث في الفيديو`, `6 أشخاص يعتقد أنهم`): they count only as
// informants (`شخص مطلع على الأمر`, `أشخاص على دراية بالخطط`; judge.ts).
add('role', 'شخص', { sg: ['شخص'], du: ['شخصان', 'شخصين'], pl: ['أشخاص'] });
// A man or a woman, unnamed, who tells what they saw (`عندما قالت امرأة إنها شاهدت`, `كما أكد رجل
// ملثم أن`): a person the article does not name (ANNOTATION.md), only without the article.
add('role', 'رجل', { sg: ['رجل'] }, { indefinite: true });
add('role', 'امرأة', { sgf: ['امرأة', 'سيدة', 'فتاة'] }, { indefinite: true });
// A driver, unnamed (`وقال سائق أردني:`), only without the article (`سائق الحافلة` is often named).
add('role', 'سائق', { sg: ['سائق'] }, { indefinite: true });
add('role', 'شاب', { sg: ['شاب'], sgf: ['شابة'] }, { indefinite: true });
// Vague groups: never one identifiable person, so a definite form is just as vague.
add('group', 'محلل', { pl: ['محللون', 'محللين'], cs: ['محللو', 'محللي'] });
add('group', 'خبير', { pl: ['خبراء'] });
add('group', 'مراقب', { pl: ['مراقبون', 'مراقبين'], cs: ['مراقبو', 'مراقبي'] });
add('group', 'ساكن', { pl: ['سكان', 'أهالي', 'أهالى'] });
// People the news happened to, speaking of it (`كشف موقوفون أنهم تدربوا`, `قال ناجون إن`).
add('group', 'موقوف', { pl: ['موقوفون', 'موقوفين'] });
add('group', 'معتقل', { pl: ['معتقلون', 'معتقلين'] });
add('group', 'ناج', { pl: ['ناجون', 'ناجين'] });
add('group', 'متضرر', { pl: ['متضررون', 'متضررين'], cs: ['متضررو', 'متضرري'] });
add('group', 'لاجئ', { pl: ['لاجئون', 'لاجئين'] });
add('group', 'نازح', { pl: ['نازحون', 'نازحين'] });
add('group', 'منتقد', { pl: ['منتقدون', 'منتقدين'], cs: ['منتقدو', 'منتقدي'] });
add('group', 'مقيم', { pl: ['مقيمون', 'مقيمين'] });
add('group', 'اقتصادي', { pl: ['اقتصاديون', 'اقتصاديين'] });
add('group', 'مؤرخ', { pl: ['مؤرخون', 'مؤرخين'] });
add('group', 'ساسة', { pl: ['ساسة', 'سياسيون', 'سياسيين'] });
add('group', 'مختص', {
  pl: ['مختصون', 'مختصين', 'متخصصون', 'متخصصين'],
  cs: ['مختصو', 'مختصي', 'متخصصو', 'متخصصي'],
});
add('group', 'مطلع', { pl: ['مطلعون', 'مطلعين'] });
add('group', 'مقرب', { pl: ['مقربون', 'مقربين'] });
add('group', 'مراسل', { pl: ['مراسلون', 'مراسلين'] });
add('group', 'أوساط', { pl: ['أوساط', 'دوائر'] });
// Parents (`أولياء الأمور`): only with الأمور (see GROUP_NEEDS).
add('group', 'ولي أمر', { pl: ['أولياء'] });
add('group', 'كادر', { pl: ['كوادر'] });
// Businessmen and -women and clerics (`وأكد رجال أعمال أن`، `يرى رجال الدين`), research centres
// (`وتقول مراكز بحوث إن`): only with أعمال / الدين / بحوث after them (see GROUP_NEEDS); preachers.
add('group', 'رجل أعمال', { pl: ['رجال', 'سيدات'] });
add('group', 'داعية', { pl: ['دعاة'] });
add('group', 'مركز بحوث', { pl: ['مراكز'] });
// Vague many and others (`يتوقع كثيرون`, `يخشى آخرون`, `بحسب العارفين`), scholars and critics.
add('group', 'كثير', { pl: ['كثيرون', 'كثيرين'] });
// The optimists and the pessimists of a forecast (`ويقول المتفائلون إن الطلب سيرتفع`).
add('group', 'متفائل', { pl: ['متفائلون', 'متفائلين'] });
add('group', 'متشائم', { pl: ['متشائمون', 'متشائمين'] });
add('group', 'آخر', { pl: ['آخرون'] });
// "Some people" as the subject of a verb of saying, with the claim right after (`ويقول البعض إن`;
// see GROUP_NEEDS): `بعض` before a noun is that noun's quantifier instead.
add('group', 'بعض', { pl: ['البعض'] });
add('group', 'عارف', { pl: ['عارفون', 'عارفين'] });
add('group', 'عالم', { pl: ['علماء'] });
// Researchers unnamed (`وقال باحثون إن`); the definite ones are a study's own authors (`وأشار
// الباحثون إلى أن`), who speak for their published work (ANNOTATION.md).
add('group', 'باحث', { pl: ['باحثون', 'باحثين'] }, { indefinite: true });
add('group', 'ناقد', { pl: ['نقاد'] });
add('group', 'فيلسوف', { pl: ['فلاسفة'] });
add('group', 'مواطن', { pl: ['مواطنون', 'مواطنين'] });
add('group', 'حقوقي', { pl: ['حقوقيون', 'حقوقيين'] });
add('group', 'محام', { pl: ['محامون', 'محامين'], cs: ['محامو'] });
// One insider unnamed (`قال مقرب من الرئيس`): a person by function.
add('role', 'مقرب', { sg: ['مقرب'] });
add('group', 'معارض', { pl: ['معارضون', 'معارضين'], cs: ['معارضو', 'معارضي'] });
add('group', 'متابع', { pl: ['متابعون', 'متابعين'], cs: ['متابعو', 'متابعي'] });
// Leaders of a community or a movement, unnamed (`ويقول زعماء مسلمون في إثيوبيا إن`), and rivals
// (`وأثار منافسون على الزعامة تساؤلات`): only without the article (`الزعماء` are usually named).
add('group', 'زعيم', { pl: ['زعماء'] }, { indefinite: true });
add('group', 'منافس', { pl: ['منافسون', 'منافسين'] }, { indefinite: true });
// Those in charge of something (`القائمون على المبادرة`): only with على after them (GROUP_NEEDS).
add('group', 'قائم على', { pl: ['القائمون', 'القائمين', 'قائمون', 'قائمين'] });
add('group', 'مغرد', { pl: ['مغردون', 'مغردين'] });
// One user of a social network, unnamed (`وكتب مغرد:`, `وعلق مغرد آخر بأن`); only without the
// article (`المغرد` is most often one the article names).
add('role', 'مغرد', { sg: ['مغرد'], sgf: ['مغردة'] }, { indefinite: true });
// Vendors and tribal elders (`وأكد الباعة أن`, `يقول شيوخ العشائر إن`); the owners of
// shops, firms or farms and the elders of a tribe only with what they own or lead after them
// (`قال أصحاب المحلات إن`, `شيوخ القبائل`; GROUP_NEEDS).
add('group', 'بائع', { pl: ['باعة', 'بائعون', 'بائعين'] });
add('group', 'صاحب', { pl: ['أصحاب'] });
add('group', 'شيخ قبيلة', { pl: ['شيوخ'] });
// The people of local and economic news who voice a view or a complaint (`وقال طلاب في الجامعة`,
// `اشتكى معتمرون`, `يرى مستثمرون`): only indefinite (`الطلاب`, `الزوار` are most often those the
// story is about, not speakers).
for (const [lemma, pl] of [
  ['طالب', ['طلاب', 'طالبات']],
  ['معلم', ['معلمون', 'معلمين', 'معلمات']],
  ['مستثمر', ['مستثمرون', 'مستثمرين']],
  ['متسوق', ['متسوقون', 'متسوقين']],
  ['معتمر', ['معتمرون', 'معتمرين']],
  ['زائر', ['زوار']],
  ['مهتم', ['مهتمون', 'مهتمين']],
  ['مستأجر', ['مستأجرون', 'مستأجرين']],
  ['مزارع', ['مزارعون', 'مزارعين']],
  // Travellers, protesters, fans, engineers, fishers, breeders and archaeologists, as voices of a
  // story (`وقال مسافرون إن`, `ويقول محتجون إن`).
  ['مسافر', ['مسافرون', 'مسافرين']],
  ['راكب', ['ركاب']],
  ['متظاهر', ['متظاهرون', 'متظاهرين']],
  ['محتج', ['محتجون', 'محتجين']],
  ['مشجع', ['مشجعون', 'مشجعين']],
  ['مهندس', ['مهندسون', 'مهندسين']],
  // Relatives of someone in the story (`وقال أقرباء لعائلة الرهينة إن`).
  ['قريب', ['أقرباء', 'أقارب']],
  // Readers of the paper who comment (`ويقول قراء إن`).
  ['قارئ', ['قراء']],
  ['صياد', ['صيادون', 'صيادين']],
  // Clients of an office, consumers, customers, drivers, retirees, beneficiaries and
  // pilgrims who complain or tell (`واشتكى مراجعون من`, `يقول مستهلكون إن`).
  ['مراجع', ['مراجعون', 'مراجعين']],
  ['مستهلك', ['مستهلكون', 'مستهلكين']],
  ['عميل', ['عملاء']],
  ['سائق', ['سائقون', 'سائقين']],
  ['متقاعد', ['متقاعدون', 'متقاعدين']],
  ['مستفيد', ['مستفيدون', 'مستفيدين']],
  ['حاج', ['حجاج']],
  ['مرب', ['مربون', 'مربين']],
  ['أثري', ['أثريون', 'أثريين', 'آثاريون', 'آثاريين']],
] as const)
  add('group', lemma, { pl: [...pl] }, { indefinite: true });
// Unnamed organisations and groups (`ترى منظمات حقوق الإنسان`, `قالت مجموعات معنية بحقوق الإنسان`);
// one organisation is named by its name.
add('group', 'منظمة', { pl: ['منظمات'] });
add('group', 'جماعة', { pl: ['جماعات', 'مجموعات'] });
add('role', 'ممثل', { cs: ['ممثلو', 'ممثلي'] });
add('media', 'تقرير', { pl: ['تقارير'] });
add('media', 'نبأ', { pl: ['أنباء'] });
add('media', 'وسائل', { pl: ['وسائل'] });
add('media', 'صحيفة', { pl: ['صحف'] });
// Channels, only described (`وقالت قنوات تلفزيونية عربية إن`; MEDIA_NEEDS).
add('media', 'قناة', { pl: ['قنوات'] }, { indefinite: true });
add('media', 'موقع', { pl: ['مواقع'] });
// Social networks (`شبكات التواصل`, `منصات التواصل`): only with التواصل after them (MEDIA_NEEDS).
add('media', 'شبكة', { pl: ['شبكات'] });
add('media', 'منصة', { pl: ['منصات'] });
add('media', 'تسريبات', { pl: ['تسريبات'] });
add('media', 'معلومات', { pl: ['معلومات'] });
add('media', 'صحافة', { sg: ['صحافة'] });
add('media', 'خبر', { pl: ['أخبار'] });
add('media', 'شائعة', { pl: ['شائعات', 'إشاعات'] });
// Speculation as the origin of a claim (`وتشير التكهنات إلى أن`), only with a verb of saying.
add('media', 'تكهن', { pl: ['تكهنات'] });
// Studies left unnamed as the origin of a claim (`وأكدت الدراسات أن`, `تشير بعض الدراسات إلى`,
// `بحسب دراسات`; the labelled sets call 9 of 15 such sentences anonymous); a study named or
// reported by the article speaks for its authors, and figures a study estimated are its findings.
add('media', 'دراسة', { pl: ['دراسات', 'الدراسات'] });
// Pages on social networks, described (`اعترفت صفحات موالية للنظام بأن`; MEDIA_NEEDS).
add('media', 'صفحة', { pl: ['صفحات'] }, { indefinite: true });
// Assertions, unnamed, as the origin of a claim (`وسط تأكيدات بأن`, `هناك تأكيدات بأن`): only
// indefinite (`تأكيدات الوزير` are his).
add('media', 'تأكيد', { pl: ['تأكيدات'] }, { indefinite: true });
// Testimonies as the origin of a claim (`وأفادت شهادات الناجين أن`), only with a verb of saying:
// `شهادات` is as often certificates (`شهادات شكر`, `شهادات الدكتوراه`).
add('media', 'شهادة', { pl: ['شهادات'] });
/**
 * One outlet left unnamed, described only by where it is from or what it is (`بحسب موقع إسباني`,
 * `ذكرت صحيفة بريطانية`): counted only with such an adjective after it (words.ts, MEDIA_NEEDS),
 * since a name usually follows these nouns (`صحيفة «الحياة»`: wire).
 */
export const ONE_OUTLET = 'منفذ إعلامي';
/** The media of a country or kind (`يقول الإعلام الأفغاني إن`, `الإعلام الفرنسي أشار`): MEDIA_NEEDS. */
export const MEDIA_OF = 'إعلام';
add(
  'media',
  ONE_OUTLET,
  { sg: ['صحيفة', 'مجلة', 'قناة', 'إذاعة', 'موقع', 'محطة', 'جريدة'] },
  { indefinite: true },
);
add('media', MEDIA_OF, { sg: ['إعلام'] });
// The nominative dual of every person by function (`أكد قياديان`, `قال دبلوماسيان`), and its
// accusative singular (`لكن باحثا من الجامعة قال`, `إلا أن دبلوماسيا غربيا أكد`), where a noun lists
// no such form of its own: written once here instead of per noun. (The oblique dual in ين is the
// plural's form, listed with it.) In a function: a long loop at a module's top level has the whole
// bundle's top-level code compiled while it runs (see readRegistry in detectors/wire/outlet-names.ts).
function addDerivedForms(): void {
  for (const [form, e] of [...nouns]) {
    if (e.cls !== 'role' || e.number !== 'sg' || /[ةاى]$/.test(form)) continue;
    if (!nouns.has(`${form}ان`)) nouns.set(`${form}ان`, { ...e, number: 'du', agree: 'pl' });
    if (!nouns.has(`${form}ا`)) nouns.set(`${form}ا`, { ...e, afterBut: true });
  }
}
addDerivedForms();
// A non-human plural takes a feminine singular verb (وتابعت المصادر), and so do media nouns.
// Sources, circles and cadres are people too, and are as often followed by a masculine plural
// (وقالت المصادر … وأضافوا أن، مؤكدين أن): those keep the plural agreement, which takes both.
for (const f of [
  'تقارير',
  'أنباء',
  'أخبار',
  'شائعات',
  'إشاعات',
  'تكهنات',
  'منظمات',
  'جماعات',
  'مجموعات',
  'وسائل',
  'صحف',
  'تسريبات',
]) {
  const e = nouns.get(norm(f));
  if (e) e.agree = 'f';
}

/**
 * Broken plurals in the accusative, with their tanween's alef (`لكن سكانا تحدثوا`, `إن شهودا رأوا`),
 * as the singulars list theirs (`مصدرا`, `مسؤولا`); diptotes (`مصادر`, `تقارير`) take none.
 */
for (const plural of [
  'سكان',
  'شهود',
  'نواب',
  'ضباط',
  'تجار',
  'عمال',
  'أشخاص',
  'نقاد',
  'شيوخ',
  'طلاب',
  'زوار',
  'ركاب',
  'حجاج',
  'رجال',
  'أوساط',
]) {
  const entry = nouns.get(norm(plural));
  if (entry && !nouns.has(norm(`${plural}ا`))) nouns.set(norm(`${plural}ا`), entry);
}
export const NOUNS: ReadonlyMap<string, NounEntry> = nouns;

/**
 * Forms of a verb from its past and present third person masculine singular. A past in a long
 * vowel (عزا، يعزو) drops it before the endings: عزت، عزوا، يعزون.
 */
function regular(past: string, present: string): string[] {
  const stem = /[اى]$/.test(past) ? past.slice(0, -1) : past;
  const pastForms = stem === past ? [`${past}ت`, `${past}وا`, `${past}ا`] : [`${stem}ت`, `${stem}وا`];
  const plural = /[وي]$/.test(present) ? `${present.slice(0, -1)}ون` : `${present}ون`;
  // Women going on (`وأكدن أن`, `وأشرن إلى`): the past feminine plural, a hollow verb's without its
  // long vowel (`أشار` → `أشرن`).
  const women = stem === past ? [`${past.replace(/ا(?=.$)/u, '')}ن`] : [];
  return [past, ...pastForms, ...women, present, `ت${present.slice(1)}`, plural];
}

/**
 * Verbs that say something only with a claim after them (anonymous/words.ts NEEDS_CLAIM): agreeing
 * (`اتفق خبراء على أن`, not `اتفق الطرفان على موعد`), insisting, and going as far as (`وذهب
 * المسؤول إلى أن`, not a trip). Repeating (ردد) is one too, listed with the verbs of saying below.
 */
export const CLAIM_ONLY_VERBS: readonly string[] = [
  ...regular('اتفق', 'يتفق'),
  // Insisting (`ويصر المسؤولون الأمريكيون على أن`), not insisting on an act (`أصر على الرحيل`).
  ...regular('أصر', 'يصر'),
  ...['ذهب', 'ذهبت', 'ذهبوا', 'يذهب', 'تذهب', 'يذهبون'],
  // Concluding (`وخلص محللون إلى أن`), not finishing (`خلص الاجتماع`, `خلص من المهمة`).
  ...regular('خلص', 'يخلص'),
].map(norm);

/** Verbs that introduce a statement, belief or report (all persons we meet in news prose). */
/** نفى in the forms a subject can follow (not the noun نفيا / نفي). */
const DENY_FORMS = ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي', 'ينفون'];

/**
 * News that "came in" (`وسط ورود أنباء عن`، `حيث وردت معلومات عن`): a verb of saying only for
 * reports, and not when none came (`دون أن ترد أنباء`; detectors/anonymous/context.ts).
 */
export const ARRIVAL_VERBS: readonly string[] = ['ورد', 'وردت', 'ورود', 'ترد'];

export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    ...['قال', 'قالت', 'قالوا', 'قالا', 'يقول', 'تقول', 'يقولون'],
    ...['رأى', 'رأت', 'رأوا', 'يرى', 'ترى', 'يرون'],
    ...['ادعى', 'ادعت', 'ادعوا', 'يدعي', 'تدعي'],
    ...['أبدى', 'أبدت', 'أبدوا', 'يبدي', 'تبدي'],
    ...['روى', 'روت', 'رووا', 'يروي', 'تروي'],
    ...['أعرب', 'أعربت', 'أعربوا', 'يعرب'],
    ...regular('ذكر', 'يذكر'),
    // `وعلقت المصادر على ذلك`, `تداول ناشطون صورا`.
    ...regular('علق', 'يعلق'),
    ...regular('تداول', 'يتداول'),
    // Concluding (`وختم المصدر حديثه بالقول`).
    ...regular('ختم', 'يختم'),
    ...regular('اختتم', 'يختتم'),
    // Written posts and columns (`وكتب مغردون أن`, `يكتب محللون أن`).
    ...regular('كتب', 'يكتب'),
    // Complaints voiced (`شكا مواطنون من`, `تذمر أهالي الحي من انقطاع الكهرباء`).
    ...['اشتكى', 'اشتكت', 'اشتكوا', 'يشتكي', 'تشتكي', 'يشتكون'],
    ...['شكا', 'شكت', 'شكوا', 'يشكو', 'تشكو', 'يشكون'],
    ...regular('تذمر', 'يتذمر'),
    ...regular('أفاد', 'يفيد'),
    ...regular('أوضح', 'يوضح'),
    ...regular('أضاف', 'يضيف'),
    ...regular('تابع', 'يتابع'),
    ...regular('أكد', 'يؤكد'),
    ...regular('أشار', 'يشير'),
    ...regular('كشف', 'يكشف'),
    ...regular('اعتبر', 'يعتبر'),
    ...regular('توقع', 'يتوقع'),
    ...regular('رجح', 'يرجح'),
    ...regular('صرح', 'يصرح'),
    // Not the present `يبلغ`, which mostly means "amounts to".
    ...['أبلغ', 'أبلغت', 'أبلغوا'],
    ...regular('أعلن', 'يعلن'),
    ...regular('لفت', 'يلفت'),
    // `بيّن` in the past masculine is a continuation verb (below); its present has a subject of its own.
    ...['بينت', 'أبان', 'أبانت', 'أبانوا', 'يبين', 'يبينون'],
    ...regular('نوه', 'ينوه'),
    ...regular('اعترف', 'يعترف'),
    ...regular('حذر', 'يحذر'),
    ...regular('قدر', 'يقدر'),
    ...regular('زعم', 'يزعم'),
    // Speculating (`وتكهنت وسائل إعلام بإمكانية انتقاله`).
    ...regular('تكهن', 'يتكهن'),
    ...regular('أقر', 'يقر'),
    ...regular('تحدث', 'يتحدث'),
    ...regular('أخبر', 'يخبر'),
    ...regular('استبعد', 'يستبعد'),
    ...regular('نقل', 'ينقل'),
    ...regular('نشر', 'ينشر'),
    ...regular('وعد', 'يعد'),
    ...regular('حدد', 'يحدد'),
    ...regular('أورد', 'يورد'),
    ...regular('أردف', 'يردف'),
    ...regular('استطرد', 'يستطرد'),
    ...regular('أفصح', 'يفصح'),
    ...regular('نبه', 'ينبه'),
    ...regular('شدد', 'يشدد'),
    ...regular('اتهم', 'يتهم'),
    ...regular('علم', 'يعلم'),
    ...regular('اعتقد', 'يعتقد'),
    ...regular('تردد', 'يتردد'),
    // Repeating a claim and concluding are views voiced (`يردد الدعاة أن`, `يستنتج مختصو
    // الاستراتيجية أنه`); repeating counts only with the claim after it (judge.ts: not a chant).
    ...regular('ردد', 'يردد'),
    ...regular('استنتج', 'يستنتج'),
    // News passed from hand to hand (`وتناقلت وسائل الإعلام أنباء عن`): said when what is passed is a
    // claim (judge.ts, for media).
    ...regular('تناقل', 'يتناقل'),
    // `وتساءل عدد من المواطنين`: a question voiced is a view; so is praise (`وأثنى شهود عيان على
    // …`). Not criticism (`انتقد`): reports and cartoons "criticise" as topics far more often.
    ...regular('تساءل', 'يتساءل'),
    // Agreement voiced by a group (`أجمع مراقبون على أن`); not the present, which is also تجمع
    // (gathers) and يجمع (collects).
    ...['أجمع', 'أجمعت', 'أجمعوا'],
    // Arguing is a statement too (`ويجادل بعض المسؤولين بأن`); not advising (`ونصح أعضاء المجلس`
    // takes those advised as its object).
    ...regular('جادل', 'يجادل'),
    // What observers noticed or how they read a stance (`لاحظ مراقبون أن`, `وفسر المراقبون موقفه`).
    ...regular('لاحظ', 'يلاحظ'),
    ...regular('فسر', 'يفسر'),
    ...['أثنى', 'أثنت', 'أثنوا', 'يثني', 'تثني', 'يثنون'],
    ...['راج', 'راجت', 'يروج', 'تروج'],
    // Reports that "kept coming" or "went round" (`تواترت أنباء عن`, `وسرت شائعات عن`); not سرى,
    // which normalises to سري (secret).
    ...regular('تواتر', 'يتواتر'),
    ...['سرت', 'تسري', 'يسري'],
    ...ARRIVAL_VERBS,
    // A source that denies, justifies, explains or describes is still the origin of the claim
    // (`ونفت المصادر وجود خلافات`, `وبررت المصادر التأجيل`, `ما وصفه مسؤولون بأنه`).
    ...DENY_FORMS,
    ...regular('برر', 'يبرر'),
    ...regular('أرجع', 'يرجع'),
    ...regular('عزا', 'يعزو'),
    ...regular('وصف', 'يصف'),
    // `ومضت المصادر بالقول`: "went on to say".
    ...['مضى', 'مضت', 'مضوا', 'يمضي', 'تمضي'],
    // Hinting, downplaying and pledging are statements too (`وألمحت المصادر إلى أن`, `قلل مسؤول
    // من شأن التكهنات`, `مسؤولون تعهدوا بممارسة ضغوط`).
    ...regular('ألمح', 'يلمح'),
    ...regular('لمح', 'يلمح'),
    ...regular('قلل', 'يقلل'),
    ...regular('تعهد', 'يتعهد'),
    // Hopes and fears voiced are views (`يأمل مسؤولون أن`, `يخشى آخرون من أن`).
    ...['يأمل', 'تأمل', 'يأملون', 'أمل', 'أملت', 'أملوا'],
    ...['يخشى', 'تخشى', 'يخشون', 'خشي', 'خشيت'],
    ...regular('تخوف', 'يتخوف'),
    ...CLAIM_ONLY_VERBS,
  ].map(norm),
);

/**
 * Verbs of rejecting, withholding or declining: a source noun right after one (`ورفض المصدر صحة ما
 * تردد`, `وتحفظ المسؤول عن الموعد`, `امتنع المصدر عن`) is the one the sentence reports. Only
 * before the noun: after it (`الأهالي رفضوا تسليم …`) they are actions, not statements.
 */
export const DECLINING_VERBS: ReadonlySet<string> = new Set(
  [...regular('رفض', 'يرفض'), ...regular('تحفظ', 'يتحفظ'), ...regular('امتنع', 'يمتنع')].map(norm),
);

/** Verbs of passing on what someone else said, which take the source with `عن`. */
export const RELAYING_VERBS: ReadonlySet<string> = new Set(
  [
    ...regular('نقل', 'ينقل'),
    'نقلا',
    ...['روى', 'روت', 'رووا', 'يروي', 'تروي'],
    ...regular('ذكر', 'يذكر'),
    ...regular('أورد', 'يورد'),
    ...regular('أفاد', 'يفيد'),
    ...regular('بث', 'يبث'),
    ...regular('تحدث', 'يتحدث'),
  ].map(norm),
);

/**
 * Demands and calls voiced (`وطالب بالالتزام …`, `ودعا إلى …`): they continue a speaker only, and
 * only with their بـ / إلى, never with a subject of their own (continuation.ts).
 */
export const CALL_VERBS: ReadonlySet<string> = new Set(
  [...regular('طالب', 'يطالب'), ...['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو']].map(norm),
);

/** Verbs that only ever continue a speaker already on stage (`وأضاف أن …`, `وتابعت …`). */
export const CONTINUATION_VERBS: ReadonlySet<string> = new Set(
  [
    ...regular('أضاف', 'يضيف'),
    ...regular('تابع', 'يتابع'),
    ...regular('أوضح', 'يوضح'),
    ...regular('أشار', 'يشير'),
    ...regular('أكد', 'يؤكد'),
    ...regular('لفت', 'يلفت'),
    ...regular('استطرد', 'يستطرد'),
    ...regular('أردف', 'يردف'),
    ...regular('اعترف', 'يعترف'),
    ...regular('كشف', 'يكشف'),
    ...['بينت', 'أبانت'],
    ...regular('رجح', 'يرجح'),
    ...regular('توقع', 'يتوقع'),
    ...regular('اعتبر', 'يعتبر'),
    ...regular('ذكر', 'يذكر'),
    ...regular('شدد', 'يشدد'),
    ...regular('برر', 'يبرر'),
    ...regular('أفاد', 'يفيد'),
    ...regular('نوه', 'ينوه'),
    // `وزاد: …`, `ومضى يقول إن`, `واختتم حديثه بالقول`: added, went on, concluded.
    ...['زاد', 'زادت', 'زادوا'],
    ...['مضى', 'مضت', 'مضوا'],
    ...regular('ختم', 'يختم'),
    ...regular('اختتم', 'يختتم'),
    ...CALL_VERBS,
    // `وبيّن أن`: the masculine past only (`تبين` is "it turned out"); `بين` alone is "between",
    // which a free complement after it (`وبين أن`, `وبين في تصريح`) rules out.
    'بين',
    ...DENY_FORMS,
    ...[
      'قال',
      'قالت',
      'قالوا',
      'قالا',
      'قلن',
      'يقول',
      'تقول',
      'يقولون',
      'رأى',
      'رأت',
      'رأوا',
      'رأين',
      'أبدى',
      'أبدت',
    ],
  ].map(norm),
);

/** Verbs whose statement follows `على` (`وشدد على أن`, `وأكد على ضرورة`). */
export const TAKES_ALA: ReadonlySet<string> = new Set(
  [...regular('شدد', 'يشدد'), ...regular('أكد', 'يؤكد')].map(norm),
);

/** Words that attribute what follows to a source: `بحسب مصادر`, `وفقا لتقارير`, `برأي محللين`. */
export const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(
  [
    'بحسب',
    'حسب',
    'وفق',
    'وفقا',
    'تبعا',
    // `بعد إعلان ناشطين تقدما`, `في إفادة شهود`: an announcement or testimony names its origin.
    'إعلان',
    'إفادة',
    'إفادات',
    'طبقا',
    'نقلا',
    'لسان',
    'رأي',
    'اعتقاد',
    'تقدير',
    'تقديرات',
    'نظر',
    'رواية',
    // `ورغم قول مصادر إن`, `مع قول محللين إن`: the saying names who says it.
    'قول',
    'تصريحات',
    'تصريح',
    'تأكيد',
    'تأكيدات',
    'مزاعم',
    'ادعاءات',
    'تسريبات',
    'وسط',
    // `في ظل أنباء عن`: amid reports, as `وسط أنباء`.
    'ظل',
    'الواردة',
    'واردة',
    'حسبما',
    'وفقما',
  ].map(norm),
);

/**
 * Titles of office a named speaker is introduced by (`وقال وزير الدفاع سامي الحربي`): after such
 * a speaker, `وقال المسؤول` most likely means them, not an unnamed official from before.
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set(
  [
    'وزير',
    'وزيرة',
    'رئيس',
    'رئيسة',
    'سفير',
    'سفيرة',
    'مدير',
    'مديرة',
    'محافظ',
    'أمير',
    'ملك',
    'نائب',
    'مندوب',
    'متحدث',
    'المتحدث',
    'الناطق',
    'أمين',
    'قائد',
    'مبعوث',
    'المبعوث',
    'الوزير',
    'الرئيس',
    'السفير',
    'المدير',
    'المحافظ',
  ].map(norm),
);

/** Words that may sit between an attribution and its source (`وقال أحد المصادر`, `قال أمس مسؤول`). */
export const FILLERS: ReadonlySet<string> = new Set(
  [
    'أحد',
    'إحدى',
    'هذا',
    'هذه',
    'هؤلاء',
    'ذلك',
    'تلك',
    'بعض',
    'عدد',
    'العديد',
    'من',
    'ما',
    'إليه',
    'إليها',
    'فيه',
    'فيها',
    'أيضا',
    'كذلك',
    'اليوم',
    'أمس',
    ...WEEKDAYS,
    'مجموعة',
    'عدة',
    'عشرات',
    'كثير',
    'قد',
    'وقت',
    'سابق',
    'لاحق',
    'مؤخرا',
    'سابقا',
  ].map(norm),
);

/**
 * The resource words that are adjectives of a resource's nature, not of a field (`مصادر مائية`,
 * `مصادر طبيعية`): they keep `مصادر` a resource even as the subject of a verb of saying, where a
 * field's adjective (`قالت مصادر مالية`, `مصادر نفطية`) describes informants.
 */
const NATURE_WORDS = [
  'مائي',
  'مائية',
  'غذائي',
  'غذائية',
  'حيوي',
  'حيوية',
  'رئيسي',
  'رئيسية',
  'أساسي',
  'أساسية',
  'إضافي',
  'إضافية',
  'طبيعي',
  'طبيعية',
  'بشرية',
  'بحرية',
];
export const RESOURCE_NATURE: ReadonlySet<string> = new Set(NATURE_WORDS.map(norm));

/** What comes after `مصدر`/`مصادر` when it means a resource or cause, not an informant. */
export const RESOURCE_WORDS: ReadonlySet<string> = new Set(
  [
    'طاقة',
    'مياه',
    'ماء',
    'دخل',
    'تمويل',
    'تمويلية',
    'شرب',
    'تلوث',
    'خوف',
    'قلق',
    'إزعاج',
    'إلهام',
    'فخر',
    'تهديد',
    'خطر',
    'رزق',
    'معيشة',
    'عملة',
    'إيرادات',
    'إيراد',
    'ثروة',
    'أموال',
    'مال',
    'مالية',
    'دعم',
    'غذاء',
    'بروتين',
    'أول',
    'أولى',
    'وحيد',
    'وحيدة',
    'بديل',
    'بديلة',
    'متجددة',
    'نظيفة',
    // Supply and scholarship: `مصادر تغذية مائية`, `المصادر الفقهية`, `الكتب والمصادر والمراجع`.
    'تغذية',
    'إمداد',
    'إمدادات',
    'فقهية',
    'شرعية',
    'تاريخية',
    'علمية',
    'أدبية',
    'تعليمية',
    'معرفية',
    'مراجع',
    'كتب',
    'نفط',
    'نفطية',
    'كهرباء',
    'إشعاع',
    'عدوى',
    'مرض',
    'فيروس',
    'انبعاثات',
    'تصدير',
    'استثمار',
    'استثمارية',
    'قوة',
    'ضوء',
    'حرارة',
    'صوت',
    'معلومات',
    'معرفة',
    'ثقة',
    'سعادة',
    'إلهام',
    'جذب',
    'قلق',
    'إيرادات',
    'محدودة',
    'متعددة',
    'متنوعة',
    'مختلفة',
    'مشروعة',
    ...NATURE_WORDS,
  ].map(norm),
);

/** Adjectives after `مصدر`/`مصادر` that make it an informant outright (`مصادر مطلعة`, `مصدر أمني`). */
export const INFORMANT_WORDS: ReadonlySet<string> = new Set(
  [
    'مطلع',
    'مطلعة',
    'مطلعين',
    'مطلعان',
    'مقرب',
    'مقربة',
    'مقربين',
    'قريب',
    'قريبة',
    'قريبين',
    'موثوق',
    'موثوقة',
    'مسؤول',
    'مسؤولة',
    'مسئول',
    'مسئولة',
    'رفيع',
    'رفيعة',
    'كبير',
    'بارز',
    'تابعة',
    'تابع',
    'خاصة',
    'خاص',
    'متطابقة',
    'عليمة',
    'وثيقة',
    'مأذون',
  ].map(norm),
);

/** Words that name the source in the same phrase (`مصدر في الشركة يدعى أحمد`). */
export const NAMING_WORDS: ReadonlySet<string> = new Set(
  ['يدعى', 'تدعى', 'يدعي', 'اسمه', 'اسمها', 'يسمى', 'تسمى', 'المدعو', 'المدعوة']
    .flatMap((w) => [w, `و${w}`])
    .map(norm),
);

/**
 * `فيما يسمى`, `ما يسمى`, `بما تسمى`: "what is called", a so-called body, which names nothing of the
 * source (`قالت مصادر فيما يسمى مجلس المقاومة`): the word before a naming word.
 */
export const SO_CALLED: ReadonlySet<string> = new Set([
  'ما',
  'فيما',
  'بما',
  'لما',
  'مما',
  'عما',
  'وما',
  'وفيما',
]);

/** Words that come with a person's name: a name follows (`بن`, `الدكتور`, `اللواء`). */
export const NAME_MARKERS: ReadonlySet<string> = new Set(
  [
    'بن',
    'ابن',
    'بنت',
    'أبو',
    'الدكتور',
    'الدكتورة',
    'د',
    'المهندس',
    'المهندسة',
    'الشيخ',
    'اللواء',
    'العميد',
    'العقيد',
    'الفريق',
    'المقدم',
    'الرائد',
    'السيد',
    'السيدة',
    'الملا',
    'السفير',
    'الأستاذ',
    'الأستاذة',
    'معالي',
    'سعادة',
  ].map(norm),
);

/** `أنّ`, `إن`, `أنه`: the complementiser that follows a verb of saying. */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set(
  ['أن', 'إن', 'أنه', 'أنها', 'أنهم', 'إنه', 'إنها', 'إنهم', 'بأن', 'بأنه', 'بأنها', 'وأن', 'وإن'].map(norm),
);

/** Words that end a source description: relatives, time words, `وهو`. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set(
  [
    'الذي',
    'التي',
    'الذين',
    'اللذين',
    'والذي',
    'والتي',
    'والذين',
    // A demonstrative after the source starts the object (`وعدّ المسؤول هذه الرسائل …`).
    'هذا',
    'هذه',
    'هؤلاء',
    'ذلك',
    'تلك',
    'وهو',
    'وهي',
    'وهم',
    // The object of a denial or statement has begun (`ونفى المسؤول صحة الأنباء`, `وجود اتصالات`).
    'صحة',
    'وجود',
    'علمه',
    'علمها',
    'أي',
    // The press told (`أبلغ مسؤولون أمريكيون الصحفيين بأن`): the verb's object.
    'الصحفيين',
    'الصحافيين',
    'المراسلين',
    'الصحفيون',
    // `وكان مسؤول الاتحاد قد قال`: the verb phrase has begun.
    'قد',
    'اليوم',
    'أمس',
    'يوم',
    'مساء',
    'صباح',
    ...WEEKDAYS,
    'أيضا',
    'عبر',
    'خلال',
    'قبل',
    'بعد',
    'إلى',
    'على',
    'عن',
    'إن',
    'أن',
    'لكن',
    'قوله',
    'قولها',
    'قولهم',
    'حسبما',
    'كما',
    'مثلما',
    'وفقما',
    'بحسب',
    'حسب',
    'وفق',
    'وفقا',
    'طلب',
    'طالبا',
    'مشترطا',
    'رافضا',
    'مفضلا',
    'متحفظا',
    // `مسؤول محلي فضل عدم ذكر اسمه`, `مصدر رفض الكشف عن هويته`: what the source asked, not who.
    'طلبت',
    'طلبوا',
    'فضل',
    'فضلت',
    'فضلوا',
    'رفض',
    'رفضت',
    'رفضوا',
    'اشترط',
  ].map(norm),
);

/** Prefixes of an addressee after the source (`مصدر لرويترز`, `مصادر لوكالة`) that end the description. */
export const ADDRESSEE_PREFIXES: readonly string[] = [
  'لوكال',
  'لرويترز',
  'لصحيف',
  'لقنا',
  'لموقع',
  'لفرانس',
  'للصحف',
].map(norm);

/** Phrases that say a speaker's name is withheld (`طلب عدم الكشف عن هويته`, `مصادر لم تسمها`). */
/** A name the article marks as not the speaker's own (normalised text). */
export const PSEUDONYM =
  '\\(\\s*(?:اسم|اسمه|اسمها|الاسم)\\s+(?:مستعار|غير\\s+حقيقي)\\s*\\)?|(?:وهو|وهي|وهذا|هذا)\\s+(?:اسم|ليس\\s+اسمه|ليس\\s+اسمها)\\s+(?:مستعار|غير\\s+حقيقي|الحقيقي)|(?:اسم|اسما)\\s+مستعارا?\\s+(?:بناء\\s+علي|بطلب|بطلبه|بطلبها|حفاظا|لحمايه)|(?:ليس|ليست)\\s+(?:اسمه|اسمها)\\s+الحقيقي';
/** A person given only by initials or a letter (`السيدة «س.ن»`, `«س»`), normalised (quotes are `"`). */
const INITIALS =
  '(?:السيده|السيد|المواطن|المواطنه|الشاب|الشابه|الفتاه|الطالب|الطالبه|الموظف|الموظفه|الام|الاب|الزوجه|الزوج|المعلم|المعلمه|المريض|المريضه)\\s*"\\s*[\\u0621-\\u064a](?:\\s?\\.\\s?[\\u0621-\\u064a]){0,2}\\s?\\.?\\s*"';
export const WITHHELD_NAME = new RegExp(
  [
    // طلب / مشترطا / مفضلا / رافضا … (عدم) الكشف عن / نشر / ذكر … هويته / اسمه
    // `الذي لم يشأ كشف هويته`, `الذي تمنع التعليمات العسكرية الكشف عن هويته`: a few words may intervene.
    '(?:طلب|طلبت|طلبوا|طلبن|طالبا|اشترط|اشترطت|مشترطا|مشترطه|شريطه|شرط|بشرط|فضل|فضلت|فضلوا|فضلن|مفضلا|مفضلين|رفض|رفضت|رفضوا|رفضن|رافضا|رافضه|يرغب|ترغب|تحفظ|متحفظا|يشا|تشا|يشاوا|تمنع|يمنع|منعت|منع)' +
      '(?:\\s+[^\\s.،,:]+){0,3}?\\s+(?:عدم\\s+)?(?:الكشف|كشف|نشر|ذكر|حجب|الافصاح|الاشاره\\s+الي|الافصاح\\s+عن)\\s+(?:عن\\s+)?' +
      '(?:هويته|هويتها|هويتهم|هويتهن|هويتهما|اسمه|اسمها|اسميهما|اسمهم|اسماءهم|اسمايهم|اسمايهما|اسماءهن|اسمايهن|اسمه\\s+الكامل)',
    // …or not to be identified or named, said with the verbal noun (`طلب عدم تعريفه`, `عدم تسميته`).
    '(?:طلب|طلبت|طلبوا|طالبا|اشترط|اشترطت|مشترطا|مشترطه|شريطه|شرط|بشرط|فضل|فضلت|فضلوا|مفضلا|مفضلين)' +
      '(?:\\s+[^\\s.،,:]+){0,3}?\\s+عدم\\s+(?:تعريف|تسمي[ته])(?:ه|ها|هم|هما)(?![\\u0621-\\u064a])',
    '(?:التكتم|التحفظ)\\s+علي\\s+(?:هويته|هويتها|هويتهم|اسمه|اسمها|اسمهم)',
    '(?:لم|دون\\s+ان|بدون\\s+ان)\\s+(?:يسمها|تسمها|يسمه|تسمه|يسمهم|تسمهم|تذكر\\s+اسمه|يذكر\\s+اسمه|تكشف\\s+عن\\s+هويته|يكشف\\s+عن\\s+هويته|تكشف\\s+اسمه|يكشف\\s+اسمه|تحددها|يحددها|تحدد\\s+هويتها|يحدد\\s+هويتها)',
    '(?:لم|دون)\\s+(?:الكشف|ذكر|نشر)\\s+(?:عن\\s+)?(?:هويته|هويتها|هويتهم|اسمه|اسمها|اسمهم|اسمايهم)',
    // A pseudonym the article gives its speaker (`تقول منى (اسم مستعار)`, `وهو اسم غير حقيقي`,
    // `ليس اسمه الحقيقي`); not a pen name someone writes under (`كتبها روائي باسم مستعار`).
    `(?<pseudonym>${PSEUDONYM})`,
    // Initials only, after the person (`السيدة «س.ن»`, `المواطن "م. ع"`): the name withheld.
    `(?<initials>${INITIALS})`,
  ].join('|'),
  'u',
);
