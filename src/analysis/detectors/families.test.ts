/**
 * Families of phrasing that unseen articles bring (issue 10): each family is tested with several
 * phrasings written for this project, so that a rule names the construction, not one sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Mark, type MarkKind } from '../index';

const marksOf = (text: string, kind: MarkKind): Mark[] => analyze(text).filter((m) => m.kind === kind);
const only = (text: string, kind: MarkKind): Mark => {
  const found = marksOf(text, kind);
  expect(found, `${kind} in: ${text}`).toHaveLength(1);
  return found[0] as Mark;
};

describe('vague media as the origin of a claim (a report that a verb of describing does not take)', () => {
  it.each([
    ['وأفادت تقارير بأن الوزير سيقدم استقالته خلال أيام.', 'تقارير'],
    ['وذكرت أنباء بأن الحكومة تدرس رفع أسعار الكهرباء.', 'أنباء'],
    ['وتفيد تسريبات بأن الاتفاق بات وشيكا بين الطرفين.', 'تسريبات'],
    ['وكشفت معلومات أن الشحنة وصلت إلى الميناء قبل أسبوع.', 'معلومات'],
    ['وأكدت الصحافة المحلية أن المدرب سيغادر النادي.', 'الصحافة'],
  ])('%s', (text, noun) => {
    const mark = only(text, 'anonymous');
    expect(mark.cue.text).toContain(noun);
  });

  it('a report that a party describes is the object, not the origin: a denial, no unnamed source', () => {
    const text = 'ووصف المتحدث التقارير بأنها عارية عن الصحة.';
    expect(marksOf(text, 'anonymous')).toEqual([]);
    expect(only(text, 'denial').cue.text).toContain('عارية عن الصحة');
  });
});

describe('a counted or partial group of people after a verb of saying, whatever the noun', () => {
  it.each([
    ['وأكد عدد من المزارعين أن الأمطار أتلفت المحصول.', 'عدد من المزارعين'],
    ['وقال بعض التجار إن الأسعار ارتفعت منذ الشهر الماضي.', 'بعض التجار'],
    ['ويرى عشرات من المعلمين أن المناهج تحتاج إلى مراجعة.', 'عشرات من المعلمين'],
    ['يتوقع كثيرون أن يتأجل الافتتاح إلى العام المقبل.', 'كثيرون'],
    ['وقال أحد الباعة إن الإقبال ضعيف هذا العام.', 'أحد الباعة'],
    ['ويقول مزارعون عراقيون إن المياه شحت.', 'مزارعون'],
    ['وقال المسؤولون الأردنيون إن المعبر سيفتح غدا.', 'المسؤولون'],
  ])('%s', (text, group) => {
    expect(only(text, 'anonymous').cue.text).toContain(group);
  });

  it('a count of people is a figure, not a source', () => {
    expect(marksOf('وأوضحت الوزارة أن عدد المعلمين بلغ ألفا.', 'anonymous')).toEqual([]);
    expect(marksOf('وقال الوزير إن عدد المسافرين ارتفع.', 'anonymous')).toEqual([]);
  });
});

describe('a speaker whose name is withheld, with words between the verb and the name', () => {
  it.each([
    'وقال الضابط الذي لم يشأ كشف هويته إن الدورية تعرضت لإطلاق نار.',
    'وأوضح الموظف الذي تمنع اللوائح الداخلية الكشف عن هويته أن الملفات نقلت.',
    'وذكر المهندس، الذي طلب من الصحيفة عدم ذكر اسمه، أن العمل توقف.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').explanation).toMatch(/not to be named|unnamed/);
  });
});

describe('outlets missing from the registry, named in Arabic after an outlet noun and a credit', () => {
  it.each([
    ['وقالت صحيفة أولي الرياضية إن اللاعب وقع العقد.', 'صحيفة أولي'],
    ['بحسب موقع ترك برس الإخباري.', 'موقع ترك برس'],
    ['وذكرت وكالة الأنباء الإيطالية أن السفينة غادرت الميناء.', 'وكالة الأنباء الإيطالية'],
    ['وأضاف في حوار مع صحيفة جورنال دو ديمانش أن الحزب سيشارك.', 'صحيفة جورنال دو ديمانش'],
  ])('%s', (text, cue) => {
    const mark = only(text, 'wire');
    expect(mark.cue.text).toContain(cue);
    expect(mark.outlets?.[0]).toMatch(/^[a-z0-9]+$/);
  });

  it.each([
    ['أبلغت مصادر مطلعة «الحياة» بأن الاجتماع تأجل.', 'الحياة'],
    ['وقال المسؤولون الذين تحدثت إليهم «الأخبار» إن الخطة جاهزة.', 'الأخبار'],
    ['وعثر على السيارة في ضواحي المدينة، وفقا للفرنسية.', 'للفرنسية'],
    ['وأعلنت الشرطة اعتقال المشتبه به، نقلا عن الألمانية.', 'الألمانية'],
    ['وارتفعت حصيلة الضحايا إلى عشرين، نقلا عن الفرنسية.', 'الفرنسية'],
    ['وأكد الشهود ما تناولته «عكاظ» في عددها الماضي.', 'عكاظ'],
  ])('an outlet informed, spoken to, taken up or cited in an aside: %s', (text, cue) => {
    expect(only(text, 'wire').cue.text).toContain(cue);
  });

  it('a country is named by its agency id', () => {
    expect(only('وذكرت وكالة الأنباء الإيطالية أن الطائرة هبطت بسلام.', 'wire').outlets).toEqual([
      'italyagency',
    ]);
  });

  it.each([
    'وقال شهود في موقع الحادث إن النيران امتدت إلى المبنى المجاور.',
    'وأعلنت وكالة الطاقة الدولية أن الطلب على النفط سيرتفع.',
    'وقال الوزير إن صحيفة بريطانية نشرت الخبر دون تحقق.',
    'وكتب الناشط على موقع تويتر أن المسيرة ستنطلق ظهرا.',
  ])('no outlet credited: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('denials without نفى', () => {
  it.each([
    ['وقال المتهم أمام المحكمة إنه غير مذنب في جميع التهم.', 'غير مذنب'],
    ['وأكد الموظفان أنهما غير مذنبين وأن الأموال صرفت بموافقة الإدارة.', 'غير مذنبين'],
    ['وزارة النقل: غير صحيح إغلاق الطريق الساحلي', 'غير صحيح'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it.each([
    ['وقال المتحدث إن هذه الجماعة لا تمت لنا بأي صلة.', 'لا تمت لنا بأي صلة'],
    ['وأكد الحزب أن المسلحين لا يمتون إليه بصلة.', 'لا يمتون إليه بصلة'],
    ['وقال مدير الشركة إن الخبر وليس له أي أساس من الصحة.', 'وليس له أي أساس من الصحة'],
    ['المعارضة تنسج الأكاذيب حول نتائج الانتخابات', 'الأكاذيب'],
    ['وقال إن الموقع يختلق الشائعات عن الفريق منذ أسابيع.', 'الشائعات'],
  ])('a link disowned, a claim called baseless or a fabrication: %s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it('a manner that is not right is no denial', () => {
    expect(marksOf('وقال إن الأدوية خزنت بطريقة غير صحيحة.', 'denial')).toEqual([]);
  });
});

describe('details withheld that a party was expected to give', () => {
  it.each([
    ['وأعلن الجيش مقتل جندي لكنه لم يحدد أين.', 'لم يحدد'],
    ['وأعلنت الشرطة توقيف رجل من دون أن تكشف عن جنسيته.', 'من دون أن تكشف'],
    ['ولم تكشف الشركة أي تفاصيل عن قيمة الصفقة.', 'ولم تكشف'],
    ['وتتكتم الجماعة على أعداد قتلاها في المعارك.', 'وتتكتم'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each([
    ['ولم تصدر الحركة أي بيان بشأن الهجوم.', 'ولم تصدر'],
    ['ولم يصدر عن الشركة أي تعليق حتى الآن.', 'ولم يصدر'],
    ['وقال المتحدث: لن نكشف أسماء الدول المشاركة في التحالف.', 'لن نكشف'],
    ['ولم تشرح الهيئة كيفية وصول الوثائق إليها.', 'ولم تشرح'],
  ])('no statement issued, or details a party will not give: %s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each([
    'ولم ترد الوزارة على طلب من وكالة فرانس برس.',
    'ولم يرد المكتب على طلب من أسوشيتد برس.',
    'ولم ترد الشركة على طلب من رويترز.',
  ])('a request from any agency (not only Reuters) is a request for comment: %s', (text) => {
    expect(only(text, 'no_comment').cue.text).toMatch(/^ولم (?:ترد|يرد)$/);
  });
});

describe('details withheld: information, a stance or a date; or said to be beyond what one may tell', () => {
  it.each([
    ['ولم يذكر الناطق تفاصيل أخرى عن الحادث.', 'ولم يذكر'],
    ['ولم تعط الهيئة أي معلومات إضافية عن أسباب الإغلاق.', 'ولم تعط'],
    ['لكن المتحدث لم يحدد موقف حكومته من المبادرة.', 'لم يحدد'],
    ['ولم تحدد اللجنة موعد إعلان النتائج.', 'ولم تحدد'],
    ['وقال إنه لا يمكن أن يكشف عن مزيد من التفاصيل في هذه المرحلة.', 'لا يمكن أن يكشف'],
    ['وأضاف: لا نستطيع أن نحدد أعداد المصابين بعد.', 'لا نستطيع أن نحدد'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('a report that mentions nothing of a date, or an open question, is no refusal', () => {
    expect(marksOf('ولا يعرف أحد ما إذا كان الاجتماع سيعقد.', 'no_comment')).toEqual([]);
    expect(marksOf('وقال المدير إنه لا يمكن أن يذكر الجميع بالاسم في الحفل.', 'no_comment')).toEqual([]);
  });
});

describe('a source behind a relative ما whose verb takes the claim as its object', () => {
  it.each([
    ['وتأجل الاجتماع، وفقا لما ذكره مسؤول في الوزارة.', 'ذكره مسؤول', 1],
    ['وتأخر التسليم، تبعا لما أكده خبير في الشركة.', 'أكده خبير', 1],
    ['وارتفعت الأسعار مجددا، حسبما أفادته مصادر في السوق.', 'أفادته مصادر', undefined],
    ['وهذا ما قاله دبلوماسيان غربيان للصحيفة.', 'قاله دبلوماسيان', 2],
  ])('%s', (text, cue, count) => {
    const mark = only(text, 'anonymous');
    expect(mark.cue.text).toBe(cue);
    expect(mark.count).toBe(count);
  });

  it('a named speaker behind the same ما is no unnamed source', () => {
    expect(marksOf('وهذا ما قاله الوزير خالد العمري للصحافيين.', 'anonymous')).toEqual([]);
    expect(marksOf('وفقا لما ذكره مدير الشركة سامي الحربي.', 'anonymous')).toEqual([]);
  });
});

describe('one unnamed expert, analyst or researcher; two unnamed officials (the dual)', () => {
  it.each([
    ['وقال خبير اقتصادي إن التضخم سيتراجع في الربع المقبل.', 'خبير', 1],
    ['ويرى محلل في أحد المصارف أن الطلب سيبقى ضعيفا.', 'محلل', 1],
    ['وأكد قياديان في الحزب أن المجلس اجتمع سرا.', 'قياديان', 2],
    ['وقال دبلوماسيان أوروبيان إن المحادثات تعثرت.', 'دبلوماسيان', 2],
    ['وأوضح ضابطان في الشرطة أن المشتبه به فر.', 'ضابطان', 2],
  ])('%s', (text, noun, count) => {
    const mark = only(text, 'anonymous');
    expect(mark.cue.text).toContain(noun);
    expect(mark.count).toBe(count);
  });

  it('a named expert is no unnamed source, and a researcher preparing a thesis says nothing', () => {
    expect(marksOf('وقال الخبير الاقتصادي سامي الحربي إن التضخم سيتراجع.', 'anonymous')).toEqual([]);
    expect(marksOf('وزوجها باحث يعد رسالة الدكتوراه في الجامعة.', 'anonymous')).toEqual([]);
  });
});

describe('a question voiced, or an announcement, by a vague group', () => {
  it.each([
    ['وتساءل عدد من السكان عن أسباب تأخر المشروع.', 'وتساءل عدد من السكان'],
    ['ويتساءل مراقبون عن جدوى هذه الخطوة.', 'ويتساءل مراقبون'],
    ['وجاء القرار بعد إعلان ناشطين في المدينة إضرابا عاما.', 'إعلان ناشطين'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });
});

describe('an outlet that spoke goes on as the unstated subject of the next sentence', () => {
  it.each([
    ['وقالت وكالة الأنباء الكويتية إن الوفد وصل. وأضافت أن المحادثات تبدأ غدا.', 'kuna'],
    ['وذكرت صحيفة الغارديان أمس أن الحكومة تدرس الخطة. ولفتت إلى أن القرار قريب.', 'guardian'],
    ['وأوضح التلفزيون الرسمي السوري أن الطريق أغلق. وأضاف أن الحركة ستعود مساء.', 'syriatv'],
  ])('%s', (text, outlet) => {
    const wire = marksOf(text, 'wire');
    expect(wire).toHaveLength(2);
    expect(wire[1]?.outlets).toEqual([outlet]);
    expect(wire[1]?.cue.text).toMatch(/^و(?:أضافت|لفتت|أضاف)$/);
  });

  it('a source quoted to an outlet goes on as the source, not as the outlet', () => {
    for (const text of [
      'وقال مصدر لرويترز إن الوفد وصل. وأضاف أن المحادثات تبدأ غدا.',
      'وقال الوزير لـ"الوطن" إن الوفد وصل. وأضاف أن المحادثات تبدأ غدا.',
      'ونقلت وكالة رويترز عن مصادر أن الوفد وصل. وأضافت أن المحادثات تبدأ غدا.',
    ])
      expect(marksOf(text, 'wire'), text).toHaveLength(1);
  });

  it('a verb of the other gender, or a sentence further on, is someone else', () => {
    expect(marksOf('وقالت وكالة رويترز إن الوفد وصل. وأضاف أن المحادثات تبدأ غدا.', 'wire')).toHaveLength(1);
    expect(
      marksOf('وقالت وكالة رويترز إن الوفد وصل. وتستمر الزيارة يومين. وأضافت أن المحادثات تبدأ.', 'wire'),
    ).toHaveLength(1);
  });
});

describe('national news agencies called by their country, and bulletins named in quotes', () => {
  it.each([
    ['وقالت الوكالة السورية للأنباء إن الوزيرين اتفقا.', 'sana'],
    ['وذكرت الوكالة الليبية الرسمية أن الطريق فتح.', 'lana'],
    ['بحسب الوكالة الإماراتية للأنباء.', 'wam'],
    ['وأشارت نشرة "إنرجي ويكلي" إلى أن الطلب تراجع.', undefined],
  ])('%s', (text, outlet) => {
    const mark = only(text, 'wire');
    if (outlet) expect(mark.outlets).toEqual([outlet]);
    else expect(mark.outlets?.length).toBe(1);
  });

  it('a government agency of a country, or the evening news bulletin, is no outlet', () => {
    expect(marksOf('وأعلنت الوكالة الأمريكية للتنمية الدولية عن منحة جديدة.', 'wire')).toEqual([]);
    expect(marksOf('وتابع المشاهدون نشرة الأخبار المسائية.', 'wire')).toEqual([]);
    expect(marksOf('وأشارت نشرة تداول إلى أن الصفقات زادت.', 'wire')).toEqual([]);
  });
});

describe("told to an outlet's correspondent, or reported by an outlet's own sources", () => {
  it.each([
    ['وقال أحد التجار لمراسل «الوطن» إن الأسعار ثابتة منذ أشهر.', 'alwatan'],
    ['وقال في حديث لمراسل اليوم عبر الهاتف إن الهدنة انتهت.', 'alyaum'],
    ['وأوضح لمندوب «عكاظ» أن المشروع تأخر.', 'okaz'],
    ['وأكدت مصادر «عكاظ» أن الاجتماع تأجل إلى الأسبوع المقبل.', 'okaz'],
    ['وذكرت مصادر رويترز أن الشحنة وصلت.', 'reuters'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('a correspondent held or named as the topic is no credit', () => {
    expect(marksOf('وتحتجز السلطات مراسل صحيفة «واشنطن بوست» منذ عام.', 'wire')).toEqual([]);
  });
});

describe('a party that rejects the blame for itself', () => {
  it.each([
    ['وأكد المقاول أنه ليس مسؤولا عما حدث في الموقع.', 'ليس مسؤولا عما'],
    ['وقالت الشركة إنها لا تتحمل أي مسؤولية عن انقطاع الخدمة.', 'لا تتحمل أي مسؤولية'],
    ['وقال رئيس البلدية: لسنا مسؤولين عن تأخر المشروع.', 'لسنا مسؤولين عن'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it('who is in charge of what is a job, not a denial', () => {
    expect(marksOf('وقال المدير إن الموظف ليس مسؤولا عن الحسابات.', 'denial')).toEqual([]);
    expect(marksOf('وتتحمل الشركة مسؤولية الصيانة.', 'denial')).toEqual([]);
  });
});

describe('more vague groups and persons by function: rights groups, philosophers, prosecutors, managers', () => {
  it.each([
    ['إلا أن جماعات حقوقية أوضحت أن القانون ينتهك الحريات.', 'جماعات حقوقية'],
    ['ويرى فلاسفة الأخلاق أن السؤال قديم.', 'فلاسفة'],
    ['وقال مدعون فرنسيون إن المتهمين سيمثلون أمام القاضي.', 'مدعون'],
    ['ويقول مديرو المدارس إن الكتب لم تصل بعد.', 'مديرو'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it('armed groups that act, and what the media circulated, are no source', () => {
    expect(marksOf('وقالت الحكومة إن الجماعات المسلحة هاجمت القرية.', 'anonymous')).toEqual([]);
    expect(marksOf('وردت الجامعة على ما تناقلته وسائل الإعلام عن الحادثة.', 'anonymous')).toEqual([]);
  });
});

describe('a party that did not say which one', () => {
  it.each([
    ['ولم يذكر المسؤولون للصحيفة الدولة التي يتهمونها بالهجوم.', 'ولم يذكر'],
    ['ولم يحدد البيان الشركات التي خالفت الأنظمة.', 'ولم يحدد'],
    ['ولم يوضح الوزير تحديدا المشاريع التي ستتوقف.', 'ولم يوضح'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('the definite noun right after the verb is its subject, not what was withheld', () => {
    expect(marksOf('ولم يكشف الهجوم الذي وقع أمس عن ضعف في الأمن.', 'no_comment')).toEqual([]);
  });
});

describe('a party that answers a claim with the contrary', () => {
  it.each([
    'وتعليقا على تكهنات بأن المصنع سيغلق، تؤكد الشركة أنها لا تنوي وقف الإنتاج.',
    'وردا على الاتهامات، قال الوزير إن الوزارة لم تمنع أحدا من السفر.',
    'وردا على ما نشرته الصحف، أوضح المكتب أنه لم يتلق أي طلب.',
  ])('%s', (text) => {
    expect(only(text, 'denial').explanation).toMatch(/contrary/);
  });

  it('an answer to a question, or a reply that agrees, is no denial', () => {
    expect(marksOf('وردا على سؤال عن الموعد، قال إنه لا يعرف.', 'denial')).toEqual([]);
    expect(marksOf('وتعليقا على التقارير، أكد المتحدث أن المفاوضات مستمرة.', 'denial')).toEqual([]);
  });
});

describe('a claim passed on with no one saying it', () => {
  it.each([
    ['ويقال إن الشركة ستغلق فرعها في المدينة.', 'ويقال'],
    ['ويشاع أن المدرب سيرحل بعد المباراة.', 'ويشاع'],
    ['وتردد أن الصفقة فشلت في اللحظة الأخيرة.', 'وتردد'],
    ['وأفيد بأن ثلاثة أشخاص أصيبوا في الحادث.', 'وأفيد'],
    ['وتمت الإشارة مرارا إلى وجود خلافات داخل اللجنة.', 'وتمت الإشارة'],
    ['ويتداول بين السكان أن المصنع سيغلق.', 'ويتداول'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('sayings, hesitation and what is said to be (the topic of a denial) are no source', () => {
    for (const text of [
      'والحق يقال إن الفريق لعب جيدا.',
      'وكما يقال إن الصبر مفتاح الفرج.',
      'وتردد في الرد على السؤال.',
      'ونفى المجلس ما يقال إنها عمليات تصفية.',
    ])
      expect(marksOf(text, 'anonymous'), text).toEqual([]);
  });
});

describe("a headline's colon after a vague group", () => {
  it.each([
    ['خبراء: ارتفاع الإيجارات يؤخر الزواج\nوقال التقرير إن الأسعار ارتفعت.', 'خبراء'],
    ['اقتصاديون : التضخم سيتراجع\nوتوقع البنك نموا أعلى.', 'اقتصاديون'],
    ['سكان الحي: نريد حلا لانقطاع المياه\nوتنقطع المياه منذ أسبوع.', 'سكان'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it('not after persons by function, whom the article usually names below', () => {
    expect(
      marksOf('مسؤولون: الطريق سيفتح غدا\nوقال وزير النقل خالد العلي إن الطريق سيفتح.', 'anonymous'),
    ).toEqual([]);
  });
});

describe('a party that says it is innocent, or calls a report fabrications', () => {
  it.each([
    ['وقال اللاعب: أنا مقتنع ببراءتي وسأثبتها أمام اللجنة.', 'مقتنع ببراءتي'],
    ['وأكد أعضاء الشرف أنها بريئة من التقصير في القضية.', 'أنها بريئة من'],
    ['وقال المتهم للقاضي إنه بريء من التهم كلها.', 'إنه بريء من'],
    ['وأكد البيان أن ما يتم تداوله «فبركات إعلامية».', 'فبركات'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toContain(cue);
  });

  it('innocent people named as victims are no denial', () => {
    expect(marksOf('وقال إن الضحايا أبرياء لا ذنب لهم.', 'denial')).toEqual([]);
  });
});

describe('a reply to an accusation that says the contrary, with the verb of replying', () => {
  it.each([
    'ورد المتحدث على الاتهامات قائلا: نحن لا نمنع أحدا من السفر.',
    'وردت الوزارة على الأنباء بأنها لم تغلق أي مدرسة.',
    'ويرد المسؤولون على هذه الادعاءات بأنهم لم يتلقوا أي شكوى.',
  ])('%s', (text) => {
    expect(only(text, 'denial').explanation).toMatch(/contrary/);
  });

  it('not replying is no denial', () => {
    expect(marksOf('ولم ترد الوزارة على الاتهامات التي لا أساس لها في رأي المعارضة.', 'denial')).toHaveLength(
      1,
    );
    expect(marksOf('ولم ترد الوزارة على الأنباء حتى الآن.', 'denial')).toEqual([]);
  });
});

describe('a place, sites or a date withheld', () => {
  it.each([
    ['وأقامت المجموعة مخيمات لم يحدد المسؤول مواقعها.', 'لم يحدد'],
    ['فيما لم يحدد المتحدث تاريخ بدء الهجوم.', 'لم يحدد'],
    ['وأكدت الحركة وفاة زعيمها دون أن تحدد مكان دفنه.', 'دون أن تحدد'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('one who has not made up his mind is not withholding a stance', () => {
    expect(marksOf('وما زال الحزب لم يحدد موقفه من الانتخابات.', 'no_comment')).toEqual([]);
  });
});

describe('women as a group or unnamed at their request; talking about; given names', () => {
  it.each([
    ['وأكد عدد من العاملات للصحيفة أن الإدارة لا تراعي ظروفهن.', 'وأكد عدد من العاملات'],
    ['وقالت بعض الموظفات إن الرواتب تأخرت.', 'وقالت بعض الموظفات'],
    ['وتقول الممرضات اللاتي فضلن عدم ذكر أسمائهن إن المناوبات طويلة.', 'فضلن عدم ذكر أسمائهن'],
    ['وتحدث ناشطون عن مفاوضات مباشرة بين الطرفين.', 'وتحدث ناشطون'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('a count of things in ـات, one responsible for something, and a named activist are no source', () => {
    expect(marksOf('وحذر عدد من الدراسات من آثار الغبار.', 'anonymous')).toEqual([]);
    expect(marksOf('وقال المسؤول عن الملف إن القرار نهائي.', 'anonymous')).toEqual([]);
    expect(marksOf('ونقلت الهيئة عن الناشط الإعلامي فراس الحلبي أن القصف استمر.', 'anonymous')).toEqual([]);
  });
});

describe('an attribution word with its maker after من', () => {
  it.each([
    ['ويأتي ذلك وسط تأكيد من قيادي في الحزب بأن العرض قائم.', 'قيادي'],
    ['وجاءت تصريحات من مسؤولين في الوزارة تؤكد ذلك.', 'مسؤولين'],
    ['وذلك بحسب إفادات من شهود في الحي.', 'شهود'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it('learnt from its sources is still the outlet’s own sources', () => {
    expect(only('وعلمت «عكاظ» من مصادرها أن الوزير سيسافر.', 'anonymous').cue.text).toContain('مصادرها');
  });
});

describe('an outlet known only by its quoted name with a word of news in it', () => {
  it.each([
    'ونقلت «الشبكة السورية للإعلام» عن ناشط أن القصف استمر.',
    'ونقل «مكتب أخبار الجنوب» عن سكان أن الطريق أغلق.',
    'وذكرت «وكالة الحدث للأنباء» أن الوفد وصل.',
  ])('%s', (text) => {
    expect(only(text, 'wire').outlets).toHaveLength(1);
  });

  it('a quoted ministry or programme that reports nothing is no outlet', () => {
    expect(marksOf('وانتقد الوزير «وزارة الإعلام» في كلمته.', 'wire')).toEqual([]);
    expect(marksOf('وشارك في برنامج «أخبار الصباح» عشرات الطلاب.', 'wire')).toEqual([]);
  });
});

describe('an unnamed source that goes on to demand or call for something', () => {
  it.each([
    ['وقال مسؤول في الحزب إن الاتفاق قريب. وطالب بالالتزام بالقرار.', 'وطالب'],
    ['وقالت مصادر في النقابة إن الإضراب مستمر. ودعت إلى الحوار.', 'ودعت'],
    ['وقال سكان إن المياه مقطوعة. وطالبوا بحل عاجل.', 'وطالبوا'],
  ])('%s', (text, cue) => {
    const anonymous = marksOf(text, 'anonymous');
    expect(anonymous).toHaveLength(2);
    expect(anonymous[1]?.cue.text).toBe(cue);
  });

  it('a call with a subject of its own is that subject’s', () => {
    expect(marksOf('وقال مسؤول في الحزب إن الاتفاق قريب. ودعا الرئيس إلى الهدوء.', 'anonymous')).toHaveLength(
      1,
    );
  });
});

describe('one of a group goes on in the singular; an outlet passes on what the source said', () => {
  it.each([
    ['وقال أحد الباعة إن الأسعار ثابتة. وتابع بالقول: إن التحويلات توقفت.', 'وتابع'],
    ['وقالت إحدى الموظفات إن الرواتب تأخرت. وأضافت أن الإدارة لم تعتذر.', 'وأضافت'],
    ['وأكد مسؤول أمني أن الطريق أغلق. ونقلت عنه وكالة الأنباء أن الحركة ستعود مساء.', 'ونقلت عنه'],
    ['وقالت مصادر في الحزب إن الاجتماع تأجل. ونقلت عنها الصحيفة أن الموعد لم يحدد.', 'ونقلت عنها'],
  ])('%s', (text, cue) => {
    const anonymous = marksOf(text, 'anonymous');
    expect(anonymous).toHaveLength(2);
    expect(anonymous[1]?.cue.text).toBe(cue);
  });

  it('a named speaker passed on is no unnamed source', () => {
    expect(
      marksOf('وأكدت الوزيرة أن المحافظة تحررت. ونقلت عنها وكالة الأنباء أن المقاتلين تقدموا.', 'anonymous'),
    ).toEqual([]);
  });
});

describe('a count or a part of a definite plural of officials', () => {
  it.each([
    ['وأكد ثلاثة من المسؤولين أن الاجتماع تأجل.', 3],
    ['وقال اثنان من أعضاء اللجنة إن التصويت أُرجئ.', 2],
    ['وقال بعض المسؤولين إن الخطة جاهزة.', undefined],
  ])('%s', (text, count) => {
    expect(only(text, 'anonymous').count).toBe(count);
  });

  it('the officials alone, with no count, are still the ones named before', () => {
    expect(marksOf('وقال المسؤولون إن الخطة جاهزة.', 'anonymous')).toEqual([]);
  });
});

describe('a speaker the sentence names in an aside (يدعى، اسمه) is not unnamed', () => {
  it.each([
    'وقال أحد الحراس في المبنى، يدعى خالد المطيري، إن الباب كان مفتوحا.',
    'وأكدت إحدى الممرضات وتدعى سلمى العتيبي أن الجناح مكتظ.',
    'وقال موظف في البلدية، اسمه ناصر الحربي، إن الحفريات ستنتهي قريبا.',
    'وقال أحد الصيادين ويدعى سالم إن البحر هائج منذ الصباح.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('`يدعي أن` is a claim, not a name: the source stays unnamed', () => {
    expect(
      only('وقال مصدر في الشركة، يدعي أن الإدارة تخفي الأرقام، إن الخسائر كبيرة.', 'anonymous').cue.text,
    ).toContain('مصدر');
    expect(only('وقال أحد العمال، ويدعي أن راتبه تأخر، إن المصنع متوقف.', 'anonymous').cue.text).toContain(
      'أحد',
    );
  });
});

describe('an unnamed source that told the writer (أخبرني، أبلغتنا، حدثني)', () => {
  it.each([
    ['وقد أخبرني مسؤولون في الجمارك أن الشحنة احتجزت.', 'مسؤولون'],
    ['وأبلغتنا مصادر في البلدية أن المشروع متوقف.', 'مصادر'],
    ['وحدثني أحد السكان عن انقطاع المياه.', 'أحد السكان'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').cue.text).toContain(source);
  });

  it('a named person who told the writer is no unnamed source', () => {
    expect(marksOf('وأخبرني سليمان الدوسري أن الشحنة احتجزت.', 'anonymous')).toEqual([]);
  });
});

describe('a counted or partial group named by a broken plural of people', () => {
  it.each([
    ['ويقول بعض الركاب إن الرحلات تتأخر.', 'بعض الركاب'],
    ['وقال عدد من الزوار إن القاعات مزدحمة.', 'عدد من الزوار'],
    ['وأكد بعض الأئمة أن الخطبة ستوحد.', 'بعض الأئمة'],
    ['ويرى عدد من الشعراء أن الجائزة تأخرت.', 'عدد من الشعراء'],
  ])('%s', (text, group) => {
    expect(only(text, 'anonymous').cue.text).toContain(group);
  });

  it('a count of things is no group of people', () => {
    expect(marksOf('وأكد بعض الكتب أن التاريخ يعيد نفسه.', 'anonymous')).toEqual([]);
  });
});

describe('a claim called "not true" with ليس (إن ذلك ليس صحيحا)', () => {
  it.each([
    'وقالت الوزارة إن ذلك ليس صحيحا.',
    'وأكد المتحدث أن ما نشر عن إغلاق المصنع ليس صحيحا.',
    'وقال إن الحديث عن انسحاب القوات ليس دقيقا.',
    'وردت الشركة بأن هذه الأرقام ليست صحيحة.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toMatch(/ليست? (صحيح|دقيق)/);
  });

  it('"it is not right to say", or a manner not done rightly, is no denial', () => {
    expect(marksOf('ليس صحيحا أن نقول إن الاقتصاد تعافى تماما.', 'denial')).toEqual([]);
    expect(marksOf('والطريقة التي عرض بها الأمر ليست دقيقة.', 'denial')).toEqual([]);
  });
});

describe('an aside that credits a report, between the verb and its unnamed subject', () => {
  it.each([
    ['وقال - بحسب ما نقلت الصحيفة - مسؤولون في الوزارة إن الخطة جاهزة.', 'مسؤولون'],
    ['وأكد، وفق الوكالة، مصدر أمني أن الهجوم فشل.', 'مصدر'],
    ['وذكر (حسب التلفزيون الرسمي) شهود أن النيران امتدت إلى السوق.', 'شهود'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').cue.text).toContain(source);
  });

  it('an aside that credits nothing does not join a verb to a noun after it', () => {
    expect(marksOf('وقال الوزير - في كلمته أمس - مصادر الطاقة متنوعة.', 'anonymous')).toEqual([]);
  });
});

describe('a count, a size or figures withheld by the party expected to give them', () => {
  it.each([
    ['وقال الوزير إن الجرحى نقلوا إلى المستشفى، دون أن يذكر عددهم.', 'دون أن يذكر', undefined],
    ['ولم يعط المتحدث باسم الشرطة المحلية أرقاما عن الموقوفين.', 'ولم يعط', 'المتحدث باسم الشرطة المحلية'],
    ['ولم تكشف الشركة حجم الخسائر التي تكبدتها.', 'ولم تكشف', 'الشركة'],
    ['ولم تحدد الوزارة قيمة الصفقة.', 'ولم تحدد', 'الوزارة'],
  ])('%s', (text, cue, party) => {
    const mark = only(text, 'no_comment');
    expect(mark.cue.text).toBe(cue);
    // The party is who withheld, never the withheld figure with it.
    expect(mark.source).toBe(party);
  });

  it('a count of people as the subject, or a figure given, is no withholding', () => {
    expect(marksOf('ولم يكشف عدد من المسؤولين عن خططهم للعام المقبل.', 'no_comment')).toEqual([]);
    expect(marksOf('وذكرت الوزارة عدد المصابين وحجم الأضرار.', 'no_comment')).toEqual([]);
    // Across a comma the figure belongs to another clause.
    expect(marksOf('ولم يكشف المدير عن خطته، لكن الشركة أعلنت حجم الاستثمار.', 'no_comment')).toEqual([]);
  });
});

describe("a party asserting innocence, its own or its client's, with a verb of saying", () => {
  it.each([
    ['وأكد المحامي براءة موكله من التهم المنسوبة إليه.', 'براءة'],
    ['وأرسل اللاعبان رسالة يشرحان فيها براءتهما من المخالفات.', 'براءتهما'],
    ['ويصر المتهم على براءته منذ اليوم الأول.', 'براءته'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it("a court's acquittal is a verdict, not a denial", () => {
    for (const text of [
      'وقضت المحكمة ببراءته من التهم.',
      'وأكدت المحكمة العليا براءة المتهمين.',
      'وأكد الحكم براءة الموظف.',
    ])
      expect(marksOf(text, 'denial'), text).toEqual([]);
  });
});

describe('a claim called made up (مصطنع) like one called fabricated', () => {
  it.each([
    'ووصف الحزب الاتهامات بأنها مصطنعة.',
    'وقال المتحدث إن هذه الادعاءات مصطنعة ولا تستند إلى دليل.',
    'واعتبرت الوزارة التقرير مصطنعا.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toMatch(/مصطنع/);
  });

  it('a made-up thing that is no claim is no denial', () => {
    expect(marksOf('وتستخدم الشركة أليافا مصطنعة في صناعة الملابس.', 'denial')).toEqual([]);
  });
});

describe('a continuing verb of saying with an aside before what it says (رغم ذلك، بدوره، رغم … إلا أن)', () => {
  const before = 'قال مسؤول في الوزارة إن الخطة جاهزة. ';
  it.each([
    ['وأوضح رغم ذلك أن التنفيذ سيتأخر.', 'وأوضح'],
    ['وأضاف بدوره أن التمويل متوفر.', 'وأضاف'],
    ['وتابع رغم هذه الصعوبات إلا أن العمل سيبدأ قريبا.', 'وتابع'],
    ['وقال بالرغم من التأخير إلا أن المشروع سيكتمل.', 'وقال'],
  ])('%s', (sentence, verb) => {
    const marks = marksOf(before + sentence, 'anonymous');
    expect(marks).toHaveLength(2);
    expect(marks[1]?.cue.text).toBe(verb);
  });

  it('a subject after the aside is a speaker of its own', () => {
    expect(marksOf(`${before}وأضاف بدوره الوزير أن التمويل متوفر.`, 'anonymous')).toHaveLength(1);
    expect(marksOf(`${before}وقال رغم ذلك المدير العام إن العمل مستمر.`, 'anonymous')).toHaveLength(1);
  });
});

describe('one of a group, or an official, named right after the words that describe them', () => {
  it.each([
    'وقال أحد كبار شيوخ القبيلة محمد الأحمد إن الصلح قريب.',
    'وقال أحد أعضاء اللجنة زهير الخطيب إن التقرير سينشر.',
    'وقال مسؤول لجنة الحي زهير العمري إن المنازل تضررت.',
    'وأكدت إحدى المعلمات هند السالم أن الدوام سيستأنف.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('the unnamed one of a group shows the group as its source, without the verb', () => {
    const mark = only('وقال أحد الباعة إن الإقبال ضعيف.', 'anonymous');
    expect(mark.source).toBe('أحد الباعة');
    expect(mark.cue.text).toBe('وقال أحد الباعة');
  });
});

describe("an outlet's own writer saying or writing something (الكاتب في صحيفة …، مراسل قناة …، فلان من صحيفة …)", () => {
  it.each([
    ['ورأى الكاتب في صحيفة «الغارديان» أن الحكومة أخطأت.', 'guardian'],
    ['وقال مراسل قناة «الجزيرة» إن القصف مستمر منذ الفجر.', 'aljazeera'],
    ['ويرى الكاتب في صحيفة «زمان» التركية أحمد يلماز أن الانتخابات قريبة.', 'zman'],
    ['وقال ديفيد إغناشيوس من صحيفة «واشنطن بوست» إن الاتفاق هش.', 'wapo'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('a writer who only figures in the news, or an outlet after من that no one speaks for, is no credit', () => {
    for (const text of [
      'واستقال الصحفي من صحيفة «الغارديان» العام الماضي.',
      'واعتقلت الشرطة مراسل قناة «الجزيرة» أمس.',
      'وأعلنت الشركة في بيان أنها باعت الجزء الأكبر من «فاينانشيال تايمز» لمجموعة يابانية.',
    ])
      expect(marksOf(text, 'wire'), text).toEqual([]);
  });
});

describe('بيّن (explained), written like the preposition بين, at the start of a clause', () => {
  it.each([
    ['وبين مصدر مطلع أن الرئيس سيستقيل قريبا.', 'وبين مصدر'],
    ['وفي ما يخص التعويضات، بين مسؤول في البلدية أنها ستصرف الشهر المقبل.', 'بين مسؤول'],
    ['قال مصدر في الاتحاد إن القرار قريب. وبين المصدر، أن الرئيس سيستقيل.', 'وبين المصدر'],
  ])('%s', (text, cue) => {
    const marks = marksOf(text, 'anonymous');
    expect(marks.at(-1)?.cue.text).toBe(cue);
  });

  it('بين between two parties is no verb of saying', () => {
    for (const text of [
      'وعقد اجتماع بين مسؤولين من البلدين أمس.',
      'وناقش الوزير المحادثات التي دارت بينه وبين المسؤولين بأنها مثمرة.',
      'وبين المسؤولين والنقابة خلاف قديم على الأجور.',
    ])
      expect(marksOf(text, 'anonymous'), text).toEqual([]);
  });
});

describe('a source noun that is what something is, or a field, or the object of "benefits": no unnamed source', () => {
  it.each([
    // An accusative after a verb of being or considering is a predicate.
    'وأكد الوزير أن السياحة تعد مصدرا رئيسيا للدخل في البلاد.',
    'وقال المدير إن المنجم أصبح مصدرا مهما للوظائف.',
    // Information as a field of work.
    'وأضافت: "إن جهود هيئة الاتصالات وتقنية المعلومات نحو نشر الخدمات تضاعفت".',
    'وقال الخبير إن أمن المعلومات يشغل الشركات اليوم.',
    // أفاد as "benefits", its accusative object a group of people.
    'وأوضح الباحث أن التقنية أصبحت تفيد الباحثين في المجالات الطبية بعد أن كانت حكرا على الشركات.',
    // A verb after a comma with a subject of its own.
    'وحرصا على راحة المواطنين، أعلن وزير الداخلية استمرار التدابير.',
    // A verb that opens a clause of its own (حيث، بينما …) after the noun.
    'وقال البيان إن أمن السكان في خطر حيث يتوقع أن تنفد المؤن.',
    'وتحدث أمام أعضاء المجلس حين قال إن الحرب ستنتهي.',
    // كان, its subject, قد and the verb: the noun after the verb is its object.
    'وكان العميد خالد العمر قد حذر السكان العائدين من الألغام.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('the same nouns as the origin of a claim still are', () => {
    expect(only('وأفادت مصادر مطلعة بأن الوزير سيستقيل.', 'anonymous').cue.text).toBe('وأفادت مصادر');
    expect(only('وأفاد سكان بوقوع انفجار قرب السوق.', 'anonymous').cue.text).toBe('وأفاد سكان');
    expect(only('وسيطرت القوات على التلة، حسبما أفادت مصادر ميدانية.', 'anonymous').cue.text).toBe(
      'أفادت مصادر',
    );
    expect(only('وقالت مصادر إن مصدرا مطلعا أكد الخبر.', 'anonymous').cue.text).toBe('وقالت مصادر');
    expect(only('وكانت مصادر قد أكدت أن الاتفاق قريب.', 'anonymous').cue.text).toBe('مصادر قد أكدت');
    expect(only('وكان قد أكد مسؤولون أن الخطة جاهزة.', 'anonymous').cue.text).toBe('أكد مسؤولون');
  });
});

describe('one unnamed insider (مقرب من …) as the speaker', () => {
  it.each([
    ['وقال مقرب من الرئيس لـ«الصحيفة» إن القرار اتخذ.', 'وقال مقرب'],
    ['وأكد مقرب من العائلة أن الطفل بخير.', 'وأكد مقرب'],
    ['وبحسب مقرب من اللاعب، فإن العقد سيجدد.', 'وبحسب مقرب'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('an insider described, or named, is the source as before', () => {
    expect(only('وقال مسؤول مقرب من الرئيس إن القرار اتخذ.', 'anonymous').source).toBe(
      'مسؤول مقرب من الرئيس',
    );
    expect(marksOf('ويعد الوزير مقربا من الرئيس منذ سنوات.', 'anonymous')).toEqual([]);
  });
});

describe('نوّه (pointed out) as a verb of saying, not only as a continuation', () => {
  it.each([
    [
      'قالت مصادر مطلعة إن الاتفاق قريب. ونوهت هذه المصادر إلى أن التوقيع سيتم الأسبوع المقبل.',
      'ونوهت هذه المصادر',
    ],
    ['ونوه مصدر في الوزارة إلى أن المشروع سيتأخر.', 'ونوه مصدر'],
    ['وينوه مسؤولون في البلدية بأن الطريق سيغلق.', 'وينوه مسؤولون'],
  ])('%s', (text, cue) => {
    expect(marksOf(text, 'anonymous').at(-1)?.cue.text).toBe(cue);
  });

  it('a named speaker who points something out is no unnamed source', () => {
    expect(marksOf('ونوه الوزير خالد العمر إلى أن المشروع سيتأخر.', 'anonymous')).toEqual([]);
  });
});

describe('reports that "kept coming" or "went round" as the origin of a claim (تواترت، سرت)', () => {
  it.each([
    ['وتواترت أنباء عن انسحاب القوات من الحدود.', 'أنباء'],
    ['وتتواتر الأنباء عن خلافات داخل الائتلاف.', 'الأنباء'],
    ['وسرت شائعات عن استقالة المدرب بعد الخسارة.', 'شائعات'],
    ['وتسري أنباء في الأوساط الرياضية عن صفقة كبيرة.', 'أنباء'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it('a rule that applies, or something secret, is no report', () => {
    expect(marksOf('ويسري القرار على جميع الموظفين.', 'anonymous')).toEqual([]);
    expect(marksOf('وعمل الناشطون بشكل سري في المدينة.', 'anonymous')).toEqual([]);
  });
});

describe('a claim said to rest on nothing, to lack credibility, or to be mere rumour', () => {
  it.each([
    ['وقالت الوزارة إن هذه الادعاءات لا تستند إلى أي دليل.', 'لا تستند إلى أي دليل'],
    ['وأكد المتحدث أن الاتهامات لا تستند إلى أساس.', 'لا تستند إلى أساس'],
    ['واعتبر المكتب أن التقرير يفتقر إلى المصداقية.', 'يفتقر إلى المصداقية'],
    ['وقال النادي إن ما تردد عن بيع اللاعب مجرد شائعات.', 'مجرد شائعات'],
    ['وشددت البلدية على أن الصور المنشورة قديمة ولا تمت للواقع بصلة.', 'لا تمت للواقع بصلة'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it('a place that lacks something, or speculation called speculation, is no denial', () => {
    expect(marksOf('وتفتقر القرية إلى الخدمات الأساسية.', 'denial')).toEqual([]);
    expect(marksOf('هذه مجرد تكهنات حتى الآن.', 'denial')).toEqual([]);
  });
});

describe('reservations voiced about giving details (أبدى تحفظه على الإفصاح)', () => {
  it.each([
    ['وأبدت الوزارة تحفظها على الإفصاح عن تفاصيل الاتفاق.', 'الوزارة'],
    ['وأبدى المدير تحفظه على الخوض في أسباب الاستقالة.', 'المدير'],
    ['وأبدى المحامي تحفظا على التعليق قبل صدور الحكم.', 'المحامي'],
  ])('%s', (text, party) => {
    expect(only(text, 'no_comment').source).toBe(party);
  });

  it("reservations about a treaty, or about one's own name, are no refusal to comment", () => {
    expect(marksOf('وأبدت الدول تحفظات على مشروع القرار.', 'no_comment')).toEqual([]);
    expect(marksOf('وأبدى الموظف تحفظه على ذكر اسمه.', 'no_comment')).toEqual([]);
  });
});

describe('a standing policy of not commenting (لا نعلق على التكهنات)', () => {
  it.each([
    'وقالت الشركة إنها لا تعلق على التكهنات.',
    'وأكد متحدث باسم السفارة أن البعثة لا تعلق على التقارير الصحفية.',
    'وقال الناطق: لا نعلق على الشائعات.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').cue.text).toMatch(/لا (تعلق|نعلق)/u);
  });

  it('pictures that are not hung are no comment withheld', () => {
    expect(marksOf('ولا تعلق الصور على جدران القاعة.', 'no_comment')).toEqual([]);
  });
});

describe('could not get a reply, with the one who tried between (لم تتمكن الصحيفة من الحصول على رد)', () => {
  it.each([
    'ولم تتمكن الصحيفة من الحصول على رد من الوزارة.',
    'ولم يتمكن المراسل من الحصول على تعليق من الشرطة.',
    'ولم نتمكن حتى الآن من الحصول على تعقيب من الشركة.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').cue.text).toMatch(/^لم (تتمكن|يتمكن|نتمكن)$/u);
  });

  it('rescuers who could not reach a village asked nobody for comment', () => {
    expect(marksOf('ولم تتمكن فرق الإنقاذ من الوصول إلى القرية.', 'no_comment')).toEqual([]);
  });
});

describe('outlets pan-Arab articles cite, credited by their own ids (not a spelling of the Arabic)', () => {
  it.each([
    ['وقالت صحيفة العربي الجديد إن المحادثات تعثرت.', 'alaraby'],
    ['ونقل موقع ميدل إيست آي عن مسؤول قوله إن الخطة جاهزة.', 'middleeasteye'],
    ['وذكرت القناة 12 الإسرائيلية أن الجيش يستعد.', 'channel12'],
    ['وأفادت هيئة البث الإسرائيلية بأن الحكومة ستجتمع.', 'kan'],
    ['وقال موقع الخليج أونلاين إن الزيارة تأجلت.', 'alkhaleejonline'],
    ['وكتبت مجلة فورين بوليسي أن واشنطن قلقة.', 'foreignpolicy'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });
});

describe('reports after a verbal noun of purpose are its object (سارع إلى نفي التقارير)', () => {
  it.each([
    'وسارعت الوزارة إلى نفي التقارير.',
    'ودعا النائب إلى نشر تقارير دورية عن الأداء.',
    'وعمد المكتب إلى نقل أنباء الاجتماع عبر حسابه.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('sources after a verbal noun are still the ones who spoke', () => {
    expect(only('وجاء ذلك بعد نفي مصادر في الحزب وجود خلافات.', 'anonymous').source).toBe('مصادر في الحزب');
  });
});

describe('the untruth of a claim asserted (أكد عدم صحة الأنباء)', () => {
  it.each([
    'وشدد المتحدث على عدم صحة الأنباء المتداولة.',
    'وأكدت الشركة عدم صحة ما نشر بشأن إفلاسها.',
    'مؤكدا عدم دقة هذه المعلومات.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toMatch(/^عدم (صحة|دقة)$/u);
  });

  it("a condition or an investigation's finding is no party denying", () => {
    expect(marksOf('وفي حال عدم صحة المعلومات ستتخذ الإجراءات.', 'denial')).toEqual([]);
    expect(marksOf('وثبت عدم صحة البلاغ بعد التحقيق.', 'denial')).toEqual([]);
  });
});

describe('Independent Arabia and aid workers, as the brief names them', () => {
  it('a source speaking to Independent Arabia is anonymous and wire', () => {
    const text = 'وقال مصدر مطلع لـ«إندبندنت عربية» إن الاجتماع انتهى دون اتفاق.';
    expect(only(text, 'wire').outlets).toEqual(['independentarabia']);
    expect(only(text, 'anonymous').source).toBe('مصدر مطلع');
  });

  it.each([
    'وقال عمال إغاثة إن الوضع كارثي.',
    'وأكد عمال في المصنع أن الرواتب تأخرت.',
    'ويقول عمال الميناء إن السفن عالقة.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toContain('عمال');
  });
});

describe('a report that leaves its details out, in the verbal noun (دون تحديد مكان …)', () => {
  it.each([
    ['وأعلنت الشرطة القبض على المشتبه بهم دون تحديد عددهم.', 'دون تحديد عددهم'],
    ['وقال المتحدث إن الجرحى نقلوا إلى المستشفى، بدون التصريح بعدد الحالات الحرجة.', 'بدون التصريح بعدد'],
    ['وذكر البيان أن الاجتماع عقد دون الكشف عن مكانه.', 'دون الكشف عن مكانه'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('an act without a date, or a detail not yet decided, is nothing withheld', () => {
    expect(marksOf('وسافر دون تحديد موعد للعودة.', 'no_comment')).toEqual([]);
    expect(marksOf('وأعلن الطرفان استئناف المحادثات دون تحديد مكانها بعد.', 'no_comment')).toEqual([]);
    expect(marksOf('وغادر دون ذكر اسمه في السجل.', 'no_comment')).toEqual([]);
  });
});

describe('declining in the verbal noun (الامتناع عن الإدلاء)', () => {
  it.each([
    'وحرص الوزيران على الامتناع عن الإدلاء بتصريحات للصحفيين.',
    'وأثار امتناعه عن التعليق تساؤلات المراسلين.',
    'وبررت الشركة امتناعها عن الرد بأن القضية أمام القضاء.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').cue.text).toMatch(/امتناع/u);
  });

  it('abstaining from a vote is no comment declined', () => {
    expect(marksOf('وأعلن النائب الامتناع عن التصويت.', 'no_comment')).toEqual([]);
  });
});

describe('one outlet left unnamed, described only by its country or kind (صحيفة بريطانية)', () => {
  it.each([
    ['وذكرت صحيفة بريطانية أن الحكومة تدرس الخطة.', 'صحيفة بريطانية'],
    ['وبحسب موقع إسرائيلي، فإن الجيش استدعى الاحتياط.', 'موقع إسرائيلي'],
    ['وأفادت إذاعة محلية بأن الطريق أغلق بسبب الثلوج.', 'إذاعة محلية'],
    ['وقالت مجلة أمريكية إن الصفقة أبرمت سرا.', 'مجلة أمريكية'],
  ])('%s', (text, source) => {
    expect(marksOf(text, 'anonymous')[0]?.source).toBe(source);
  });

  it.each([
    ['ونقلت قناة عبرية عن مسؤول أن المفاوضات متعثرة.', 'مسؤول'],
    ['ونقلت صحيفة محلية عن ثلاثة مصادر أن القرار اتخذ.', 'ثلاثة مصادر'],
    ['ونقلت القناة عن مسؤول أن المفاوضات متعثرة.', 'مسؤول'],
  ])('an outlet that passes on words is not their origin: %s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
  });

  it('a named outlet is wire, and one named before (الصحيفة البريطانية) or only the topic is not a source', () => {
    expect(marksOf('وقالت صحيفة الحياة إن الحكومة تدرس الخطة.', 'anonymous')).toEqual([]);
    expect(marksOf('وذكرت الصحيفة البريطانية أن الحكومة تدرس الخطة.', 'anonymous')).toEqual([]);
    expect(marksOf('وأطلقت قناة محلية برنامجا جديدا للأطفال.', 'anonymous')).toEqual([]);
  });
});

describe("a named firm's analysts speak for its research, not as an unnamed group", () => {
  it.each([
    'ويقول المحللون في بنك الاستثمار الأمريكي إن الطلب سيتراجع.',
    'وقال محللون في مجموعة سيتي إن النمو سيتباطأ.',
    'وكتب المحللون في "كابيتال إيكونوميكس" أن التضخم بلغ ذروته.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('analysts somewhere, or in a field, are still a vague group', () => {
    expect(only('وقال محللون في المنطقة إن التوتر سيتصاعد.', 'anonymous').source).toBe('محللون في المنطقة');
  });
});

describe('an adverb after the verb is no part of the party (نفت إيران مرارا)', () => {
  it.each([
    ['ونفت الحكومة مرارا وجود سجون سرية.', 'الحكومة'],
    ['ونفى الوزير رسميا وجود خلافات.', 'الوزير'],
    ['ورفض الحزب علنا الاتهامات الموجهة إليه.', 'الحزب'],
  ])('%s', (text, party) => {
    expect(only(text, 'denial').source).toBe(party);
  });
});

describe('the source a tooltip shows is the noun phrase, without the preposition before it', () => {
  it.each([
    ['ووفقا لمصدرين مطلعين، فإن الشركة تدرس البيع.', 'مصدرين مطلعين'],
    ['وطبقا لمسؤولين في الوزارة فإن القرار نهائي.', 'مسؤولين في الوزارة'],
    ['وأكد ذلك بشاهد عيان نقل عنه أن الطريق أغلق.', 'شاهد عيان'],
  ])('%s', (text, source) => {
    expect(marksOf(text, 'anonymous')[0]?.source).toBe(source);
  });

  it("keeps لل, where the preposition has taken the article's alif", () => {
    expect(marksOf('ووفقا للمصادر فإن القرار نهائي.', 'anonymous')[0]?.source).toBe('للمصادر');
  });
});

describe('an outlet set off by أما, its verb after ف (أما صحيفة «…» فكتبت)', () => {
  it.each([
    ['أما صحيفة «لوموند» فكتبت أن القرار جاء متأخرا.', 'lemonde'],
    ['أما رويترز فقالت إن الحصيلة ارتفعت.', 'reuters'],
    ['أما قناة الجزيرة فنقلت عن شهود أن القصف استمر.', 'aljazeera'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });
});

describe('a broadcaster that showed footage, and outlets the Saudi corpus cites that the registry lacked', () => {
  it.each([
    ['وعرض التلفزيون الرسمي المصري لقطات للسفينة.', 'egypttv'],
    ['ونقلت إذاعة الجيش الإسرائيلي عن ضابط أن التدريب انتهى.', 'armyradio'],
    ['وذكر موقع صحيفة "دايلي مايل" أن اللاعب سيغادر.', 'dailymail'],
    ['وقال الوزير لقناة سي بي سي المصرية إن الحوار مستمر.', 'cbcegypt'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it('a minister who presents a plan is no broadcaster', () => {
    expect(marksOf('وعرض الوزير خطة جديدة على المجلس.', 'wire')).toEqual([]);
  });
});

describe('pictures and recordings called fabricated, and a claim said not to reflect the truth', () => {
  it.each([
    ['وقالت الهيئة إن الصور المتداولة مضللة وتعود لأعوام سابقة.', 'مضللة'],
    ['وأكدت الشرطة أن المقطع المنتشر مفبرك.', 'مفبرك'],
    ['وقال المتحدث إن ما ورد في التقرير لا يعكس الحقيقة.', 'لا يعكس الحقيقة'],
    ['وأكد الوزير أن هذه الأرقام بعيدة كل البعد عن الحقيقة.', 'بعيدة كل البعد عن الحقيقة'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it('an analysis that does not reflect an economy, or a teaching far from the truth, denies no claim', () => {
    expect(marksOf('وخفضت الوكالة التصنيف بدوافع لا تعكس واقع الاقتصاد.', 'denial')).toEqual([]);
    expect(marksOf('وجذبوهم بدعاوى التدين البعيد عن الحقيقة.', 'denial')).toEqual([]);
  });
});

describe('a ranked مصدر is an exporter or a resource (خامس أكبر مصدر)', () => {
  it.each([
    'وتعد إيران خامس أكبر مصدر في منظمة أوبك.',
    'وقال الوزير إن المملكة أكبر مصدر للتمور في العالم.',
    'وأكد التقرير أن السياحة أهم مصدر للعملة في البلاد.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('an outlet that learned something, from someone it does not name (وعلمت «…» أن)', () => {
  it.each([
    'وعلمت «الصحيفة اليومية» أن الوزير سيزور العاصمة.',
    'وعلمت "النهار" بأن الاجتماع تأجل إلى الأسبوع المقبل.',
    'وعلمت الصحيفة أن المدرب قدم استقالته.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').explanation).toMatch(/learned/);
  });

  it('a family that learned the news is no outlet; a source named after it is the source', () => {
    expect(marksOf('وعلمت الأسرة أن ابنها بخير.', 'anonymous')).toEqual([]);
    expect(only('وعلمت «النهار» من مصادر مطلعة أن الاجتماع تأجل.', 'anonymous').source).toBe('مصادر مطلعة');
  });
});

describe('the media of a country or kind as the origin of a claim (الإعلام الفرنسي أشار)', () => {
  it.each([
    ['ويقول الإعلام الأفغاني إن الأنباء غير مؤكدة.', 'الإعلام الأفغاني'],
    ['وكان الإعلام الفرنسي قد أشار إلى أن الرئيس غاضب.', 'الإعلام الفرنسي'],
    ['وذكر الإعلام الرسمي أن الرئيس استقبل الوفد.', 'الإعلام الرسمي'],
  ])('%s', (text, source) => {
    const mark = only(text, 'anonymous');
    expect(mark.source).toBe(source);
    expect(mark.count).toBeUndefined();
  });

  it('a media office, or words said to the media, are no vague source', () => {
    expect(marksOf('وقال مسؤول الإعلام الأمني في الوزارة محمد علي إن الحادث وقع.', 'anonymous')).toEqual([]);
    expect(marksOf('وقال الوزير للإعلام الفرنسي إن الحوار مستمر.', 'anonymous')).toEqual([]);
  });
});

describe('people the news happened to, speaking of it (موقوفون، ناجون، لاجئون)', () => {
  it.each([
    ['وكشف موقوفون في الخلية أنهم تلقوا تدريبا في الخارج.', 'موقوفون في الخلية'],
    ['وقال ناجون إن القارب غرق بعد ساعات من الإبحار.', 'ناجون'],
    ['ويقول لاجئون في المخيم إن المساعدات توقفت.', 'لاجئون في المخيم'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
  });

  it('a figure of them, or a body that looks after them, is no group speaking', () => {
    expect(marksOf('وقدر المسؤول عدد النازحين بمليون شخص.', 'anonymous')).toEqual([]);
    expect(
      marksOf(
        'وقال أحمد علي، المتحدث باسم مفوضية الأمم المتحدة لشؤون اللاجئين: إن المخيم ممتلئ.',
        'anonymous',
      ),
    ).toEqual([]);
  });
});

describe('a spokesperson or official who could not be reached (لم يتسن الوصول إلى المتحدث)', () => {
  it.each([
    'ولم يتسن الوصول إلى المتحدث باسم الشرطة.',
    'ولم يتسن الوصول إلى أي مسؤول في الوزارة.',
    'ولم يتمكن المراسل من الوصول إلى ممثلي الشركة.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').explanation).toMatch(/could not be reached/);
  });

  it('rescuers who could not reach a village are no silent party', () => {
    expect(marksOf('ولم يتسن لفرق الإنقاذ الوصول إلى القرية.', 'no_comment')).toEqual([]);
  });
});

describe('one of the unnamed group speaks on (وقال أحدهما)', () => {
  it.each([
    'ونقلت الوكالة عن مصدرين أن الصفقة تعثرت. وقال أحدهما إن الخلاف على السعر.',
    'وقال شهود إن الانفجار كان قويا. وأضاف أحدهم أن النوافذ تحطمت.',
    'وأكدت مصادر أمنية أن الحدود أغلقت. وقالت إحداها إن البحث مستمر.',
  ])('%s', (text) => {
    const marks = marksOf(text, 'anonymous');
    expect(marks).toHaveLength(2);
    expect(marks[1]?.explanation).toMatch(/Continues/);
  });

  it("one of a named speaker's company is no unnamed source", () => {
    expect(
      marksOf('وقال الوزير محمد علي إن الصفقة تعثرت. وقال أحدهم إن الخلاف على السعر.', 'anonymous'),
    ).toEqual([]);
  });
});

describe('posts and columns as statements (وكتب مغردون أن)', () => {
  it.each([
    ['وكتب مغردون على منصة إكس أن الانفجار كان مدويا.', 'مغردون'],
    ['ويكتب محللون أن الأزمة طويلة.', 'محللون'],
    ['وكتب مسؤول في الوزارة على حسابه أن القرار نهائي.', 'مسؤول في الوزارة'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
  });
});

describe('the source shown stops before an outlet of several words it spoke to', () => {
  it.each([
    ['وقال شهود لبي بي سي إن القوات أطلقت النار.', 'شهود'],
    ['وقال مسؤول إسرائيلي للقناة 12 الإسرائيلية إن العملية ستستمر.', 'مسؤول إسرائيلي'],
    ['وأكد مصدر أمني لسكاي نيوز عربية أن المشتبه به اعتقل.', 'مصدر أمني'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
  });
});

describe("an agency whose name is also a place, after a dateline's dash (القدس - الأناضول)", () => {
  it.each(['القدس المحتلة - الأناضول', 'أنقرة-الأناضول', 'إسطنبول – الأناضول'])('%s', (text) => {
    expect(only(text, 'wire').outlets).toEqual(['anadolu']);
  });

  it('a dateline that ends with a city names the outlet before it, not the city', () => {
    expect(only('عين اليوم – الرياض', 'wire').outlets).toEqual(['3alyoum']);
  });
});

describe('silences in the wire house style: neither confirmed nor denied, no comment at hand, rarely comments', () => {
  it.each([
    ['ولم تؤكد الوزارة أو تنف هذه الأنباء.', 'الوزارة'],
    ['ولم ينف الجيش ولم يؤكد هذه المعلومات.', 'الجيش'],
    ['ولم تؤكد الشركة ولم تنف ما نشر عن الصفقة.', 'الشركة'],
  ])('%s', (text, party) => {
    const mark = only(text, 'no_comment');
    expect(mark.source).toBe(party);
    expect(marksOf(text, 'denial')).toEqual([]);
  });

  it.each([
    'ولم يكن لدى البيت الأبيض تعليق فوري.',
    'ولم يكن لدى المتحدث أي تعليق على ذلك.',
    'ونادرا ما تعلق إسرائيل على مثل هذه الضربات.',
    'ولا تعلق إسرائيل عادة على تقارير من هذا النوع.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').kind).toBe('no_comment');
  });

  it('a plain "did not deny" is neither a denial nor a silence (ANNOTATION.md)', () => {
    expect(marksOf('ولم ينف الوزير الاتهامات.', 'no_comment')).toEqual([]);
    expect(marksOf('ولم ينف الوزير الاتهامات.', 'denial')).toEqual([]);
  });
});

describe('the source shown stops before a negated clause about it, unless that clause only says it is unnamed', () => {
  it.each([
    ['ونقلت الوكالة عن مصدر مطلع لم تكشف عن هويته قوله إن الوفد وصل.', 'مصدر مطلع'],
    ['وقال مصدر مسؤول في الحركة لم يتم تسميته إن الاجتماع انتهى.', 'مصدر مسؤول في الحركة'],
    ['ونقلت الوكالة عن مصدر لم تسمه بوزارة الخارجية أن الرد وصل.', 'مصدر لم تسمه بوزارة الخارجية'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
  });
});

describe('Al Ekhbariya, named only with its outlet noun (الإخبارية is also "news")', () => {
  it('is credited after قناة, and continued by القناة', () => {
    const marks = marksOf(
      'وبثت قناة الإخبارية السعودية مشاهد من داخل المسجد. ونشرت القناة أن هناك عدة نقاط أمنية.',
      'wire',
    );
    expect(marks.map((m) => m.outlets)).toEqual([['alekhbariya'], ['alekhbariya']]);
  });

  it('news sites (المواقع الإخبارية) are not the channel', () => {
    expect(marksOf('وذكرت المواقع الإخبارية أن الاجتماع تأجل.', 'wire')).toEqual([]);
  });
});

describe('a group whose members are named right after it is no unnamed source', () => {
  it.each([
    'وأكد المواطنون عبدالله سرور، ومحمد الرضواني أنهم انتظروا ساعات.',
    'وقال السكان خالد الغامدي وسعد القحطاني إن الانتظار طال.',
    'وأوضح الأهالي عبدالرحمن العتيبي وفهد الشمري أن الطريق مغلق.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('an unnamed group is still one', () => {
    expect(only('وقال مواطنون إن الكهرباء انقطعت.', 'anonymous').source).toBe('مواطنون');
  });
});

describe('a complaint voiced by an unnamed group (تذمر أهالي، شكا مواطنون)', () => {
  it.each([
    ['وتذمر أهالي الحي من انقطاع المياه منذ أسبوع.', 'أهالي الحي'],
    ['مواطنون يشكون تأخر صرف التعويضات', 'مواطنون'],
    ['واشتكى سكان القرية من سوء حالة الطريق.', 'سكان القرية'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
  });

  it('an ailment complained of is no claim', () => {
    expect(marksOf('وبدأ كثير من السكان يشتكون من أعراض غريبة.', 'anonymous')).toEqual([]);
  });
});

describe('North African, Levantine and Yemeni outlets, and a dateline whose dash is a tatweel', () => {
  it.each([
    ['الرباط – هسبريس', 'hespress'],
    ['وذكر موقع سودان تربيون أن المفاوضات انهارت.', 'sudantribune'],
    ['وقال مصدر لموقع المصدر أونلاين إن القتال توقف.', 'almasdaronline'],
    ['وأفاد موقع مدى مصر بأن الصحفي أفرج عنه.', 'madamasr'],
    ['بيروت ـ «القدس العربي»: أعلن الجيش اعتقال مسلحين.', 'alquds'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it('"together" and "the source" alone are no outlets', () => {
    expect(marksOf('وقال المصدر إن الطرفين سيعملان معا.', 'wire')).toEqual([]);
  });
});

describe("the press a source told is the verb's object, not part of the source (أبلغ مسؤولون الصحفيين)", () => {
  it.each([
    ['وأبلغ مسؤولون أمريكيون الصحفيين بأن الضربة كانت محدودة.', 'مسؤولون أمريكيون'],
    ['وأخبر دبلوماسي غربي المراسلين أن المحادثات متعثرة.', 'دبلوماسي غربي'],
    ['وأبلغ مصدر أمني الصحافيين أن المشتبه به اعتقل.', 'مصدر أمني'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
  });
});

describe('the source shown stops where it asks not to be named (مسؤول محلي فضل عدم ذكر اسمه)', () => {
  it.each([
    ['وقال مسؤول محلي فضل عدم ذكر اسمه إن المدينة محاصرة.', 'مسؤول محلي'],
    ['وأكد مسؤول تركي رفض الكشف عن هويته أن الهجوم أحبط.', 'مسؤول تركي'],
    ['وقال مسؤولون في الحركة رفضوا الكشف عن أسمائهم إن الوفد غادر.', 'مسؤولون في الحركة'],
  ])('%s', (text, source) => {
    expect(marksOf(text, 'anonymous')[0]?.source).toBe(source);
  });
});

describe('exile and documents: no denial, no silence (نُفي الشاعر إلى، لم يحدد الدستور)', () => {
  it.each(['ونفي الشاعر إلى جزيرة نائية عام 1920.', 'ونفي أحمد شوقي إلى الأندلس.'])('%s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });

  it('a party that denies a trip abroad still denies', () => {
    expect(only('ونفى الوزير سفره إلى الخارج.', 'denial').kind).toBe('denial');
  });

  it.each([
    'ولم يحدد الدستور مدة ولاية الرئيس.',
    'ولم يحدد القانون سقفا للغرامة.',
    'ولم تحدد الاتفاقية موعد الانسحاب.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });

  it('a ministry that leaves a date open still withholds it', () => {
    expect(only('ولم تحدد الوزارة موعد الامتحانات.', 'no_comment').source).toBe('الوزارة');
  });
});

describe('an unnamed source that adds, goes on or concludes (وزاد، ومضى يقول، واختتم حديثه)', () => {
  it.each([
    'وقال مصدر مطلع إن الاجتماع تأجل. وزاد: الحل قريب.',
    'وقال مسؤول أمريكي إن الضربة محدودة. ومضى يقول إن الرد سيكون محسوبا.',
    'وقال مصدر أمني إن الحدود أغلقت. واختتم حديثه بالقول إن الوضع تحت السيطرة.',
    'وقال مصدر أمني إن الحدود أغلقت. وتابع حديثه بالقول إن الوضع تحت السيطرة.',
  ])('%s', (text) => {
    const marks = marksOf(text, 'anonymous');
    expect(marks).toHaveLength(2);
    expect(marks[1]?.explanation).toMatch(/Continues/);
  });

  it('a number that grew, or a visit concluded, is nobody speaking', () => {
    expect(marksOf('وقال مصدر إن الاجتماع تأجل. وزاد عدد القتلى إلى عشرة.', 'anonymous')).toHaveLength(1);
    expect(marksOf('وختم الوزير زيارته أمس.', 'anonymous')).toEqual([]);
  });
});

describe("a national agency called وكالة الأنباء + its country gets the agency's own id", () => {
  it.each([
    ['وذكرت وكالة الأنباء التونسية أن الرئيس وصل.', 'tap'],
    ['وذكرت وكالة الأنباء الإيرانية أن الوزير غادر.', 'irna'],
    ['وأفادت وكالة الأنباء الجزائرية بأن الحكومة اجتمعت.', 'aps'],
    ['وذكرت وكالة ميزان التابعة للقضاء أن الحكم صدر.', 'mizan'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it('the trade balance is no agency', () => {
    expect(marksOf('وسجل الميزان التجاري عجزا.', 'wire')).toEqual([]);
  });
});

describe('no denial at all is no denial (ولم يصدر أي نفي)', () => {
  it.each([
    'ولم يصدر أي نفي رسمي للخبر.',
    'ولم يصدر عن الوزارة أي نفي للتقرير.',
    'وجاء ذلك دون أي نفي من الحكومة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });

  it('denying any link is a denial', () => {
    expect(only('ونفى الوزير أي علاقة له بالحادث.', 'denial').source).toBe('الوزير');
  });
});

describe('the outlet that asked for a comment, answered or not', () => {
  it.each([
    ['ولم ترد وزارة المالية على طلب من رويترز للتعليق على الأرقام.', 'reuters'],
    ['ولم يرد المتحدث باسم الجيش على اتصالات رويترز المتكررة.', 'reuters'],
    ['ولم يستجب المصرف المركزي لطلبات وكالة بلومبرغ للتعليق.', 'bloomberg'],
    ['ولم ترد الشركة المشغلة على طلب بي بي سي للتعليق على نتائج الفحص.', 'bbc'],
    ['ولم تحصل «عكاظ» على رد من إدارة المستشفى حتى مساء أمس.', 'okaz'],
    ['وحاولت «العربية» التواصل مع البلدية للحصول على تعليق دون جدوى.', 'alarabiya'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toContain(outlet);
  });

  it('a request of another kind, or an award won, is no credit', () => {
    expect(marksOf('ورفضت المحكمة طلب «الجزيرة» استئناف البث من القاهرة.', 'wire')).toEqual([]);
    expect(marksOf('وحاولت الحكومة إغلاق مكتب رويترز في العاصمة.', 'wire')).toEqual([]);
  });
});

describe('two outlets under one noun in the dual, or joined by و to a credited one', () => {
  it.each([
    ['وذكرت صحيفتا «هآرتس» و«معاريف» أن الحكومة أرجأت التصويت.', ['haaretz', 'maariv']],
    ['وهو ما أكدته أيضا صحيفتا «هآرتس» و«يديعوت أحرونوت».', ['haaretz', 'yediot']],
    ['ونقلت وكالتا رويترز وفرانس برس عن الشرطة أن الانفجار وقع فجرا.', ['reuters', 'afp']],
    ['وبثت قناتا «الجزيرة» و«العربية» صورا من موقع الحريق.', ['aljazeera', 'alarabiya']],
  ])('%s', (text, outlets) => {
    expect(only(text, 'wire').outlets).toEqual(outlets);
  });
});

describe('an agency called by its country, Israel’s channels by their number, a byline after the colon', () => {
  it.each([
    ['وأضافت الوكالة الفرنسية أن المحتجين أغلقوا الطرق المؤدية إلى الميناء.', 'afp'],
    ['ونقلت الوكالة الألمانية عن الشرطة أن الموقوفين ثلاثة.', 'dpa'],
    ['وأشارت القناة 13 إلى أن القرار اتخذ دون تصويت في الحكومة.', 'channel13'],
    ['وبثت القناة الـ12 تقريرا مطولا عن الصفقة.', 'channel12'],
    [
      'الرياض: «الوطن» - تعتزم هيئة الطيران المدني طرح رخصة جديدة لشركة طيران اقتصادي تنطلق من مطار المدينة.',
      'alwatan',
    ],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('the agency as a place or a topic is no credit', () => {
    expect(marksOf('وأغلقت السلطات مكتب الوكالة الفرنسية في العاصمة.', 'wire')).toEqual([]);
    expect(
      marksOf(
        'جدة: محمد العتيبي - أعلنت الهيئة طرح رخصة جديدة لشركة طيران تنطلق من مطار المدينة قريبا.',
        'wire',
      ),
    ).toEqual([]);
  });
});

describe('documents and figures in circulation called fabricated or untrue; what went round refuted', () => {
  it.each([
    ['وقالت الرئاسة إن الوثيقة المتداولة على مواقع التواصل «مفبركة بالكامل».', 'مفبركة'],
    ['وأكد المصرف أن المستندات المنشورة باسمه مزورة وملفقة.', 'ملفقة'],
    ['وأوضحت الوزارة أن الأرقام المتداولة عن عدد الضحايا «مبالغ فيها وغير صحيحة».', 'غير صحيحة'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toContain(cue);
  });

  it.each([
    'ودحض المتحدث ما انتشر عن إغلاق المعبر الحدودي.',
    'وفند المدير ما راج من أنباء عن إفلاس الشركة.',
    'وكذب النادي ما شاع عن رحيل مدربه.',
  ])('%s', (text) => {
    expect(only(text, 'denial').explanation).toMatch(/refutes/);
  });

  it('a message called misleading by a columnist, or false news as the offence charged, is no denial', () => {
    expect(marksOf('وهي رسالة مغلوطة يبثها الإعلان كل مساء.', 'denial')).toEqual([]);
    expect(marksOf('وصدر عفو عن مدونين سجنوا بتهمة نشر أخبار كاذبة.', 'denial')).toEqual([]);
    expect(marksOf('وحوكم الناشط بتهمة ترويج شائعات مغرضة.', 'denial')).toEqual([]);
    // …but a party accusing an outlet of false news does deny it.
    expect(only('واتهم الوزير القناة ببث أخبار كاذبة عن وزارته.', 'denial').cue.text).toBe('كاذبة');
  });

  it('a plea of innocence with the party named at length, and people exiled in numbers', () => {
    expect(only('ودفع رجل الأعمال المعروف سامي الحداد ببراءته من تهم غسل الأموال.', 'denial')).toBeDefined();
    expect(marksOf('وفي عام 1920 نفت السلطات عشرات من زعماء القبائل إلى جزيرة نائية.', 'denial')).toEqual([]);
    expect(marksOf('ونفى الاحتلال المئات من الأهالي إلى خارج البلاد.', 'denial')).toEqual([]);
    expect(only('ونفى الوزير سفره إلى الخارج الشهر الماضي.', 'denial')).toBeDefined();
  });
});

describe('reports that are the object, not the origin', () => {
  it.each([
    'وطالب نواب الحكومة بنفي أو تأكيد الأنباء عن بيع الشركة.',
    'ودعت النقابة إلى تكذيب التقارير المتداولة.',
    'ونفت الشركة نيتها الانسحاب، ووصفت الشائعات بهذا الخصوص بأنها مغرضة.',
    'وسجن الصحافي بتهمة نشر أخبار كاذبة.',
    'ولم يرد ذكر لملف المعتقلين في البيان الختامي.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('reports that speak are still the origin', () => {
    expect(only('وأكدت الأنباء أن الاجتماع تأجل إلى الأسبوع المقبل.', 'anonymous')).toBeDefined();
    expect(only('ووصفت تقارير إعلامية الوضع في المدينة بأنه كارثي.', 'anonymous')).toBeDefined();
  });
});

describe('a refusal with an aside between the party and what it declined; a standing policy in its own words', () => {
  it.each([
    ['ورفض المحامي سامر خليل، وكيل الدفاع عن المتهمين، الخوض في تفاصيل القضية.', 'رفض'],
    ['وامتنع مسؤول في الوزارة، طلب عدم ذكر اسمه، عن تحديد موعد للاجتماع.', 'امتنع'],
    ['وقال البنك إنه «لا يعلق على حسابات عملائه».', 'لا يعلق'],
    ['وأكدت ناطقة باسم المحكمة أن المحكمة «لا تعلق على التحقيقات الجارية في أي بلد».', 'لا تعلق'],
    ['وأوضح متحدث باسم الشركة أن الإدارة «ليست في وضع يسمح لها بالتعليق» قبل انتهاء التدقيق.', 'ليست في وضع'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toContain(cue);
  });

  it('attaching importance, or hanging hopes, is no comment withheld', () => {
    expect(marksOf('وقال إن الحكومة لا تعلق أهمية كبيرة على هذه الاجتماعات.', 'no_comment')).toEqual([]);
    expect(marksOf('وقال إن الحكومة لا تعلق على الاجتماع آمالا كبيرة.', 'no_comment')).toEqual([]);
    expect(marksOf('ورفض الوزير الاتهامات، وقال إن الرد عليها مضيعة للوقت.', 'no_comment')).toEqual([]);
  });
});

describe('calls and questions left unanswered, requests ignored, answers never given', () => {
  it.each([
    ['وظلت رسائل الصحيفة إلى المتحدث باسم الوزارة دون رد حتى مساء أمس.', 'ظلت'],
    ['وبقيت اتصالاتنا بإدارة المطار من دون جواب.', 'بقيت'],
    ['لكن اتصالاتها بالمكتب ظلت بلا رد طوال اليوم.', 'ظلت'],
    ['ولم يصدر عن إدارة الشركة أي تعقيب على الدعوى.', 'لم يصدر'],
    ['ولا يصدر عن السفارة أي تعليق على مثل هذه التقارير.', 'لا يصدر'],
    ['واكتفى المتحدث بالقول إن بيانا سيصدر لاحقا، من دون أن يجيب عن أسئلة الصحفيين.', 'دون أن يجيب'],
    ['وتجاهلت الوزارة طلبا من الصحيفة للتعليق على الأرقام.', 'تجاهلت'],
    ['ولم تتجاوب الشركة مع طلب «عكاظ» للحصول على توضيح.', 'لم تتجاوب'],
    ['وتعذر الاتصال بمسؤولي الهيئة للاستفسار عن أسباب التأخير.', 'تعذر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toContain(cue);
  });

  it('suspending sessions or membership is no silence', () => {
    expect(marksOf('ولم يعلق البرلمان جلساته رغم الاحتجاجات.', 'no_comment')).toEqual([]);
    expect(marksOf('ولم تعلق النقابة عضويتها في الاتحاد.', 'no_comment')).toEqual([]);
  });
});

describe('declining in other words: preferring not to, keeping away from, withholding identities and details', () => {
  it.each([
    ['وآثر المتحدث باسم الخارجية عدم الخوض في تفاصيل المحادثات.', 'آثر'],
    ['ونأى ناطق باسم المصرف بنفسه عن التعليق على التقارير.', 'نأى'],
    ['وتحفظت النيابة على كشف هويات الموقوفين.', 'تحفظت'],
    ['وقال مدير الشركة: «لن أدخل في هذه التفاصيل الآن».', 'لن أدخل'],
    ['وامتنعت الشرطة عن كشف مزيد من التفاصيل حول المشتبه به.', 'امتنعت'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toContain(cue);
  });
});

describe('more ways an outlet is credited or asks', () => {
  it.each([
    ['وفق ما أفاد به موقع «هسبريس» الإخباري، فإن الشبكة فككت.', 'hespress'],
    ['وتفيد المعلومات التي استقتها «الأخبار» من أوساط سياسية بأن الوساطة تعثرت.', 'alakhbar'],
    ['وفي حديث خص به «القدس العربي»، قال القيادي إن المفاوضات متعثرة.', 'alquds'],
    ['جدة – «المدينة»: أطلقت الهيئة حزمة جديدة من الاشتراطات لحماية المسافرين عند تأخر الرحلات.', 'almadina'],
    ['وتجاهلت البعثة طلبا من «رويترز» للتعليق على التقارير.', 'reuters'],
    ['ووجهت «دويتشه فيله» أسئلة مكتوبة إلى الوزارة ولم تتلق إجابة.', 'dw'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('the news item is no Algerian paper unless the text says which', () => {
    expect(marksOf('رابط الخبر في الصفحة الأولى.', 'wire')).toEqual([]);
    expect(only('وذكرت صحيفة الخبر الجزائرية أن الحكومة ستقرر.', 'wire').outlets).toEqual(['elkhabar']);
  });
});

describe('nothing but lies, a statement disowned, a source identified right after', () => {
  it.each([
    'وقال الكرملين إن التقارير الغربية «ليست سوى تلفيقات».',
    'وما هذه إلا شائعات يروجها خصوم الحكومة.',
    'وأكد الحزب أن ما نشر ليس إلا أكاذيب.',
    'وتبرأت الحركة من البيان المنسوب إليها على مواقع التواصل.',
  ])('%s', (text) => {
    expect(only(text, 'denial')).toBeDefined();
  });

  it('a source named right after, between commas, is not unnamed', () => {
    const text = 'وأوضح مصدر داخل إدارة النادي، هو نائب الرئيس عادل الفاسي، أن النادي سيتقدم بشكوى.';
    expect(marksOf(text, 'anonymous')).toEqual([]);
    expect(
      only('وأوضح مصدر داخل إدارة النادي، هو الثاني خلال أسبوع، أن النادي سيتقدم بشكوى.', 'anonymous'),
    ).toBeDefined();
  });
});

describe('a group that opens the sentence and a participle that carries its claim', () => {
  it.each([
    ['وطالب سكان الحي بإصلاح الطريق، مشيرين إلى أن الحفر تسببت في حوادث.', 'سكان'],
    ['وانتقد متابعون قرار إقالة المدرب، معتبرين أن الخطوة متسرعة.', 'متابعون'],
    ['واشتكى موظفون من تأخر الرواتب، مؤكدين أن الإدارة تكتفي بالوعود.', 'موظفون'],
    ['ويقول عدد من أولياء الأمور إن الحافلات تتأخر كل صباح.', 'أولياء'],
  ])('%s', (text, group) => {
    expect(only(text, 'anonymous').cue.text).toContain(group);
  });

  it('a group with no claim, or a participle that is not about saying, is no source', () => {
    expect(marksOf('وطالب المواطنون بإنشاء مركز صحي في القرية.', 'anonymous')).toEqual([]);
    expect(marksOf('وزار الأمير أولياء الله الصالحين في المقبرة.', 'anonymous')).toEqual([]);
    expect(marksOf('وطالب سكان الحي بإصلاح الطريق، مستعدين للمساهمة في التكاليف.', 'anonymous')).toEqual([]);
  });
});

describe('circulated messages denied; reports after a negated or coordinated verbal noun', () => {
  it.each([
    'وكذبت إدارة التعليم رسالة متداولة تزعم تعليق الدراسة غدا.',
    'وأكد المتحدث باسم المرور أن الرسالة المتداولة عن رفع قيمة المخالفة غير صحيحة.',
    'ووصف المستشفى التغريدات المتداولة عن وفاة المريض بأنها مفبركة.',
  ])('%s', (text) => {
    expect(only(text, 'denial')).toBeDefined();
  });

  it.each([
    'ورفض المتحدث تأكيد أو نفي الأنباء عن نقل السوق.',
    'ودعا المدير إلى عدم تداول الشائعات حول الحادثة.',
    'وحث الأهالي على عدم نشر الأخبار غير الموثقة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a dateline with no colon, a headline passing on sources, an outlet briefed', () => {
  it.each([
    [
      'الكويت - كونا - أعلنت مؤسسة البترول توقيع عقد جديد لتطوير حقول النفط الثقيل في شمال البلاد مع شركة أجنبية.',
      'kuna',
    ],
    [
      'بغداد / الأناضول – أعلنت هيئة الحشد نشر ثلاثة ألوية إضافية على الحدود لمنع تسلل المسلحين إلى المدن القريبة.',
      'anadolu',
    ],
    [
      'أ ف ب - أعلن الاتحاد الأوروبي تخصيص مساعدات إضافية للاجئين في تشاد وجنوب السودان خلال العام الجاري كله.',
      'afp',
    ],
    ['رويترز عن مصادر: الرياض تطلب من شركائها تسريع إعادة البراميل المخفضة إلى السوق', 'reuters'],
    ['وأطلع مصدر في الوفد المفاوض «الجزيرة نت» على تفاصيل المقترح الجديد.', 'aljazeera'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('a city before a dash is no outlet, even one that names a paper', () => {
    expect(
      marksOf(
        'الرياض - أعلنت الوزارة اليوم عن خطة جديدة لتطوير النقل العام في المدن الكبرى خلال العام المقبل.',
        'wire',
      ),
    ).toEqual([]);
  });
});

describe('delegates, and a name held back with حجب', () => {
  it.each([
    ['وتوقع مندوبون في أوبك+ أن يتفق التحالف على تمديد التخفيضات.', 'مندوبون'],
    ['وقال مندوب لدى المنظمة إن التصويت أرجئ.', 'مندوب'],
    ['وقال والد أحد المفقودين، الذي طلب حجب اسمه، إن ابنه اتصل به قبل الإبحار.', 'حجب'],
  ])('%s', (text, cue) => {
    const mark = only(text, 'anonymous');
    expect(`${mark.cue.text} ${mark.source ?? ''} ${mark.explanation}`).toMatch(
      cue === 'حجب' ? /named/ : new RegExp(cue),
    );
  });
});

describe('declining politely, answering none of the questions, not having answered by press time', () => {
  it.each([
    ['واعتذر مدير الشؤون الصحية عن التعليق على نتائج التحقيق.', 'اعتذر'],
    ['وتواصلت الصحيفة مع إدارة المدرسة، غير أنها اعتذرت عن الرد.', 'اعتذرت'],
    ['وأحجم مدير المرور عن ذكر أسماء الشركات المخالفة.', 'أحجم'],
    ['ولم يجب الناطق باسم الوزارة عن أسئلة الصحيفة بخصوص عدد المبعدين.', 'لم يجب'],
    ['وحتى مثول الصحيفة للطبع، لم تكن الهيئة قد ردت على الاستفسارات المرسلة إليها.', 'لم تكن'],
    ['ولم يشأ وكيل الوزارة المساعد للشؤون الفنية المهندس سالم الراشد الخوض في تفاصيل الاتفاق.', 'لم يشأ'],
    ['ولم تصدر الوزارة أي نفي أو تأكيد رسمي للأنباء المتداولة.', 'لم تصدر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toContain(cue);
  });
});

describe('told an outlet a denial or a refusal; Gulf papers; documents called untrue; a slander', () => {
  it.each([
    ['ونفى المتحدث باسم الأمانة لـ«عكاظ» صحة الأنباء المتداولة عن رسوم جديدة.', 'okaz'],
    ['وكان رئيس البلدية قد رفض التعليق لـ«الرؤية» على تعثر المشروع.', 'alroeya'],
    ['ولم يرد المدعى عليه على رسائل «الإمارات اليوم» للتعليق على الحكم.', 'emaratalyoum'],
    ['وتعذر على «البيان» الوصول إلى أي مسؤول في الشركة للتعليق.', 'albayan'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'وأكدت وزارة الداخلية عدم صحة الوثيقة المسربة بشأن التأشيرات.',
    'واعتبرت إدارة النادي أن الاتهامات التي وجهها وكيل اللاعب افتراء لا أساس له.',
    'وأكد المتحدث عدم صحة الخطاب المتداول باسم الوزارة.',
  ])('%s', (text) => {
    expect(only(text, 'denial')).toBeDefined();
  });

  it('forged diplomas in a crime report, or the vision as a word, are neither', () => {
    expect(marksOf('وقبض على المالك بتهمة بيع شهادات دراسية مزورة.', 'denial')).toEqual([]);
    expect(marksOf('وتحقق الرؤية أهدافها في السنوات المقبلة.', 'wire')).toEqual([]);
  });
});

describe('the people of local news, unnamed and indefinite, voicing a view or a complaint', () => {
  it.each([
    ['وقال طلاب في الجامعة إن جدول الاختبارات جاء مضغوطا.', 'طلاب'],
    ['واشتكى معتمرون من طول الانتظار في صالات القدوم.', 'معتمرون'],
    ['ويرى مستثمرون في قطاع التجزئة أن القرار سيرفع التكاليف.', 'مستثمرون'],
    ['وأكد مزارعون في المنطقة أن تأخر الدعم أضر بالموسم.', 'مزارعون'],
    ['وأبدى معلمون تذمرهم من كثرة المهام الإدارية.', 'معلمون'],
    ['وبحسب ما أفاد به مهتمون بالشأن التعليمي، فإن النتائج ستتأخر.', 'مهتمون'],
  ])('%s', (text, group) => {
    expect(only(text, 'anonymous').cue.text).toContain(group);
  });

  it('the students or visitors the story is about, and people one stands among, are no source', () => {
    expect(marksOf('وقال الطلاب إن الاختبار كان سهلا.', 'anonymous')).toEqual([]);
    expect(marksOf('وانفجرت العبوة وسط مجموعة من طلاب الأكاديمية.', 'anonymous')).toEqual([]);
    expect(marksOf('وأعلنت الرئاسة خطة لخدمة المعتمرين والزوار.', 'anonymous')).toEqual([]);
  });
});

describe('observers who noticed something or read a stance, unnamed', () => {
  it.each([
    ['ولاحظ مراقبون أن الحكومة خفضت الإنفاق على المشاريع الجديدة.', 'مراقبون'],
    ['لكن محللين لاحظوا أن الأسواق لم تتأثر بالقرار.', 'محللين'],
    ['ويلاحظ متابعون للشأن المحلي أن المجلس لم يجتمع منذ أشهر.', 'متابعون'],
    ['وفسر مراقبون صمت الوزارة بأنه موافقة ضمنية.', 'مراقبون'],
    ['ويفسر خبراء تراجع المبيعات بارتفاع أسعار الفائدة.', 'خبراء'],
  ])('%s', (text, group) => {
    expect(only(text, 'anonymous').cue.text).toContain(group);
  });

  it('no one noticing is no source, nor a named observer', () => {
    expect(marksOf('ومرت الصفقة دون أن يلاحظ أحد إلى حد كبير تفاصيلها.', 'anonymous')).toEqual([]);
    expect(marksOf('وانتهى الاجتماع دون أن يذكر أحد على الإطلاق موعد الانتخابات.', 'anonymous')).toEqual([]);
    expect(marksOf('ولاحظ الوزير خالد العتيبي أن المشاريع تأخرت.', 'anonymous')).toEqual([]);
  });
});

describe("an outlet's own reporting tour, and a paper's pages under their own name", () => {
  it.each([
    ['وفي جولة لـ«عكاظ» على الأسواق، رصدت ارتفاعا في أسعار الخضار.', 'okaz'],
    ['وخلال جولة لوكالة الأنباء السعودية في المحافظة، تبين أن المشروع اكتمل.', 'spa'],
    ['وفي جولة ميدانية لـ"الوطن" شوهدت طوابير طويلة أمام المخابز.', 'alwatan'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'وعلمت «دنيا الرياضة» أن النادي أنهى التعاقد مع المدرب.',
    'وقال مدرب النادي لـ"دنيا الرياضة" إن الفريق يحتاج إلى مهاجم.',
    'وكانت «دنيا الرياضة» قد نشرت تفاصيل العرض الأسبوع الماضي.',
  ])('%s', (text) => {
    expect(only(text, 'wire').outlets).toEqual(['alriyadh']);
  });

  it('a tour of an outlet, or a world of sport, is no credit', () => {
    expect(marksOf('وقام الوفد بجولة في مقر قناة «العربية» بدبي.', 'wire')).toEqual([]);
    expect(marksOf('وتغيرت دنيا الرياضة كثيرا في العقد الأخير.', 'wire')).toEqual([]);
  });
});
