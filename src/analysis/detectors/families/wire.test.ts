/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project, so that a rule names the construction, not one sentence. Here: outlets credited: missing from the registry, by country, by their writers, datelines, asking for comment.
 */
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

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

describe("an agency whose name is also a place, after a dateline's dash (القدس - الأناضول)", () => {
  it.each(['القدس المحتلة - الأناضول', 'أنقرة-الأناضول', 'إسطنبول – الأناضول'])('%s', (text) => {
    expect(only(text, 'wire').outlets).toEqual(['anadolu']);
  });

  it('a dateline that ends with a city names the outlet before it, not the city', () => {
    expect(only('عين اليوم – الرياض', 'wire').outlets).toEqual(['3alyoum']);
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
    ['وهو ما أكدته أيضا صحيفتا «هآرتس» و«يديعوت أحرونوت».', ['haaretz', 'yedioth']],
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

describe("an outlet's photographer, and a copy the outlet obtained (تحصلت)", () => {
  it.each([
    ['وتجمع نحو ألفي شخص في الساحة، حسب تقديرات مصور وكالة فرانس برس.', 'afp'],
    ['وقال مصور «رويترز» إن الدخان غطى الحي بأكمله.', 'reuters'],
    ['وبحسب مصوري وكالة الأناضول، فإن الحشود امتدت إلى الشوارع المجاورة.', 'anadolu'],
    ['ووفقا لوثيقة تحصلت «عكاظ» على نسخة منها، فإن المشروع تأخر عامين.', 'okaz'],
    ['وتحصلت «الوطن» على تفاصيل الاتفاق الذي وقع أمس.', 'alwatan'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('a foreign name of several words written with the Arabic article on its first', () => {
  it.each([
    ['وذكرت صحيفة النيويورك تايمز أن المفاوضات استؤنفت.', 'nyt'],
    ['وبحسب الواشنطن بوست، فإن الإدارة تدرس الخيارات.', 'wapo'],
    ['وقالت البي بي سي إن مراسلها منع من دخول المدينة.', 'bbc'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('an outlet missing from the registry, named after two outlet nouns (موقع صحيفة «…»)', () => {
  it.each([
    ['وذكر موقع صحيفة «ستار تربيون» أن الرحلة كانت قانونية.', 'startribune'],
    ['وقالت شبكة تلفزيون «كانال بلوس» إن البث توقف.', 'kanalblws'],
    ['وذكر موقع مجلة «لوبوان» أن الوزير استقال.', 'lwbwan'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('China Central Television by its Arabic name or its letters', () => {
  it.each([
    'وقال تلفزيون الصين المركزي إن الفيضانات شردت الآلاف.',
    'وذكر تلفزيون الصين المركزي (سي.سي.تي.في) أن الرحلة ألغيت.',
    'وبث تلفزيون الصين المركزي لقطات للحريق.',
  ])('%s', (text) => {
    expect(only(text, 'wire').outlets).toEqual(['cctv']);
  });
});

describe('a phrase after a preposition is no foreign outlet name (مندوب بالمنظمة)', () => {
  it.each([
    'وقال مندوب بالمنظمة إنه لا يوجد مقترح لعقد اجتماع طارئ.',
    'وقال مندوب بالسفارة إن التأشيرات ستصدر الأسبوع المقبل.',
    'وذكر مندوب للهيئة أن التسجيل مستمر.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe("a paper's name with the article, or a site's name, between a reporting verb and the claim", () => {
  it.each([
    ['وكشفت صحيفة اللوموند الفرنسية أن المفاوضات تعثرت.', 'صحيفة اللوموند'],
    ['وذكرت جريدة الفيغارو أن الرئيس ألغى زيارته.', 'جريدة الفيغارو'],
    ['وأفادت مجلة الإيكونوميست بأن النمو سيتباطأ هذا العام.', 'مجلة الإيكونوميست'],
    ['وأفاد موقع بوليتيكو أن المجلس سيصوت الأسبوع المقبل.', 'موقع بوليتيكو'],
    ['وذكر موقع ديدلاين أن تصوير الفيلم سيبدأ في الربيع.', 'موقع ديدلاين'],
  ])('%s', (text, cue) => {
    const mark = only(text, 'wire');
    expect(mark.cue.text).toContain(cue);
    expect(mark.outlets?.[0]).toMatch(/^[a-z0-9]+$/);
  });

  it.each([
    'وبحسب صحيفة الدعوى فإن المتهم غادر البلاد قبل الحكم.',
    'وتضمنت صحيفة السوابق أن المتهم أدين مرتين.',
    'وأفاد موقع الوزارة بأن التسجيل يبدأ غدا.',
    'وذكر موقع الحادث أن الطريق أغلق.',
  ])('no outlet: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('an outlet named with the English article transliterated (ذي/ذا) before its Arabic name', () => {
  it.each([
    ['وقالت صحيفة ذي إندبندنت إن الحكومة ستعلن القرار غدا.', 'independent'],
    ['ورأت مجلة ذي إيكونوميست أن الأسواق ستتعافى.', 'economist'],
    ['وذكرت صحيفة ذا غارديان أن الوزير سيستقيل.', 'guardian'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('an outlet that gives its reason (برر) is credited, by name or as the outlet named before', () => {
  it.each([
    'وذكرت صحيفة الغارديان أن الوزير استقال. وبررت الصحيفة ذلك بأن التحقيق كشف مخالفات.',
    'وقالت وكالة رويترز إن الخبر صحيح. وبررت الوكالة تأخر النشر بأنها انتظرت تأكيدا ثانيا.',
    'ونشرت قناة العربية الصور. وبررت القناة بثها بأنها تهم الرأي العام.',
  ])('%s', (text) => {
    // Every sentence is credited: the second of two through the outlet named in the first.
    expect(marksOf(text, 'wire')).toHaveLength(text.split('. ').length);
  });
});

describe('international outlets Arabic news quotes, by their usual Arabic spellings', () => {
  it.each([
    ['وذكرت صحيفة ماركا أن النادي رفض العرض.', 'marca'],
    ['ونقلت مجلة كيكر عن مدير النادي أن اللاعب باق.', 'kicker'],
    ['وقالت شبكة إي إس بي إن إن المدرب سيعلن قائمته غدا.', 'espn'],
    ['وكشفت صحيفة خبر ترك أن المناقصة أرسيت على شركة محلية.', 'haberturk'],
    ['وأفاد موقع هوليوود ريبورتر بأن الفيلم سيعرض في الخريف.', 'hollywoodreporter'],
    ['وذكرت صحيفة «يديعوت أحرونوت» أن الحكومة ستجتمع.', 'yedioth'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'وصل الحجاج إلى مكة أمس.',
    'وأعلن البنك أرقام الربع الثاني أمس.',
    'وانطلق قطار الشرق إكسبريس من المحطة.',
  ])('no outlet: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('said in an interview held with the outlet, or on its air (مقابلة أجراها مع، قال … في إذاعة)', () => {
  it.each([
    ['وفي مقابلة أجراها مع وكالة الأنباء الألمانية، قال المدرب إن الفريق جاهز.', 'dpa'],
    ['وفي مقابلة أجرتها معه شبكة «سي إن إن»، قال الوزير إن المفاوضات مستمرة.', 'cnn'],
    ['وقال وزير الدفاع في إذاعة «آر تي إي» إن السفينة غرقت.', 'rte'],
    ['وقال رئيس الوزراء في تلفزيون «بلومبيرغ» إن النمو سيتباطأ.', 'bloomberg'],
    ['وصرح الوزير لشبكة «إم إس إن بي سي» بأنه بحث المسألة.', 'msnbc'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each(['وقال الوزير في قناة السويس إن السفن عبرت بسلام.', 'وأجرى الجيش تدريبات مشتركة في منطقة الحدود.'])(
    'no outlet: %s',
    (text) => {
      expect(marksOf(text, 'wire')).toEqual([]);
    },
  );
});

describe("an outlet's scoop, what came to light to it, and the outlet named before as the one informed", () => {
  it.each([
    ['وتتطابق هذه المعلومات مع ما انفردت به «الشرق الأوسط» أمس.', 'aawsat'],
    ['وهو ما انفردت به «عكاظ» في عددها الصادر أمس.', 'okaz'],
    ['وتكشفت لـ«الوطن» تفاصيل جديدة عن الصفقة.', 'alwatan'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'ونشرت صحيفة الغارديان التقرير أمس. وأبلغت مصادر مطلعة الصحيفة بأن الوزير سيستقيل.',
    'وذكرت وكالة رويترز أن السفينة غادرت. وأبلغ مسؤولون الوكالة بأن الرحلة ستستغرق يومين.',
    'وتحدثت قناة العربية عن الهجوم. وأبلغ شهود القناة أن الانفجار وقع فجرا.',
  ])('%s', (text) => {
    // The second sentence is credited too, to the outlet of the first.
    expect(marksOf(text, 'wire')).toHaveLength(2);
  });
});

describe("an outlet's headline, its scoop and what it obtained (عنونت، لانفراد، حصل الموقع على)", () => {
  it.each([
    ['وعنونت صحيفة ذي ستاندارد «كينيا هنا» مع صورة للرئيس.', 1],
    ['تأكيدا لانفراد «سبق» بالخبر، صدر القرار أمس.', 1],
    ['وأفاد موقع «أرقام» بأن الأرباح ارتفعت. وحصل الموقع على نسخة من التقرير.', 2],
    ['ويقول المحلل في مذكرة بحثية حصل «الشرق الأوسط» على نسخة منها إن النمو سيتباطأ.', 1],
  ])('%s', (text, n) => {
    expect(marksOf(text, 'wire')).toHaveLength(n);
  });
});

describe("a photo's credit opening its caption (أ.ب …، «الفرنسية» …، إ.ب.أ)", () => {
  it.each([
    ['أ.ب أطفال يلعبون في ساحة المدينة القديمة.', 'ap'],
    ['«الفرنسية» متظاهرون أمام مبنى البرلمان.', 'afp'],
    ['"رويترز" عمال بناء في الميناء.', 'reuters'],
    ['إ.ب.أ', 'epa'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each(['الفرنسية لغة رسمية في البلاد.', 'وتعلم الطلاب الفرنسية في المدرسة.'])(
    'a language: %s',
    (text) => {
      expect(marksOf(text, 'wire')).toEqual([]);
    },
  );
});

describe("an unregistered outlet's id in English where its name is English words written in Arabic", () => {
  it.each([
    ['وقال خبراء لصحيفة «ديلي ستار» إن الوسيلة بدائية.', 'dailystar'],
    ['ونقلت صحيفة «مونتريال جازيت» عن مصادر أن الطائرة هبطت.', 'montrealgazette'],
    ['وعنونت صحيفة ذي ستاندارد «كينيا هنا» مع صورة للرئيس.', 'standard'],
    ['وصرح الوزير لإذاعة «فرانس إنتر» بأنه سيحضر.', 'franceinter'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe("a footer's credit ends at the colon that opens the story's headline (رابط الخبر بصحيفة الوئام: …)", () => {
  it.each([
    ['رابط الخبر بصحيفة الوئام: أمطار على المدينة اليوم', 'alweeam'],
    ['رابط الخبر بصحيفة الوئام: فارس يفوز بسباق الهجن', 'alweeam'],
    ['رابط الخبر بصحيفة الوئام: زوار سوق عكاظ يتجاوزون المليون', 'alweeam'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('a footer with no headline after it still credits every outlet it names', () => {
    expect(only('المصدر: رويترز + الفرنسية', 'wire').outlets).toEqual(['reuters', 'afp']);
  });
});

describe("Reuters Arabic's name for RIA (وكالة الإعلام الروسية) is RIA", () => {
  it.each([
    'ونقلت وكالة الإعلام الروسية عن مسؤول في الكرملين أن القمة تأجلت.',
    'وقال الوزير لوكالة الإعلام الروسية إن المفاوضات مستمرة.',
    'كانت وكالة الإعلام الروسية قد ذكرت أمس أن الطائرة هبطت اضطراريا.',
  ])('%s', (text) => {
    expect(only(text, 'wire').outlets).toEqual(['ria']);
  });
});

describe("an unregistered site named by its domain gets the domain's name as its id (euro2day.gr → euro2day)", () => {
  it.each([
    ['وبحسب موقع euro2day.gr فإن الاستطلاع شمل ألف شخص.', 'euro2day'],
    ['وذكر موقع news24.co.za أن الرئيس غادر العاصمة.', 'news24'],
    ['ونشر موقع example.com تقريرا عن الحادث.', 'example'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('the article written apart before a quoted name (الـ«بي بي سي»، للـ"سي إن إن")', () => {
  it.each([
    ['وقال الرئيس في مقابلة مع الـ"بي بي سي" إن بلاده لن تنسحب.', 'bbc', 'الـ"بي بي سي"'],
    ['وأكد الوزير للـ«سي إن إن» أن المحادثات مستمرة.', 'cnn', 'للـ«سي إن إن»'],
    ['وذكرت الـ«غارديان» أن الحكومة ستعلن موازنتها غدا.', 'guardian', 'الـ«غارديان»'],
  ])('%s', (text, outlet, cue) => {
    const mark = only(text, 'wire');
    expect(mark.outlets).toEqual([outlet]);
    expect(mark.cue.text).toBe(cue);
  });

  it('a sentence that also credits an unregistered outlet is read whole (its offsets map back)', () => {
    const text = 'وكشفت صحيفة "النجم الساطع" الإسبانية أن فريق الـ"بلوز" سيحصل على 15 مليون جنيه.';
    const mark = only(text, 'wire');
    expect(mark.cue.text).toBe('صحيفة "النجم الساطع"');
  });

  it('a quoted phrase that names no outlet stays unmarked: وحذر من الـ«دعاية السخيفة»', () => {
    expect(marksOf('وحذر الوزير من الـ«دعاية السخيفة» التي تبثها بعض القنوات.', 'wire')).toEqual([]);
  });
});

describe("said in a programme on an outlet's air (في برنامج … على قناة …)", () => {
  it.each([
    ['وقالت الطالبة في برنامج الراصد على قناة الإخبارية إنها لم تسجل التخصص.', 'alekhbariya'],
    ['وقال المدرب في حوار مطول على قناة العربية إن الفريق جاهز للموسم.', 'alarabiya'],
    ['وأكد النائب خلال حلقة الأمس على قناة الجزيرة أن المجلس سيجتمع.', 'aljazeera'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('not an outlet that is only what something happened to (الهجوم على قناة …)', () => {
    expect(marksOf('وقال الوزير إن الهجوم على قناة العربية أمس مدان.', 'wire')).toEqual([]);
  });
});

describe('a registered name closing a longer quoted name is that name\'s tail (صحيفة "بريميوم تايمز")', () => {
  it.each([
    'حسبما ذكرت صحيفة "بريميوم تايمز" المحلية اليوم.',
    'ووفقا لصحيفة «كوريا تايمز» فإن الشركة ستطرح الشاشة الجديدة.',
    'وذكرت صحيفة "صنداي نيوز" أن الحكومة ستستقيل.',
  ])('%s', (text) => {
    expect(only(text, 'wire').cue.text).toMatch(/^(?:ل?صحيفة) ["«]/);
  });

  it.each([
    ['وجاء في «وكالة أنباء فارس» أن الوفد وصل إلى بغداد.', 'fars'],
    ['وذكرت صحيفة "نيويورك تايمز" أن الجيش أنقذ المختطفين.', 'nyt'],
  ])('the registered name itself, with its noun or whole in the quotes: %s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe("an outlet's own figures credit it (حسب تقديرات رويترز، وفقا لإحصاءات …); SANA's full name", () => {
  it.each([
    ['وارتفعت الأسعار 0.4 في المئة، حسب تقديرات رويترز من بيانات رسمية.', 'reuters'],
    ['وبلغ عدد القتلى 40، وفقا لإحصاءات وكالة فرانس برس.', 'afp'],
    ['قالت الوكالة العربية السورية للأنباء إن السلطات أفرجت عن المعتقلين.', 'sana'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('the preposition ل written apart from a name by a tatweel (لـالوطن، لـ«الوئام»)', () => {
  it.each([
    ['طالع لـالوطن: رقباء الفكر موظفون بسطاء', 'alwatan'],
    ['وقال المدير لـالرياض إن المشروع تأخر.', 'alriyadh'],
    ['كما أوضح لـ«الوئام»المواطن أحد سكان الحي أن الطريق مغلق.', 'alweeam'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('not the same words joined with no tatweel, which are ordinary words (للوطن: to the homeland)', () => {
    expect(marksOf('وقال المدير للوطن إن المشروع تأخر.', 'wire')).toEqual([]);
  });
});

describe('an outlet that opens the sentence as its subject, then حيث and its verb of saying (عرجت صحيفة … حيث قالت إن)', () => {
  it.each([
    ['وعرجت صحيفة "الغارديان" على القضية ذاتها حيث قالت إن الآلاف مشردون.', 'guardian'],
    ['وتابعت وكالة "رويترز" التطورات حيث ذكرت أن القوات تقدمت.', 'reuters'],
    ['واهتمت قناة "الجزيرة" بالحدث حيث أشارت إلى أن الحشود كبيرة.', 'aljazeera'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'وأغلقت قناة "الجزيرة" مكتبها حيث قالت السلطات إنه يخالف القانون.',
    'وزارت صحيفة "الرياض" المعرض حيث التقت بالزوار.',
  ])('not a verb with its own subject, nor one with no claim: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('sites cited for figures (موقع أرقام، ترانسفير ماركت), and what an outlet disclosed (أفصح عنها)', () => {
  it.each([
    ['وبحسب البيانات التي أفصح عنها موقع أرقام الإلكتروني ارتفعت المطالبات.', 'argaam'],
    ['ويقدر ثمن التشكيلة بـ400 مليون جنيه وفقا لإحصاءات موقع ترانسفير ماركت.', 'transfermarkt'],
    ['وأفصحت وكالة رويترز عن تفاصيل الصفقة.', 'reuters'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('not the common word أرقام (figures) on its own', () => {
    expect(marksOf('وتشير الأرقام إلى ارتفاع الأسعار في الربع الأول.', 'wire')).toEqual([]);
  });
});

describe('an outlet with its own publication after it, whatever the verb before (في تقرير لها، افتتاحيتها، في عددها)', () => {
  it.each([
    ['وركزت صحيفة «الغارديان» البريطانية في تقرير لها على معاناة المهاجرين.', 'guardian'],
    ['وخصصت صحيفة «لوموند» افتتاحيتها أمس للحديث عن الأزمة.', 'lemonde'],
    ['وتوقفت مجلة «تايم» في عددها الأخير عند الانتخابات.', 'time'],
    ['واهتمت صحيفة «واشنطن بوست» في تقرير نشرته أمس بالقضية.', 'wapo'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'وأغلقت السلطات مكتب صحيفة «الوطن» في المدينة.',
    'ورفعت الشركة دعوى على صحيفة «الحياة» بسبب تقرير.',
  ])('an outlet that is only the topic: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('British Sunday and tabloid titles, and the English article inside the quotes', () => {
  it.each([
    ['وذكرت صحيفة «ذي ميل أون صنداي» أن الشرطة تحقق في القضية.', 'mailonsunday'],
    ['وكشفت صحيفة «ذي دايلي ستار» أن النادي قدم عرضا جديدا.', 'dailystar'],
    ['وقالت صحيفة «ذي ديلي مايل» إن اللاعب سيغادر.', 'dailymail'],
    ['وقالت قناة سي إن إن تورك إن الشرطة داهمت عدة مواقع.', 'cnnturk'],
    ['وبحسب مجلة ناشيونال جيوغرافيك فإن الظاهرة نادرة.', 'natgeo'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('an unregistered name keeps its English words in its id (صنداي مورنينغ بوست)', () => {
    expect(only('وبحسب صحيفة «صنداي مورنينغ بوست» فإن القطعة سقطت من طائرة.', 'wire').outlets).toEqual([
      'sundaymorningpost',
    ]);
  });
});

describe('a document the outlet holds a copy of (تحتفظ «الوطن» بنسخة منه)', () => {
  it.each([
    ['وكشف تعميم -تحتفظ «الوطن» بنسخة منه- أن الوزارة أوقفت التعيينات.', 'alwatan'],
    ['وشدد خطاب صادر عن الأمانة، تحتفظ «عكاظ» بنسخة منه، على إغلاق المحلات.', 'okaz'],
    ['وتحتفظ «سبق» بنسخة من التقرير الطبي.', 'sabq'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('the outlet that spoke goes on: over its descriptors, passing on a quote, across an aside', () => {
  it.each([
    [
      'وذكرت صحيفة «سبورت» الإلكترونية السعودية اليوم أن الاتحاد سيجتمع. وأوضحت أن المفاوضات مستمرة.',
      'وأوضحت',
    ],
    [
      'ونقلت وكالة «تسنيم» الإيرانية للأنباء عن القائد قوله إن القرار مرفوض. ونقلت عنه قوله إن الرد سيأتي.',
      'ونقلت',
    ],
    [
      'وقالت وكالة «سانا» إن الشرطة اعتقلت المشتبه به. وقالت -نقلا عن مصادر خاصة- إنه سيحال إلى القضاء.',
      'وقالت',
    ],
  ])('%s', (text, cue) => {
    const marks = marksOf(text, 'wire');
    expect(marks).toHaveLength(2);
    expect(marks[1]?.cue.text).toBe(cue);
  });

  it('after an outlet passed on someone, a bare "she said" is the one quoted', () => {
    const text =
      'ونقلت صحيفة «تلغراف» عن إحدى النساء قولها إن العرض كان مغريا. وقالت: «أخبرته أنني لا أملك المال».';
    expect(marksOf(text, 'wire')).toHaveLength(1);
  });
});

describe('foreign papers and sites Arabic news quotes, by their Arabic spellings', () => {
  it.each([
    ['وأفادت صحيفة «سودويتشه تسايتونج» بأن البرنامج أقر.', 'sueddeutsche'],
    ['وأوضحت صحيفة «فيلت أم زونتاج» الألمانية أن الترحيل زاد.', 'weltamsonntag'],
    ['وقال الوزير لصحيفة «ميليت» إن الحوار مستمر.', 'milliyet'],
    ['وذكر موقع «كوارتز» أن الأسعار ارتفعت.', 'quartz'],
    ['وقال المدرب لشبكة فوكس سبورتس إن اللاعب سيعود.', 'foxsports'],
    ['وبحسب مجلة «التايم» فإن العالم نال الجائزة.', 'time'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('the outlet goes on quoting the one it credited (ونقلت عنه قوله), whatever made the credit', () => {
  it.each([
    'وقال الوزير لوكالة رويترز إن الاتفاق قريب. ونقلت عنه قوله إن الخلافات حسمت.',
    'وذلك وفقا لما نقلته وكالة «تسنيم» عن القائد. ونقل عنه قوله إن القرار مرفوض.',
    'وأمس، نقلت صحيفة «الحياة» عن النائب أن الجلسة أرجئت. ونقلت عنه قوله إن الموعد لم يحدد.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire')).toHaveLength(2);
  });

  it('not a verb of saying with no outlet credited before', () => {
    expect(marksOf('وقال الوزير إن الاتفاق قريب. ونقلت عنه قوله إن الخلافات حسمت.', 'wire')).toEqual([]);
  });
});

describe('figures or a study the outlet compiled or conducted (بيانات جمعتها، دراسة أجرتها)', () => {
  it.each([
    ['ووفقا لبيانات جمعتها «بلومبرغ» فإن الخسائر تضاعفت.', 'bloomberg'],
    ['وبحسب أرقام جمعتها رويترز، تراجع الإنتاج للشهر الثالث.', 'reuters'],
    ['وأظهر مسح أجرته وكالة «رويترز» أن الإنتاج تراجع.', 'reuters'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('"another", "a second" after an outlet noun names no outlet (صحيفة أخرى، مندوب ثان)', () => {
  it.each([
    'وقالت إحدى الصحف إن الحكومة سقطت، وقالت صحيفة أخرى إن الائتلاف تفكك.',
    'وصرح مندوب ثان بأنه ليس ثمة اجتماع قبل الموعد المقرر.',
    'وذكرت قناة أخرى أن الطريق أغلق.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });
});

describe("Iran's oil ministry's agency (شانا), in parentheses or as a headline's credit", () => {
  it.each([
    'قالت وكالة أنباء وزارة النفط الإيرانية (شانا) إن التصدير استؤنف.',
    'شانا: إيران تستأنف تصدير الغاز',
    'ونقلت وكالة «شانا» عن مدير التوزيع أن الخطوط أصلحت.',
  ])('%s', (text) => {
    expect(only(text, 'wire').outlets).toEqual(['shana']);
  });

  it('not the word شأنا (a matter)', () => {
    expect(marksOf('وهو لا يقل شأنا عن سابقه.', 'wire')).toEqual([]);
  });
});

describe('a message passed through an outlet named in quotes (من خلال «سبق»)', () => {
  it.each([
    ['وطالب عضو الشرف، من خلال صحيفة «سبق»، بالاستفادة من التجربة.', 'sabq'],
    ['ووجه سكان الحي من خلال «عين اليوم» سؤالهم إلى الأمانة.', '3alyoum'],
    ['ويوصي الداعية الشباب من خلال «عكاظ» بالصبر.', 'okaz'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'ويمكن التقديم من خلال موقع الجامعة الإلكتروني.',
    'وتنقل المياه من خلال شبكة تربط المحطات بالمدن.',
  ])('not a website or a network that is no outlet (%s)', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('عبر before an outlet is "via": a credit when someone speaks through it, or for an outlet named in quotes alone', () => {
  it.each([
    ['وقال وزير النقل عبر شبكة سي إن إن إن الطريق سيفتح.', 'cnn'],
    ['وأكد النائب المعارض من حزب "التجمع" عبر صحيفة «الغارديان» أن الحزب سيصوت ضد القرار.', 'guardian'],
    ['وناشد أولياء الأمور عبر «عكاظ» إدارة التعليم بزيادة الحافلات.', 'okaz'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'وتصل المياه إلى القرى عبر شبكة أنابيب جديدة.',
    'وقال المهندس إن الكهرباء تنقل عبر شبكة خطوط حديثة.',
    'ويعرض المسلسل عبر قناة "النهار" كل مساء.',
    'ويمكن حجز الموعد عبر موقع «مواعيد» الحكومي.',
  ])('not a network of pipes, a programme aired or a service used (%s)', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('a body with a word of media in its quoted name (خلية، لجنة، مركز دراسات) speaks for itself', () => {
  it.each([
    'وأعلنت "خلية الإعلام الأمني" حصيلة العمليات.',
    'وقالت «لجنة الإعلام الوطنية» إن التراخيص جددت.',
    'وكشف «مركز البحوث والإعلام» عن تراجع عدد القراء.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });

  it('a quoted outlet whose name carries a word of news is still one', () => {
    expect(only('ونقل «مكتب أنباء الجنوب» عن سكان أن القصف توقف.', 'wire').outlets).toHaveLength(1);
  });
});

describe('the outlet is not credited where it only promises, publishes a study or is a place', () => {
  it.each([
    // The outlet opening the sentence promises coverage to come.
    '"عين اليوم" ستوافيكم بالتفاصيل فور صدورها.',
    '"عين اليوم" سوف تتابع القضية مع الجهات المختصة.',
    // A journal that published a study.
    'وشارك الباحث في الدراسة التي أجريت في جامعة أوكسفورد ونشرتها مجلة لانسيت الطبية.',
    // A name written with tanween is a common word (أنساً: intimacy), not the agency ANSA.
    'وذكر الكاتب أن في الرواية متعة وأنساً لا يجدهما القارئ في غيرها.',
    'ذكرت لنا الرواية وأنساً كثيرا.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });

  it.each([
    ['جدة - سبق: سقط عامل من الطابق العاشر. وأضافت: "وصلت الفرق إلى الموقع وانتشلت الجثة".', 1],
    ['الرياض - «الوطن»: زاد عدد الزوار. وبحسب الموقع الرسمي لهيئة السياحة، فإن العدد تضاعف.', 1],
  ])("not the site of an event or a body's own website after an outlet's dateline (%s)", (text, count) => {
    expect(marksOf(text, 'wire')).toHaveLength(count);
  });

  it('a paper that published a study is still credited for it', () => {
    expect(only('وأشارت الدراسة التي نشرتها صحيفة «الحياة» إلى أن البطالة ارتفعت.', 'wire').outlets).toEqual([
      'alhayat',
    ]);
  });
});

describe('told to a broadcaster or agency whose name is also a word, with the claim right after (قالت مصادر للجزيرة إن)', () => {
  it.each([
    ['وقالت مصادر مطلعة للجزيرة إن الوفد سيصل القاهرة غدا.', 'aljazeera'],
    ['وقال وزير الخارجية للعربية إن المفاوضات مستمرة.', 'alarabiya'],
    ['وقال شاهد عيان للأناضول إن الانفجار هز الحي.', 'anadolu'],
    // …or the subject of the verb right before it, or the outlet that could not verify.
    ['وأفادت الجزيرة بأن الغارات استهدفت منازل.', 'aljazeera'],
    ['ولم يتسن للجزيرة التحقق من صحة المقطع.', 'aljazeera'],
    ['وقالت العربية إن الوفد وصل إلى الدوحة.', 'alarabiya'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'ووصل الوفد للجزيرة العربية أمس.',
    'وقال عضو في المجلس المحلي للمدينة إن إطلاق النار سمع ليلا.',
    'وأكدت الرياض أن موقفها من الأزمة ثابت.',
  ])('not an island, nor a city, nor a capital speaking for its government (%s)', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('an interview with an outlet whose short name is also letters or a word (في لقاء مع DW، حديثها مع DW)', () => {
  it.each([
    'وقالت في لقاء مع DW إن القرية تنتظر الزيارة.',
    'في لقاء خاص مع DW أعربت الجدة عن سعادتها.',
    'وقال في ختام حديثه مع DW، إن المشروع سيكتمل.',
  ])('%s', (text) => {
    expect(only(text, 'wire').outlets).toEqual(['dw']);
  });

  it("not an interview with the ambassador (السفير, also a paper's name)", () => {
    expect(marksOf('وفي لقاء مع السفير أكد أن العلاقات متينة.', 'wire')).toEqual([]);
  });
});

describe("an outlet's scoop or news item (تميز «…»، خبر الوكالة), what it gave room to, described or urged, and an agency passing on words", () => {
  it.each([
    ['وأكد النادي صحة تميز «الشرق الأوسط» بالتعاقد مع المدرب.', 'aawsat'],
    ['وفي خبر «عكاظ» أمس تفاصيل الحادثة.', 'okaz'],
    ['أفردت صحيفة «الغارديان» تقريرا عن اللاجئين.', 'guardian'],
    ['ونقلت شانا عن مدير الشركة أن الخطوط أصلحت.', 'shana'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each([
    'ذكرت صحيفة «الغارديان» أن الأزمة تتفاقم.\nوحثت الصحيفة الحكومة على التحرك.',
    'ذكرت صحيفة «الغارديان» أن الأزمة تتفاقم.\nوتصف الصحيفة الوضع بأنه كارثي.',
    'ذكرت وكالة «رويترز» أن الفريق فاز.\nوجاء في خبر الوكالة: فاز الفريق بهدفين.',
  ])('the outlet named before, again (%s)', (text) => {
    expect(marksOf(text, 'wire')).toHaveLength(2);
  });

  it.each([
    'ذكرت صحيفة «الغارديان» أن الأزمة تتفاقم.\nوتصف الصحيفة نفسها بأنها مستقلة.',
    'الوزير يتحدث بالألمانية عن طفولته.',
  ])('not the outlet speaking of itself, nor a language spoken (%s)', (text) => {
    expect(marksOf(text, 'wire')).toHaveLength(text.includes('\n') ? 1 : 0);
  });
});

describe("an outlet's published list or ranking (قائمة «فوربس»، ترتيب المجلة), and its programme's guest speaking on its air", () => {
  it.each([
    ['وتصدر الممثل قائمة «فوربس» لأعلى الممثلين دخلا.', 'forbes'],
    ['وحلت الجامعة أولى في تصنيف «التايمز» للجامعات.', 'times'],
    ['واعتبر ضيف «روتانا خليجية» أن الفنان يتمتع بصوت نقي.', 'rotana'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('not a list that no outlet published (قائمة الإرهاب)', () => {
    expect(marksOf('وأدرجت الحكومة الجماعة على قائمة الإرهاب.', 'wire')).toEqual([]);
  });
});

describe('a name that is also a surname (دوغان) credits the agency only as one, and a site named with a number', () => {
  it.each([
    ['وقالت وكالة دوغان إن الشرطة اعتقلت المشتبه به.', ['dogan']],
    ['وفق ما نقلت وكالتا الأناضول ودوغان للأنباء.', ['anadolu', 'dogan']],
    ['ونقل موقع لو 360 عن مصادر أمنية أن الرجلين اعتقلا.', ['lw360']],
  ])('%s', (text, outlets) => {
    expect(only(text, 'wire').outlets).toEqual(outlets);
  });

  it('not a spokesman named Doğan', () => {
    expect(marksOf('وأكد المسؤول الإعلامي للحزب، بختيار دوغان، أن الطائرات قصفت المواقع.', 'wire')).toEqual(
      [],
    );
  });
});

describe("an outlet's own estimate or figures, a report it issued, sources informing it, talks given to it", () => {
  it.each([
    ['وبذلك يرتفع عدد القتلى إلى 600 حسب أرقام وضعتها وكالة الصحافة الفرنسية.', 'afp'],
    ['وقدرت صحيفة «الغارديان» أن الخسائر بلغت مليار جنيه.', 'guardian'],
    ['وجاءت الشركة ثانية بحسب تقرير صادر الشهر الماضي عن فوربس.', 'forbes'],
    ['وأفادت مصادر محلية «الرياض» بمقتل عشرة من المسلحين.', 'alriyadh'],
    ['وشددوا خلال أحاديثهم لـ«الوطن» على عدم نشر أسمائهم.', 'alwatan'],
  ])('%s', (text, outlet) => {
    expect(marksOf(text, 'wire').flatMap((m) => m.outlets ?? [])).toContain(outlet);
  });

  it('not experts estimating (no outlet)', () => {
    expect(marksOf('وقدر الخبراء الخسائر بمليار دولار.', 'wire')).toEqual([]);
  });
});

describe('what a broadcaster showed is no outlet of that name', () => {
  it.each([
    'وعرض التلفزيون لقطات للسفينة وهي تعبر القناة.',
    'وبث التلفزيون مشاهد من الحفل الختامي.',
    'ونقل التلفزيون صورا حية من الموقع.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire').flatMap((m) => m.outlets ?? [])).toEqual([]);
  });

  it('a foreign broadcaster named after the bare noun still is one', () => {
    expect(only('وقال تلفزيون كيك في تقرير له إن الوفد وصل.', 'wire').outlets).toHaveLength(1);
  });
});

describe('told to an agency whose name is also a word, its words after a colon (…، للأناضول: «…»)', () => {
  it.each([
    ['وقال محافظ المدينة، أحمد يلماز، للأناضول: «الوضع تحت السيطرة».', 'anadolu'],
    ['وقال مسؤول في الميناء للأناضول: "السفينة غادرت فجرا".', 'anadolu'],
    ['وقال المتحدث للفرنسية: «لن نتراجع».', 'afp'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it('a word that names a channel, to the world at large, credits no one', () => {
    expect(marksOf('وكأنه يقول لأمريكا وللعالم: «انتهى الأمر».', 'wire')).toEqual([]);
  });
});

describe('the Emirati site 24.ae, named only with its noun (موقع 24); 24 alone is a number', () => {
  it.each([
    'وفقا لموقع 24 الإماراتي.',
    'وذكر موقع 24 أن المفاوضات استؤنفت.',
    'وقال المحلل لموقع 24 إن الأسعار ستنخفض.',
  ])('%s', (text) => {
    expect(only(text, 'wire').outlets).toEqual(['24ae']);
  });

  it('a site closed for 24 hours credits no one', () => {
    expect(marksOf('وأغلقت السلطات الموقع 24 ساعة.', 'wire')).toEqual([]);
  });
});

describe('an outlet that is the subject of its own sentence, the story its topic («…» تتطلع، "…" كانت)', () => {
  it.each([
    '«بي بي سي» تتطلع لتقديم برامج ترفيهية جديدة',
    '"فاينانشيال تايمز" كانت أصغر في ذلك الحين.',
    '«الغارديان» الآن تحتاج إلى قراء جدد.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });

  it.each([
    ['«عكاظ» تكشف تفاصيل الصفقة', 'okaz'],
    ['"رويترز" بدأ الجيش هجومه على المدينة.', 'reuters'],
  ])('a headline credit, or a credit line run into the story, still credits: %s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });
});

describe('told to a quoted outlet, the claim right after it, whatever the verb (بيّن فلان لـ«الشرق الأوسط» أن)', () => {
  it.each([
    ['من جهته، بيّن الخبير الاقتصادي سامي العلي لـ«الشرق الأوسط» أن السوق تتعافى.', 'aawsat'],
    ['وعزا شيخ الصاغة انخفاض السعر لـ"الرياض" أن الطلب تراجع.', 'alriyadh'],
    ['وأرجع المدير لـ«المدينة» أن التأخير سببه المقاول.', 'almadina'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it("a city's name after لـ, unquoted, is still the city", () => {
    expect(marksOf('وعاد الوفد للرياض أن يجتمع مجددا.', 'wire')).toEqual([]);
  });
});

describe("the day it reported, between an unregistered paper's name and the claim", () => {
  it.each([
    ['وذكرت صحيفة الفوليو اليوم الأحد أن الحكومة ستستقيل.', 'صحيفة الفوليو'],
    ['وأفادت صحيفة الموندو أمس أن المفاوضات تعثرت.', 'صحيفة الموندو'],
    ['وكشفت مجلة الإكسبرسو الاثنين أن الحكومة ستستقيل.', 'مجلة الإكسبرسو'],
    ['وأفاد موقع هاكر نيوز أمس بأن الثغرة خطيرة.', 'موقع هاكر نيوز'],
    ['وقالت صحيفة كالياري تايمز الخميس إن المدرب سيرحل.', 'صحيفة كالياري تايمز'],
  ])('%s', (text, cue) => {
    const mark = only(text, 'wire');
    expect(mark.cue.text).toContain(cue);
    expect(mark.outlets?.[0]).toMatch(/^[a-z0-9]+$/);
  });

  it.each([
    'وذكرت صحيفة محلية اليوم أن الطريق أغلق.',
    'وقالت صحيفة بريطانية أمس إن الحكومة ستستقيل.',
    'وأفاد موقع الحادث أمس أن الطريق أغلق.',
  ])('no outlet named (an unnamed paper is anonymous, not wire): %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('a channel named in quotes as what a sentence is about, then its words as «the channel»', () => {
  it.each([
    ['انتقد الوزير قناة «المسار» لتغطيتها الأحداث.\nوقالت القناة في بيان إنها ملتزمة بالمهنية.', 'almsar'],
    ['واتهمت الحكومة إذاعة «صوت الجبل» بالتحريض.\nوردت الإذاعة بأنها تنقل ما يقوله السكان.', 'swtaljbl'],
    ['وأغلقت السلطات مكتب قناة «الضفة» في المدينة.\nوزعمت القناة أن الإغلاق جاء بسبب تقاريرها.', 'aldfa'],
  ])('%s', (text, outlet) => {
    const marks = marksOf(text, 'wire');
    const second = text.indexOf('\n') + 1;
    const anaphor = marks.find((m) => m.start >= second);
    expect(anaphor?.outlets).toEqual([outlet]);
  });

  it.each([
    // A paper or an agency so named is not taken up: `الصحيفة` may be another paper named before,
    // `الوكالة` a body's agency.
    'وقالت إيران إن وكالة الطاقة الدولية لم تطلب زيارة الموقع.\nوتنتظر الوكالة ردا كتابيا من طهران.',
    'وانتقد الوزير قناة الري الرئيسية في المنطقة.\nوقالت القناة إن المياه لم تصل.',
  ])('no outlet: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('outlets of the 2020s pan-Arab and Egyptian press, named without an outlet noun', () => {
  it.each([
    ['وقال مدير المدرسة في رد أرسله إلى رصيف22 إن القرار إداري.', 'raseef22'],
    ['ونقلت العين الإخبارية عن مصادر في الوزارة أن الزيارة تأجلت.', 'alain'],
    ['وأضاف في مقابلة مع الشرق للأخبار أن السوق ستتعافى.', 'asharqnews'],
    ['وقال متحدث للقاهرة 24 إن الطريق سيفتح غدا.', 'cairo24'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toContain(outlet);
  });

  it('the East alone is no outlet', () => {
    expect(marksOf('وتمتد الأزمة من الشرق إلى الغرب.', 'wire')).toEqual([]);
  });
});

describe('the outlet first, then its attempt to reach a party («اليوم» بدورها حاولت الاتصال)', () => {
  it.each([
    ['«الصباح» بدورها حاولت الاتصال بالمتحدث باسم البلدية دون جدوى.', 'الصباح'],
    ['و"النهار" تواصلت مع مدير المدرسة الذي أكد أن الدوام مستمر.', 'النهار'],
    ['«الأخبار» من جهتها حاولت التواصل مع الوزارة للتعليق.', 'الأخبار'],
  ])('%s', (text, cue) => {
    expect(only(text, 'wire').cue.text).toContain(cue);
  });

  it.each([
    'وقال المدير إن «الصباح» حاولت الاتصال به أكثر من مرة.',
    'الشرطة حاولت الاتصال بالخاطفين طوال الليل.',
  ])("the outlet inside someone else's words, or no outlet: %s", (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('an outlet goes on after asides between it and its claim, or when it opens the sentence', () => {
  it.each([
    ['وذكرت صحيفة الغارديان أول من أمس، أن الحكومة تدرس الخطة. وأضافت أن القرار قريب.', 'guardian'],
    ['لكن صحيفة الغارديان البريطانية ذكرت أن الوزير سيستقيل. وتابعت أن الخلاف قديم.', 'guardian'],
    [
      'وذكرت صحيفة الغارديان، نقلا عن مسؤولين أمنيين، أن الشرطة تلاحق الخلية. وقالت إن الخطر قائم.',
      'guardian',
    ],
    [
      'وأوضحت صحيفة الغارديان في تقرير لها اليوم نقلا عن مصادر في الوزارة أن العقد وقع. وأضافت أن التسليم يبدأ قريبا.',
      'guardian',
    ],
    ['وكشفت صحيفة الغارديان عن أن الشرطة أوقفت ثلاثة. وأوضحت أن التحقيق مستمر.', 'guardian'],
  ])('%s', (text, outlet) => {
    const wire = marksOf(text, 'wire');
    expect(wire).toHaveLength(2);
    expect(wire[1]?.outlets).toEqual([outlet]);
  });

  it('an outlet that quoted someone goes on passing them on (وأضافت نقلا عنه)', () => {
    const text =
      'ونقلت صحيفة الغارديان عن مسؤول لم تسمه القول إن الخطة جاهزة. وأضافت نقلا عنه أن التنفيذ قريب.';
    expect(marksOf(text, 'wire')).toHaveLength(2);
  });

  it('sources cited in the aside go on as themselves, in their own agreement', () => {
    const text =
      'وذكرت صحيفة الغارديان، نقلا عن مسؤولين أمنيين، أن الشرطة تلاحق الخلية. وأضافوا أن الخطر قائم.';
    expect(marksOf(text, 'wire')).toHaveLength(1);
    expect(
      marksOf('ونقلت صحيفة الغارديان عن الوزيرة قولها إن الخطة جاهزة. وقالت إن التنفيذ قريب.', 'wire'),
    ).toHaveLength(1);
  });
});

describe('a headline credited to an outlet named with its noun (صحيفة الغارديان: …)', () => {
  it.each([
    ['صحيفة الغارديان البريطانية: لندن تدرس فرض عقوبات جديدة', 'guardian'],
    ['وكالة الأناضول: أنقرة تستدعي السفير', 'anadolu'],
    ['قناة الجزيرة: المفاوضات تستأنف الأسبوع المقبل', 'aljazeera'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it('a language after a dash is no outlet', () => {
    expect(marksOf('والكلمة مشتركة بين العامية – والعربية.', 'wire')).toEqual([]);
  });
});

describe('a request for comment, then the outlet that made it (على طلب للتعليق من «…»)', () => {
  it.each([
    ['ولم ترد السفارة على طلب للتعليق من الجزيرة نت.', 'aljazeera'],
    ['ولم تستجب الوزارة لطلب للتعليق من وكالة رويترز.', 'reuters'],
    ['ولم يرد المكتب على طلبات للتعقيب من صحيفة الغارديان.', 'guardian'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
    expect(marksOf(text, 'no_comment')).toHaveLength(1);
  });
});

describe('an outlet told in the present, going on or concluding (وتضيف الصحيفة أن، وتختم الغارديان بأن)', () => {
  it.each([
    'نشرت صحيفة الغارديان تقريرا عن المدارس. وتضيف الصحيفة أن عدد الطلاب تضاعف.',
    'نشرت صحيفة الغارديان تقريرا عن المدارس. وتوضح الصحيفة أن المعلمين قلة.',
    'نشرت صحيفة الغارديان تقريرا عن المدارس. وتختم الغارديان بأن الخطة تحتاج إلى تمويل.',
    'نشرت صحيفة الغارديان تقريرا عن المدارس. واختتمت الصحيفة تقريرها بأن الخطة تحتاج إلى تمويل.',
  ])('%s', (text) => {
    const second = text.indexOf('. ') + 2;
    const marks = marksOf(text, 'wire').filter((m) => m.start >= second);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.outlets).toEqual(['guardian']);
  });
});

describe('an outlet that warns, concludes or considers, with its claim after it (وحذرت الصحيفة من أن)', () => {
  it.each([
    'وحذرت صحيفة الغارديان من أن الخطة ستفشل.',
    'وخلصت مجلة الإيكونوميست إلى أن الأسعار ستنخفض.',
    'وتعتبر صحيفة لوموند أن الاتفاق هش.',
    'وتشدد صحيفة الغارديان على أن الخطة تحتاج إلى تمويل.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire')).toHaveLength(1);
  });

  it.each(['وتعلن وزارة الإعلام عن إطلاق موقع جديد.', 'وحذرت الشرطة من الاحتيال عبر موقع وهمي.'])(
    'without a claim after the outlet, or another body, no credit: %s',
    (text) => {
      expect(marksOf(text, 'wire')).toEqual([]);
    },
  );
});

describe('The Sun as Arabic papers write it (صحيفة الصن), and credited back (طبقا للصحيفة)', () => {
  it.each([
    ['نشرت صحيفة الصن صورا للملكة في طفولتها.', 0],
    ['نشرت صحيفة الصن صورا للملكة. ويعتقد أن الفيديو صور عام 1933 طبقا للصحيفة.', 1],
  ])('%s', (text, nth) => {
    const marks = marksOf(text, 'wire');
    expect(marks[nth]?.outlets).toEqual(['sun']);
  });
});

describe("an outlet's reports, named with its noun (تقارير صحيفة الغارديان توضح أن)", () => {
  it.each([
    ['وتوضح تقارير صحيفة الغارديان أن الشركات في محادثات.', 'guardian'],
    ['وتشير تقارير وكالة رويترز إلى أن الشركات في محادثات.', 'reuters'],
    ['تقارير صحيفة "فاينانشيال تايمز"، توضح أن الشركات في محادثات.', 'ft'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
    // …and the reports are the outlet's, not an unnamed source.
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('reports of an outlet only described stay vague', () => {
    expect(marksOf('وتشير تقارير صحيفة محلية إلى أن الشركات في محادثات.', 'anonymous')).toHaveLength(1);
  });
});

describe('according to the outlet (وفقا للصحيفة، تبعا للصحيفة ذاتها) is its report, not words said to it', () => {
  it.each([
    'نشرت صحيفة هآرتس تقريرا عن المهرجان. ووفقا للصحيفة، فإن المهرجان أضاف فيلمين.',
    'نشرت صحيفة هآرتس تقريرا عن المهرجان. وتبعا للصحيفة ذاتها، فإن المهرجان أضاف فيلمين.',
    'وطبقا لرويترز، فإن المهرجان أضاف فيلمين.',
  ])('%s', (text) => {
    const last = marksOf(text, 'wire').at(-1);
    expect(last?.explanation).toMatch(/reported by/);
  });

  it('words said to the outlet are told to it', () => {
    expect(only('وقال الوزير لرويترز إن المهرجان أضاف فيلمين.', 'wire').explanation).toMatch(/said to/);
  });

  it('the masculine past of بيّن credits a broadcaster with its claim after it (وبيّن التلفزيون الرسمي أن)', () => {
    expect(marksOf('وبيّن التلفزيون الرسمي الصيني أن السفينة يبلغ طولها 76 مترا.', 'wire')).toHaveLength(1);
  });
});

describe("a writer's column published in a paper (مقاله المنشور اليوم بصحيفة الوطن)", () => {
  it.each([
    'وأشار الكاتب خلال مقاله المنشور اليوم بصحيفة الوطن إلى أن المسافرين تكدسوا.',
    'وفي مقالها المنشور أمس في صحيفة الحياة قالت الكاتبة إن الوضع صعب.',
    'وكتب في مقاله بصحيفة الرياض أن الأسعار ارتفعت.',
    'وقال كاتب عمود في صحيفة الغارديان إن الحكومة أخطأت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'wire')).toHaveLength(1);
  });
});
