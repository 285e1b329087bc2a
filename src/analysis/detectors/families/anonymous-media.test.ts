/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project, so that a rule names the construction, not one sentence. Here: vague media, reports and rumours as the origin of a claim, and reports that are only its object.
 */
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

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

describe('reports that "came in" as the origin of a claim (وردت أنباء، وسط ورود معلومات)', () => {
  it.each([
    ['وتواصل القصف طوال الليل، وسط ورود أنباء عن انهيار مبنيين.', 'أنباء'],
    ['كما وردت معلومات عن نقل المعتقلين إلى سجن آخر.', 'معلومات'],
    ['وترد تقارير عن نقص حاد في الأدوية بالمستشفيات.', 'تقارير'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each([
    'وضرب الإعصار الساحل دون أن ترد أنباء عن ضحايا.',
    'ولم ترد تقارير عن أضرار في المباني.',
    'وقالت البلدية إن شكاوى وردت من السكان بشأن الروائح.',
    'وورد في التقرير أن المشروع تأخر عامين.',
  ])('none came, or what came is no report: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
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

describe('posts and columns as statements (وكتب مغردون أن)', () => {
  it.each([
    ['وكتب مغردون على منصة إكس أن الانفجار كان مدويا.', 'مغردون'],
    ['ويكتب محللون أن الأزمة طويلة.', 'محللون'],
    ['وكتب مسؤول في الوزارة على حسابه أن القرار نهائي.', 'مسؤول في الوزارة'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
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

describe('a claim passed on with no one saying it, after فيما (while)', () => {
  it.each([
    'وانتهى الاجتماع دون بيان، فيما تردد أن الوفد غادر غاضبا.',
    'وأغلقت المحال أبوابها، فيما أشيع أن الشرطة ستداهم السوق.',
    'وتأخر الإعلان عن النتائج، فيما قيل إن اللجنة لم تكتمل.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous')).toBeDefined();
  });

  it('as the saying goes, or what is said, is still no source', () => {
    expect(marksOf('وكما يقال إن الصبر مفتاح الفرج.', 'anonymous')).toEqual([]);
  });
});

describe('the media, bare, as the origin of a claim (يتوقع الإعلام أن، ويتحدث الإعلام عن)', () => {
  it.each([
    'ويتوقع الإعلام أن يعلن الرئيس حل البرلمان.',
    'ويتحدث الإعلام عن خسائر كبيرة في صفوف المهاجمين.',
    'وذكر الإعلام أن المفاوضات توقفت.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toContain('الإعلام');
  });

  it.each([
    'وأكد الوزير أهمية دور الإعلام في التوعية.',
    'وابتعد الإعلام عن القضية طوال أشهر.',
    'ويجب أن يلتزم الإعلام بالحياد.',
  ])('no claim: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('speculation as the origin of a claim, with a verb of saying (وتشير التكهنات إلى أن)', () => {
  it.each([
    'وتشير التكهنات إلى أن المدرب سيرحل بنهاية الموسم.',
    'وتقول تكهنات إن الحكومة ستستقيل قريبا.',
    'وتفيد التكهنات بأن الصفقة أنجزت.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toContain('تكهنات');
  });

  it.each(['وتزايدت التكهنات بشأن مستقبل المدرب.', 'وحذر الوزير من إطلاق تكهنات مبكرة.'])(
    'speculation that grows or is warned against: %s',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe("a headline's colon after a footer that repeats the headline (رابط الخبر بصحيفة الوئام: مصادر: …)", () => {
  it.each([
    'رابط الخبر بصحيفة الوئام: مواطنون: الطريق لم يصلح منذ عامين',
    'رابط الخبر بصحيفة الوئام: خبراء :الأسعار سترتفع في الربع المقبل',
    'رابط الخبر بصحيفة الوئام: مصادر: الوزير يزور المنطقة الأسبوع المقبل',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });

  it('a named speaker there is no source', () => {
    expect(marksOf('رابط الخبر بصحيفة الوئام: الوزير: الطريق سيصلح قريبا', 'anonymous')).toEqual([]);
  });
});

describe('definite reports made vague by where they came from or how early they are (التقارير الأولية، الواردة، البريطانية)', () => {
  it.each([
    'وذكرت التقارير الأولية أن الحريق أتى على ثلاثة مستودعات.',
    'وبحسب التقارير الواردة من المنطقة فإن الطريق ما زال مغلقا.',
    'وأشارت التقارير الإيطالية إلى أن المدرب سيرحل في الصيف.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toMatch(/التقارير$/);
  });

  it.each([
    'وأكدت التقارير الطبية أن الوفاة كانت طبيعية.',
    'وأظهرت التقارير المالية للشركة أن الأرباح تراجعت.',
  ])('not reports that are documents of a named body or case: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe("a country's media, for countries beyond the first list (الإعلام البلجيكي، الصحافة السويسرية)", () => {
  it.each([
    'وحسب الإعلام البلجيكي، ألقي القبض على ثلاثة أشخاص في المطار.',
    'ويقول الإعلام الهولندي إن المدرب سيرحل في الصيف.',
    'وأشار الإعلام الكندي إلى أن الحريق امتد إلى المدينة.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toMatch(/الإعلام$/);
  });
});

describe('social networks, and the media, passing a claim around', () => {
  it.each([
    'وكانت مواقع التواصل الاجتماعي قد تداولت شائعة عن إغلاق المعبر.',
    'وتناقلت وسائل الإعلام أنباء عن استقالة المدرب.',
    'وكان مستخدمو مواقع التواصل تناقلوا أمس نبأ توقف الرحلات.',
    'ونفت البلدية ما تداولته شبكات التواصل الاجتماعي من أن السوق سيغلق.',
    'وذكرت منصات التواصل الاجتماعي أن الحفل ألغي.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').explanation).toMatch(/media|reports|group/);
  });

  it.each([
    'وتناقلت مواقع التواصل الاجتماعي صورا للحريق.',
    'وزار الوزير الطالبة التي تناقلت وسائل الإعلام قصتها.',
    'ويتذكر كثيرون ما تناقلته الصحف عندما فاز الفريق بالكأس.',
    'وانتشر المقطع على مواقع التواصل الاجتماعي، ويظهر فيه الحريق.',
  ])('no claim rests on them: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('what was passed around in the media, named as such, or rumoured about something', () => {
  it.each([
    ['وقالت الهيئة إن ما تردد في بعض وسائل الإعلام عن إغلاق المصنع سابق لأوانه.', 'ما تردد'],
    ['وجاء القرار بعدما نشر في الصحف المحلية أن المشروع تعثر.', 'بعدما نشر'],
    ['وأوضح البيان موقف الوزارة خلافا لما تم تداوله عبر مواقع التواصل عن الرسوم الجديدة.', 'لما تم تداوله'],
    ['وقرر المدرب إشراك اللاعب رغم ما يتردد عن إصابته في التدريبات.', 'ما يتردد'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'ونفت البلدية اليوم ما تردد عن إغلاق السوق المركزي.',
    'وقال المتحدث إن ما تردد عن رفع الرسوم عار عن الصحة.',
    'ويتردد الوزير في اتخاذ القرار منذ أسابيع.',
  ])('not what a party denies, nor hesitating (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a verb of saying written as its verbal noun, after a preposition or such a noun, is no source', () => {
  it.each([
    'وحذر المحافظ من نشر الشائعات التي تقلق الأهالي.',
    'ولا يكفي مجرد نفي الشائعات بعد انتشارها.',
    'وتقوم سياسة تداول المعلومات على الشفافية.',
    'وقصفت القوات مواقع المسلحين من دون ورود أنباء عن خسائر.',
    'وتحل التقنية مشاكل نقل المعلومات في الغرف البعيدة.',
    'إذ يمكن نقل المعلومات عبرها بسرعة كبيرة.',
    'وتتطلب عملية نقل المعلومات وقتا طويلا.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('the verb itself, with its subject, still is', () => {
    expect(only('ونشرت وسائل إعلام محلية أن الوزير استقال.', 'anonymous').cue.text).toBe('ونشرت وسائل');
  });
});

describe('an attribution word with an addressee after it means something else (شكر وتقدير لـ)', () => {
  it('appreciation for members is no attribution', () => {
    expect(marksOf('وقدم المحافظ شهادات شكر وتقدير لجميع أعضاء الفرق التطوعية.', 'anonymous')).toEqual([]);
  });

  it.each([
    ['وقالت مصادر أمنية إن الهجوم صُد. ووفقا لنفس المصادر، فقد انسحب المهاجمون.', 2],
    ['وقال مصدر في الشركة إن التذاكر نفدت. وقال نفس المصدر: "ننتظر وصول الفريقين".', 2],
    ['وذكر مصدر في البلدية أن الطريق أغلق. وبحسب نفس المصدر فإن الإصلاح يستغرق أسبوعا.', 2],
  ])('"the same" after the preposition or the verb is still the source (%s)', (text, n) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(n);
  });
});

describe('in the wake of vague reports about something (بعد أخبار عن، إثر أنباء بأن، رغم تقارير حول), or "it was reported about"', () => {
  it.each([
    ['وارتفعت أسهم الشركة بعد أنباء عن صفقة استحواذ كبيرة.', 'بعد أنباء'],
    ['وتراجع الإقبال على السوق إثر تقارير بأن الأسعار سترتفع.', 'إثر تقارير'],
    ['وبقي المدرب في منصبه رغم أخبار حول خلافه مع الإدارة.', 'رغم أخبار'],
    ['وزار المرشح لندن الأسبوع الماضي، حيث أفيد عن لقائه بعدد من المسؤولين.', 'أفيد'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each(['وأغلقت القضية بعد تقارير الطب الشرعي.', 'وجاء ذلك بعد أخبار سارة للفريق.'])(
    'not reports that are documents, nor news that says nothing (%s)',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe('testimonies as the origin of a claim (وأفادت شهادات الناجين أن), not certificates', () => {
  it.each([
    ['وأفادت شهادات الناجين أن القارب انقلب فجرا.', 'وأفادت شهادات'],
    ['كما أفادت الشهادات التي جمعتها الشرطة أن المهربين فروا.', 'أفادت الشهادات'],
    ['وكشفت شهادات السكان أن القصف استمر ساعات.', 'وكشفت شهادات'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وقدم المحافظ شهادات شكر للمتطوعين.',
    'وأوضح الطبيب أن شهادات صحية تفيد بسلامة المنتج مطلوبة.',
    'واجمع شهادات التقدير في ملف واحد.',
  ])('not certificates (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('what reached the writer from no one named (حسب ما علمنا، بحسب ما تسرب، يجري الحديث عن، كما نُشر)', () => {
  it.each([
    ['وحسب ما علمنا فإن الوزير سيقدم استقالته.', 'وحسب ما علمنا'],
    ['وبحسب ما تسرب من معلومات فإن العقد وقع.', 'وبحسب ما تسرب'],
    ['ووفق ما رشح من الاجتماع فإن الاتفاق قريب.', 'ووفق ما رشح'],
    ['ولم يحضر اللاعب التدريب حسب ما وصلني.', 'حسب ما وصلني'],
    ['ويجري الحديث عن صفقة بقيمة مليار دولار.', 'ويجري الحديث'],
    ['ويدور الحديث حول انتقال المدرب إلى نادٍ خليجي.', 'ويدور الحديث'],
    ['والمتهمون – كما نشر – من خارج المدينة.', 'كما نشر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وحسب ما أعلنته الوزارة فإن الخطة جاهزة.',
    'كما ذكر الوزير، فإن الخطة جاهزة.',
    'وحول ما يجري الحديث عنه قال الوزير خالد العلي إن الأمر انتهى.',
    'واستقبل الأمير السفير، ودار الحديث عن العلاقات بين البلدين.',
    'والتقى الوزيران أمس، ودار الحديث حول التعاون في مجال الطاقة.',
  ])('not what a named party announced or said, nor what a meeting talked about (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('reports whose relative clause says something (الأنباء التي أشارت إلى), all the reports (جميع التقارير), reports said to exist (هناك أنباء عن)', () => {
  it.each([
    ['وشارك المدافع رغم الأنباء التي أشارت إلى رحيله.', 'الأنباء التي أشارت'],
    ['وذلك بعد التقارير التي تحدثت عن انسحاب القوات.', 'التقارير التي تحدثت'],
    ['وأثارت التسريبات التي تفيد بأن الوزير سيستقيل جدلا واسعا.', 'التسريبات التي تفيد'],
    ['وأشارت معظم التقارير إلى أن المباراة ستؤجل.', 'وأشارت معظم التقارير'],
    ['وهناك أنباء عن لقاء قريب بين الرئيسين.', 'وهناك أنباء'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'ونفى الوزير الأنباء التي ترددت عن استقالته.',
    'ولم تكن هناك أنباء عن وقوع إصابات.',
    'وأعرب عن شكره وتقدير جميع المواطنين للقرار.',
    'وأوضح أن هناك معلومات عن المشروع في موقع الوزارة.',
  ])(
    'not reports that only circulated, reports said not to exist, all citizens, or information (%s)',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe('what appeared in reports or the media (وفقا لما ورد في تقارير صحفية), specialised sites (بحسب مواقع متخصصة)', () => {
  it.each([
    ['وانتقل اللاعب إلى الدوري التركي وفقا لما ورد في تقارير صحفية محلية.', 'لما ورد'],
    ['وبحسب ما جاء في وسائل الإعلام فإن الاتفاق قريب.', 'ما جاء'],
    ['ويصيب الفيروس الأجهزة القديمة بحسب مواقع متخصصة.', 'بحسب مواقع'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each(['وبحسب ما جاء في البيان فإن الاتفاق قريب.', 'وتعمل الشركة مع مواقع متخصصة في التجارة.'])(
    'not what a statement said, nor sites that are only partners (%s)',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe('unnamed assertions (وسط تأكيدات بأن، هناك تأكيدات) and reports an event coincided with (تزامن … مع أنباء عن)', () => {
  it.each([
    ['وتستمر المفاوضات وسط تأكيدات بأن الاتفاق بات قريبا.', 'وسط تأكيدات'],
    ['حيث هناك تأكيدات بأن المدرب الجديد من أمريكا الجنوبية.', 'هناك تأكيدات'],
    ['وتزامن الانفجار الذي هز المدينة مع أنباء عن انسحاب القوات.', 'مع أنباء'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وتم التعديل حسب تأكيدات الإداري محمد العلي.',
    'ونوفر الحماية من خلال الجمع بين التحليل مع معلومات عن التهديد.',
  ])('not the assertions of someone named, nor "with" information (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('the passive "it was learned that" opening a sentence (وعُلم أن)', () => {
  it.each(['وعلم أن الوزير سيبدأ جولته غدا.', 'فعلم أن الوفد غادر قبل الموعد.', 'وعلم بأن العقد وقع أمس.'])(
    '%s',
    (text) => {
      expect(marksOf(text, 'anonymous')).toHaveLength(1);
    },
  );

  it.each(['وعلم الوزير أن الخطة جاهزة.', 'وقال إنه علم أن الخطة جاهزة.'])(
    'not one who learned it, named (%s)',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe('information or news spread by someone named before the verb is its object, not a source', () => {
  it.each([
    'وقال إن «القوى السوداء» تنشر معلومات خاطئة حول بلاده.',
    'وأوضحت الحركة أن «وسائل الإعلام تنشر معلومات حول محادثات قريبة».',
    'وسخر العميد من الأنباء الخاطئة التي تروجها الميليشيات.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('reports that speak still do (وتشير المعلومات إلى أن)', () => {
    expect(marksOf('وتشير المعلومات إلى أن الوفد وصل أمس.', 'anonymous')).toHaveLength(1);
  });
});

describe('some or one of the studies, unnamed (بعض الدراسات، عدد من الدراسات، إحدى الدراسات), pages described, and a source that did not confirm', () => {
  it.each([
    ['وتشير بعض الدراسات الحديثة إلى أن النوم المتأخر يضر بالذاكرة.', 'وتشير بعض الدراسات'],
    ['وحذر عدد من الدراسات من أن الغبار يعوق الألواح الشمسية.', 'وحذر عدد من الدراسات'],
    ['وقالت صفحات معارضة إن القصف استمر حتى الفجر.', 'وقالت صفحات'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وتنشر الوزارة صفحات توعوية كل أسبوع.',
    'ولم يؤكد مصدر آخر هذا العدد من القتلى.',
    'ولم تذكر وسائل الإعلام الرسمية أنباء عن الحادث.',
  ])('not pages published, nor a source that did not confirm (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe("a study's own figures are statistics, not an unnamed source (بعض الدراسات قدرت، وقدرت إحدى الدراسات)", () => {
  it.each([
    'بعض الدراسات قدرت عدد العاملين في القطاع بنحو مليون شخص.',
    'وقدرت إحدى الدراسات الخسائر بنحو مليار دولار.',
    'ويقدر عدد من الدراسات حجم السوق بمليار دولار.',
    'وتقدر بعض الدراسات الخسائر بمئات الملايين.',
  ])('an estimate or a count (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('a study that says something is still unnamed', () => {
    const text = 'وتشير بعض الدراسات إلى أن التدخين يضاعف خطر الإصابة.';
    expect(only(text, 'anonymous').cue.text).toBe('وتشير بعض الدراسات');
  });
});

describe('vague media heading a headline with a colon, and sources that "had before" said so (سبق لـ … أن)', () => {
  it.each([
    ['وسائل إعلام تركية: الحكومة تدرس رفع الأجور', 'وسائل إعلام تركية:'],
    ['صحف فرنسية: المدرب باق حتى نهاية الموسم', 'صحف فرنسية:'],
    ['تقارير: الشركة تستعد لطرح أسهمها', 'تقارير:'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    ['وسبق لمصادر مطلعة أن كشفت أن الصفقة أُلغيت.', 'لمصادر مطلعة أن كشفت'],
    ['وسبق لوسائل إعلام محلية أن ذكرت أن السد تصدع.', 'لوسائل إعلام محلية أن ذكرت'],
    ['وسبق لمسؤولين أن قالوا إن الطريق سيفتح قريبا.', 'لمسؤولين أن قالوا'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'ويضم دليل المعلومات الجديد خمسة أبواب هي: التعليم والصحة والنقل',
    'وسبق للوزارة أن أعلنت الخطة.',
  ])('not a list after a colon, nor a named body that had said so (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a report or statement the media passed around, described by the verb (خبر تناقلته وسائل الإعلام)', () => {
  it.each([
    ['خبر جديد تناقلته وسائل الإعلام أمس عن إغلاق المصنع.', 'تناقلته وسائل'],
    ['وقال الوزير في تصريح تداولته وسائل إعلام محلية إن الأسعار ستنخفض.', 'تداولته وسائل'],
    ['وجاء ذلك في تقرير نشرته وسائل إعلام تركية أمس.', 'نشرته وسائل'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('a story the article tells, which the media carried, rests on no one', () => {
    expect(marksOf('وهي القصة التي تناقلتها وسائل الإعلام طوال الأسبوع.', 'anonymous')).toEqual([]);
  });
});

describe('unnamed media joined to a named outlet of three words, with a longer description (… ووسائل إعلام رسمية أخرى أن)', () => {
  it.each([
    ['وذكر تلفزيون الصين المركزي ووسائل إعلام رسمية أخرى أن الطائرة هبطت بسلام.', 'ووسائل'],
    ['وقالت هيئة الإذاعة البريطانية ووسائل إعلام محلية أخرى إن الطريق أغلق.', 'ووسائل'],
    ['وذكرت وكالة الأنباء الرسمية ووسائل إعلام محلية أخرى أن الحريق أخمد.', 'ووسائل'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it('a verb of counting as joins no speakers', () => {
    expect(marksOf('والمراكز التي تعد مهيأة بكوادر ومعلمين أن تبدأ فورا.', 'anonymous')).toEqual([]);
  });
});

describe('a ministry or minister of information is a body, not the media (وزارة الإعلام الكويتية تنفي)', () => {
  it.each([
    'وزارة الإعلام الكويتية تنفي منع الصحيفة من التوزيع',
    'وزير الإعلام السوداني يؤكد أن الصحيفة ستعود',
    'وكانت وزيرة الإعلام اليمنية سلمى الأحمد قد قالت إن الصحفيين أطلقوا.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it("the country's media, unnamed, still are", () => {
    expect(only('وذكر الإعلام الكويتي أن الصحيفة منعت.', 'anonymous').cue.text).toContain('الإعلام');
  });
});

describe('a headline that opens with reports about something (أنباء عن مقتل …)', () => {
  it.each([
    ['أنباء عن مقتل قائد ميداني في غارة', 'أنباء عن'],
    ['أخبار عن انتقال اللاعب إلى الدوري الإسباني', 'أخبار عن'],
    ['تسريبات عن تعديل وزاري وشيك', 'تسريبات عن'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('reports named by their author are no unnamed media', () => {
    expect(marksOf('تقرير الأمم المتحدة عن اللاجئين يصدر غدا', 'anonymous')).toEqual([]);
  });
});

describe("reports or information a named body owns are that body's, not an unnamed source", () => {
  it.each([
    'وأشارت تقارير البنك الدولي إلى أن النمو تراجع.',
    'وكشفت معلومات الأمن الوطني أنه تم تتبع المتهمين.',
    'وذكرت تقارير صادرة عن الأمم المتحدة أن الوضع الإنساني خطير.',
    'كشفت تقارير لوزارة الاقتصاد أن الصادرات ارتفعت.',
    'وتوضح تقارير وزارة السياحة أن أعداد الزوار ارتفعت.',
    'وتشير معلومات هيئة الطيران المدني إلى أن الرحلات تأخرت.',
    'وأشارت تقارير صادرة من مجلس الغرف التجارية إلى أن الصادرات تراجعت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it.each([
    'وذكرت تقارير الصحف المحلية أن الوضع خطير.',
    'وأفادت أنباء وسائل الإعلام بأن الوضع خطير.',
    'وتشير أنباء إلى أن الاتفاق بات قريبا.',
    'وأفادت أخبار الأسبوع الماضي بأن الجماعة انقسمت.',
  ])('reports of the papers, or of no one, stay vague: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });
});

describe("studies published in a journal, and researchers speaking in their own study, are the study's", () => {
  it.each([
    'وذكرت دراسات نشرت نتائجها في دورية «لانسيت» أن المرض انحسر.',
    'وقال العلماء في دراسات نشرت نتائجها أمس إن المرض انحسر.',
    'وقال باحثون في دراسة حديثة إن النوم المتقطع يضر بالقلب.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('unnamed studies, and researchers on their own, stay unnamed sources', () => {
    expect(marksOf('وأكدت دراسات حديثة أن المرض انحسر.', 'anonymous')).toHaveLength(1);
    expect(marksOf('وقال باحثون إن المرض انحسر.', 'anonymous')).toHaveLength(1);
  });
});

describe('reports as the object of a masculine verb (نقل المعلومات، ونفى تكهنات، ينقل الأخبار)', () => {
  it.each([
    'ويتيح النظام الجديد نقل المعلومات بين المستشفيات بسرعة.',
    'ونشر النادي بيانا ونفى تكهنات تتحدث عن بيع اللاعب.',
    'وصار الموقع الرسمي ينقل الأخبار أولا بأول.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it.each([
    'وذكرت تقارير أن الوزير قدم استقالته.',
    'وأشار عدد من التقارير إلى أن الوزير قدم استقالته.',
    'وسط ورود أنباء عن اشتباكات في المدينة.',
  ])(
    'reports as the subject of a feminine verb, counted, or coming in, are still a vague source: %s',
    (text) => {
      expect(marksOf(text, 'anonymous')).toHaveLength(1);
    },
  );
});
