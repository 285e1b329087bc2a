/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project, so that a rule names the construction, not one sentence. Here: vague groups of people as the origin of a claim: counted, partial, by function, the people of local news.
 */
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

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

describe('more vague groups and persons by function: rights groups, philosophers, prosecutors, managers', () => {
  it.each([
    ['إلا أن جماعات حقوقية أوضحت أن القانون ينتهك الحريات.', 'جماعات حقوقية'],
    ['ويرى فلاسفة الأخلاق أن السؤال قديم.', 'فلاسفة'],
    ['وقال مدعون فرنسيون إن المتهمين سيمثلون أمام القاضي.', 'مدعون'],
    ['ويقول مديرو المدارس إن الكتب لم تصل بعد.', 'مديرو'],
    ['وقالت مجموعات معنية بالدفاع عن الصحفيين إن الاعتقالات تزايدت.', 'مجموعات'],
    ['وتقول جماعات معنية بحقوق اللاجئين إن المخيمات مكتظة.', 'جماعات'],
    ['وأكدت مجموعات حقوقية أن المعتقلين حرموا من المحامين.', 'مجموعات'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each([
    'وقالت الحكومة إن الجماعات المسلحة هاجمت القرية.',
    'وقالت الشرطة إن مجموعات من الشبان أغلقت الطريق.',
  ])('groups that act are no source: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  // Session 12 turned this one round: the labelled sets mark what the media passed around as a
  // claim resting on them (14 of the 18 sentences with ما + a verb of reporting + media; the other
  // four pass no claim), even when a party answers it.
  it('what the media passed around, answered by a party, rests on the media', () => {
    expect(only('وردت الجامعة على ما تناقلته وسائل الإعلام عن الحادثة.', 'anonymous').cue.text).toBe(
      'تناقلته وسائل',
    );
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
    // (Studies counted, unnamed, are: anonymous-media.test.ts — the labelled sets mark 7 of 10.)
    expect(marksOf('وأظهر عدد من الصور أن المبنى انهار.', 'anonymous')).toEqual([]);
    expect(marksOf('وقال المسؤول عن الملف إن القرار نهائي.', 'anonymous')).toEqual([]);
    expect(marksOf('ونقلت الهيئة عن الناشط الإعلامي فراس الحلبي أن القصف استمر.', 'anonymous')).toEqual([]);
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

  // The plural alone between its verb and its claim (`وقال المسؤولون إن`) is unnamed: 11 of the 16
  // such sentences the rule added on the labelled data are gold anonymous (anonymous.test.ts).
  it('two officials named before, taken up again as "the two officials", are not unnamed', () => {
    const text =
      'واجتمع وزير المالية سالم العلي ووزير الاقتصاد فهد الناصر أمس. وقال المسؤولان إن الخطة جاهزة.';
    expect(marksOf(text, 'anonymous')).toEqual([]);
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

describe('lawmakers and members of parliament, unnamed', () => {
  it.each([
    ['وقال مشرعون إنهم سيطالبون بجلسة استماع علنية.', 'مشرعون'],
    ['ويرى مشرعون ديمقراطيون أن القانون يحتاج إلى تعديل.', 'مشرعون'],
    ['واشتكى نواب في البرلمان من تأخر صرف المخصصات.', 'نواب'],
  ])('%s', (text, group) => {
    expect(only(text, 'anonymous').cue.text).toContain(group);
  });

  it('a named lawmaker, or the deputy of an office, is no unnamed source', () => {
    expect(marksOf('وقال المشرع جون سميث إن القانون سيمر.', 'anonymous')).toEqual([]);
    expect(marksOf('وقال نائب الرئيس إن الاجتماع تأجل.', 'anonymous')).toEqual([]);
  });
});

describe('optimists, pessimists and people who suffered a loss, unnamed', () => {
  it.each([
    ['ويقول المتفائلون إن الطلب على النفط سيرتفع بعد عقد.', 'المتفائلون'],
    ['بينما يرى المتشائمون أن الأسعار لن تتعافى قريبا.', 'المتشائمون'],
    ['وقال متضررون من السيول إن التعويضات تأخرت.', 'متضررون'],
    ['واتهم متضررو الهزات الوزارة بالمماطلة في التنفيذ.', 'متضررو'],
  ])('%s', (text, group) => {
    expect(only(text, 'anonymous').cue.text).toContain(group);
  });
});

describe('businessmen and research centres unnamed (رجال أعمال، مراكز بحوث) as the origin of a claim', () => {
  it.each([
    ['وأكد رجال أعمال أن الرسوم الجديدة ستضعف الصادرات.', 'رجال'],
    ['ويرى بعض رجال الأعمال أن السوق تجاوزت الأزمة.', 'رجال'],
    ['وقالت سيدات أعمال إن التمويل ما زال صعبا.', 'سيدات'],
    ['وتقول مراكز بحوث إن العجز سيتسع العام المقبل.', 'مراكز'],
    ['وتتوقع مراكز دراسات أن تتراجع الأسعار.', 'مراكز'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each([
    'وحضر رجال الأعمال حفل الافتتاح في الفندق.',
    'وقالت الوزارة إن مراكز صحية جديدة ستفتح قريبا.',
    'وأعلنت الهيئة أن رجال الأمن انتشروا في الساحة.',
  ])('no source: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a verb of saying whose past ends in a long vowel, in every person (عزت المصادر، يعزون)', () => {
  it.each([
    ['وعزت المصادر التأجيل إلى خلافات داخلية.', 'المصادر'],
    ['ويعزو مسؤولون التراجع إلى ضعف الطلب.', 'مسؤولون'],
    ['وعزا مصدر حكومي القرار إلى نقص التمويل.', 'مصدر'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });
});

describe('travellers, protesters, fans and other people of a story, unnamed, as its voices', () => {
  it.each([
    ['وقال مسافرون إن الرحلات تأخرت ساعات.', 'مسافرون'],
    ['ويقول محتجون إن الشرطة فرقتهم بالقوة.', 'محتجون'],
    ['وأكد مشجعون أن التذاكر نفدت قبل المباراة بأيام.', 'مشجعون'],
    ['ويرى أثريون أن النقوش تعود إلى العصر الروماني.', 'أثريون'],
    ['وقال صيادون إن الأسماك هجرت الشاطئ.', 'صيادون'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each([
    'وقال المسافرون إن الرحلة كانت مريحة.',
    'ونقلت الحافلات المسافرين إلى الفندق.',
    'وأصيب متظاهرون في المواجهات مع الشرطة.',
  ])('the ones the story is about, not its voices: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('"some people", preachers and clerics as the origin of a claim (يقول البعض إن، يرى رجال الدين)', () => {
  it.each([
    ['ويقول البعض إن الانتخابات ستؤجل مرة أخرى.', 'البعض'],
    ['ويعتقد البعض أنها خطوة متأخرة.', 'البعض'],
    ['ورأى البعض أن الحكومة تأخرت في الرد.', 'البعض'],
    ['ويرى رجال الدين أن الفتوى لا تنطبق على هذه الحالة.', 'رجال'],
    ['بل إن بعض الدعاة يرون أن الحملة تجاوزت حدودها.', 'الدعاة'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each([
    'وقد يقول البعض إن هذا الطرح مثالي، لكنني أراه ممكنا.',
    'ويرى البعض، ومنهم الوزير السابق خالد العمري، أن القرار صائب.',
    'ويرى البعض في هذه الخطوة فرصة للاستثمار.',
    'وحضر رجال الدين ورجال الأعمال حفل الافتتاح.',
  ])("the writer's own objection, a named view, or no claim: %s", (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe("researchers: unnamed ones are a vague source, a study's own authors are not", () => {
  it.each([
    ['وقال باحثون إن النتائج تحتاج إلى تأكيد.', 'باحثون'],
    ['ويرى باحثون في الشأن الاقتصادي أن الركود سيطول.', 'باحثون'],
    ['وحذر باحثون من انتشار المرض في الصيف.', 'باحثون'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each([
    'وشملت الدراسة ألف مشارك. ولاحظ الباحثون أن النوم القليل يرفع ضغط الدم.',
    'ونشرت الدراسة في مجلة طبية. وقال الباحثون إن العينة كانت صغيرة.',
    'وأجريت التجربة على الفئران. وأشار الباحثون إلى أن النتائج مشجعة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('relatives unnamed, and agreement voiced by a vague group (وقال أقرباء، أجمع خبراء على أن)', () => {
  it.each([
    ['وقال أقرباء للضحية إنه كان يعمل في المصنع منذ سنوات.', 'أقرباء'],
    ['ويقول أقارب المعتقلين إنهم لم يبلغوا بمكان احتجازهم.', 'أقارب'],
    ['وأجمع خبراء على أن الخطة تحتاج إلى تمويل أكبر.', 'خبراء'],
    ['وأجمعت مصادر متطابقة على أن الاجتماع فشل.', 'مصادر'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each([
    'ويجمع المهرجان الأهالي من كل القرى.',
    'وتجمع الأهالي أمام مبنى البلدية.',
    'وزار الوزير أقارب الضحايا في المستشفى.',
  ])('no source: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe("a named firm's experts, and what some might think in a condition, are no vague source", () => {
  it.each([
    'وبحسب خبراء شركة "زيمبريوم" فإن الثغرة خطيرة.',
    'وقال خبراء في شركة "ديلويت" إن السوق ستنمو.',
    'وإذا رأى البعض أن القرار متسرع فليقرأ الدراسة كاملة.',
    'ولو قال البعض إن الموسم فاشل لما أنصفوا اللاعبين.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('readers unnamed, and some who argue (ويقول قراء إن، ويجادل بعض المسؤولين بأن)', () => {
  it.each([
    ['ويقول قراء إن أسعار التأمين ارتفعت بلا مبرر.', 'قراء'],
    ['وكتب قراء أن الخدمة تراجعت.', 'قراء'],
    ['ويجادل بعض المسؤولين بأن التوسعة ستضاعف الإيرادات.', 'المسؤولين'],
    ['ويجادل خبراء بأن الخطة طموحة أكثر من اللازم.', 'خبراء'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it('advice takes those advised as its object', () => {
    expect(marksOf('ونصح أعضاء المجلس الجدد بالاستماع إلى المواطنين.', 'anonymous')).toEqual([]);
  });
});

describe('in an article that reports a study, researchers and scientists are its authors', () => {
  it.each([
    'وأظهرت دراسة حديثة أن القهوة تقلل خطر الإصابة. وقال باحثون إن النتائج تحتاج إلى تأكيد.',
    'ونشرت الدراسة في مجلة طبية. ويرى العلماء أن العينة كانت كافية.',
    'وشملت الدراسات ألف مريض. وأكد باحثون أن العلاج آمن.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('without a study, unnamed researchers are still a vague source', () => {
    expect(marksOf('وقال باحثون إن المرض ينتشر في القرى.', 'anonymous')).toHaveLength(1);
  });
});

describe("a headline's vague group that told an outlet what the colon opens (مواطنون لـ«عين اليوم»: …)", () => {
  it.each([
    'مواطنون لـ"عين اليوم": مشاريع الإسكان تسير ببطء',
    'خبراء لـ«الاقتصادية»: الأسعار سترتفع في الربع المقبل',
    'سكان لـ"الوطن": المياه مقطوعة منذ أسبوع',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });

  it('not a named speaker: الأمير خالد لـ"عكاظ": …', () => {
    expect(marksOf('الأمير خالد الفيصل لـ"عكاظ": سنبدأ المشروع غدا', 'anonymous')).toEqual([]);
  });
});

describe('an unnamed group goes on speaking: "these" (هؤلاء) after it, and its own plural verb after a comma', () => {
  it.each([
    'وقال مواطنون إن الأسعار ارتفعت. وأفاد هؤلاء بأن المحلات أغلقت أبوابها.',
    'وأكد سكان أن الطريق مغلق. وقال هؤلاء إن الدوريات لم تصل.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it.each([
    'وناشد مواطنون الحكومة السماح بدخول المواد الغذائية، وأكدوا أن الحصار يخنق المدينة.',
    'وطالب أهالي الحي البلدية بإصلاح الطريق، وقالوا إن الحفر تسببت في حوادث.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });

  it('not "these" after a named speaker', () => {
    expect(
      marksOf('وقال الوزير خالد العلي إن الأسعار ارتفعت. وأفاد هؤلاء بأن المحلات أغلقت.', 'anonymous'),
    ).toEqual([]);
  });
});

describe('a verb of saying before its object, then the counted subject (وأكد مقتله … اثنان من أعضاء الحركة)', () => {
  it.each([
    'وأكد مقتله في غارة ليلية اثنان من أعضاء الجماعة.',
    'وأكد وفاتها - بحسب الإذاعة المحلية - ثلاثة من المسؤولين في المستشفى.',
    'ونقل خبره عدد من سكان القرية.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });

  it.each(['وزار المدينة اثنان من أعضاء الحركة.', 'وقالت الوكالة إن أربعة من قادة الحزب قتلوا في الغارة.'])(
    'not a verb that says nothing, nor a count inside the claim: %s',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe('"others" speak only right beside their verb of saying', () => {
  it.each([
    'وقال آخرون إن المشروع تأخر كثيرا.',
    'ويرى آخرون أن القرار جاء متأخرا.',
    'آخرون يؤكدون أن السوق ستتعافى.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toMatch(/آخرون/);
  });

  it.each([
    'سالم العتيبي وآخرون نماذج ناجحة تؤكد قدرة الشباب على الإبداع.',
    'وبين الركاب من قطع الصحراء، وآخرون مروا من ليبيا يحكون عن رحلة صعبة.',
    'وقد فشل بعض المستثمرين فيما نجح آخرون بما يؤكد أهمية التخطيط.',
  ])('a list or a clause of their own: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a plural is not the subject of a masculine singular verb after it', () => {
  it.each([
    'وقالت المؤسسة إن المؤشر المجمع لمديري المشتريات يشير إلى نمو في الربع الثالث.',
    'وكان تقرير لشبكة تضم عدة منظمات حقوقية كشف أن الضحايا مدنيون.',
    'وفي حديثه عن المشكلة التي تقلق المسؤولين الأميركيين، قال الوزير إن الحل قريب.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it.each([
    ['وأحد خبراء التأمين يعتبر أن القياس صعب.', 'خبراء'],
    ['ومحللون يرون أن الأسعار سترتفع.', 'محللون'],
  ])('a quantifier as head, or a plural verb: %s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });
});

describe('more unnamed groups: observers and specialists of something, leaders, rivals, those in charge, police officers', () => {
  it.each([
    ['أجمع مراقبو الشأن الاقتصادي على أن الركود قادم.', 'مراقبو'],
    ['ويذكر مختصو أسواق المال أن التقلبات ستستمر.', 'مختصو'],
    ['ويقول زعماء محليون في القرية إن الطريق أغلق منذ شهر.', 'زعماء'],
    ['وأثار منافسون على الرئاسة شكوكا حول نزاهة التصويت، معتبرين أن النتائج مزورة.', 'منافسون'],
    ['ويقول القائمون على المهرجان إن عدد الزوار تضاعف.', 'القائمون'],
    ['وأفاد رجال الشرطة أن المشتبه به اعترف.', 'رجال'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each([
    'وأقر زعماء الاتحاد الأوروبي خطة الإنقاذ بعد اجتماع طويل.',
    'وقدم المحافظ الشكر والتقدير لكافة رجال الأمن على جهودهم.',
  ])("a named body's leaders, officers thanked: %s", (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('what is said of the one asked (يقال إنك)', () => {
  it.each(['يقال إنك ابتعدت عن الكتابة لسنوات، فما السبب؟', 'ويقال إنكم رفضتم العرض، هل هذا صحيح؟'])(
    '%s',
    (text) => {
      expect(only(text, 'anonymous').cue.text).toMatch(/يقال$/);
    },
  );
});

describe('"according to" one of a group of people, whatever its noun (بحسب أحد الدلالين)', () => {
  it.each([
    ['وبحسب أحد الدلالين في سوق التمور فإن العمولة ارتفعت.', 'وبحسب أحد الدلالين'],
    ['وحسب أحد المشاركين في الاجتماع فإن القرار تأجل.', 'وحسب أحد المشاركين'],
    ['وبحسب إحدى المعلمات فإن الطالبات غبن عن الدرس.', 'وبحسب إحدى المعلمات'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وبحسب إحدى الإحصاءات فإن النوم يقل مع العمر.',
    'وستشيع جنازته غدا حسب أحد رفقائه الدكتور سامي العلي.',
  ])('one of things, or one named right after: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a plural of people in ون, or a participle in construct, with its claim close after it', () => {
  it.each([
    ['وأوضح صيدلانيون في المدينة أن الدواء نفد منذ أسبوع.', 'وأوضح صيدلانيون'],
    ['وقال منظمون إن المعرض استقبل ألفي زائر في يومه الأول.', 'وقال منظمون'],
    ['وأكد مطورو التطبيق أن الخلل أصلح في التحديث الأخير.', 'وأكد مطورو التطبيق'],
    // …with a comma before the claim.
    ['وقال فلكيون، إن موسم الأمطار يبدأ الأسبوع المقبل.', 'وقال فلكيون'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وقال ماكرون إن بلاده ستدعم الاتفاق.',
    'وقال براون في بيان إن الجفاف ضرب الولاية.',
    'وذكر تلفزيون "الحرة" أن الخدمة توقفت.',
    'وقال منظمون للمعرض كلمات ترحيب قصيرة.',
  ])('no group: a name in ون, a channel, no claim after (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a group the lexicon takes only without the article, named again with it (طلاب … الطلاب)', () => {
  it.each([
    'وقال طلاب في الكلية إن الجدول تغير فجأة. وأكد الطلاب أنهم لم يبلغوا بذلك.',
    'وقال عدد من المسافرين إن الرحلة تأخرت ست ساعات. وأوضح المسافرون أن أحدا لم يعتذر.',
    'ويقول مزارعون في الوادي إن المياه شحت. ويرى المزارعون أن الحل في السدود.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not a group the article has not introduced as a source', () => {
    expect(marksOf('وكرمت الجامعة الطلاب المتفوقين. وأكد الطلاب أنهم سعداء.', 'anonymous')).toEqual([]);
  });
});

describe('"these" (هؤلاء) after a verb of saying or "according to", right after an unnamed group', () => {
  it.each([
    'ويرى محللون أن الأسعار ستنخفض. وبحسب هؤلاء، فإن الطلب سيتراجع.',
    'وقال سكان إن الماء انقطع. ويؤكد هؤلاء أن الشكاوى لم تجد ردا.',
    'وقال خبراء إن الموسم جاف. ويرى بعض هؤلاء أن المحصول سيتأثر.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not after a named speaker', () => {
    expect(
      marksOf('وقال الوزير سامي العلي إن الأسعار ستنخفض. وبحسب هؤلاء، فإن الطلب سيتراجع.', 'anonymous'),
    ).toEqual([]);
  });
});

describe('a group that repeats a claim or concludes, or whose claim opens after a colon or a quote', () => {
  it.each([
    ['كثيرون يرددون أن المشروع تأخر عامين.', 'كثيرون يرددون'],
    ['ويستنتج محللون أن الطلب سيتراجع في الربع المقبل.', 'ويستنتج محللون'],
    ['ويقول البعض: "إن الرسوم الجديدة ستطرد المستثمرين".', 'ويقول البعض'],
    ['ومع ذلك، يقول البعض "إن الخطة لن تنجح".', 'يقول البعض'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وكان المشجعون يرددون هتافات مؤيدة للفريق طوال المباراة.',
    'وهي أغنية شعبية يرددها الأهالي في الأعراس.',
  ])('a chant or a song repeated is no claim (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('"by the words of" a group (بحسب قول، حسب تعبير، وفقا لقول)', () => {
  it.each([
    ['وتضررت المحاصيل كلها، بحسب تعبير أحد المزارعين.', 'تعبير أحد المزارعين'],
    ['وكان الطريق مغلقا منذ الفجر وفقا لقول السكان.', 'وفقا لقول السكان'],
    ['والأسعار تضاعفت، حسب قول بعض التجار في السوق.', 'حسب قول بعض التجار'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not by the words of a named minister', () => {
    expect(marksOf('وحسب قول الوزير سامي العلي فإن الخطة جاهزة.', 'anonymous')).toEqual([]);
  });
});

describe('a group refusing that something be done says nothing a claim could rest on', () => {
  it.each([
    'ويرفض المعتقلون الآخرون أن يتم تسليمهم إلى بلدانهم.',
    'ورفض السكان أن تنقل السوق إلى خارج المدينة.',
    'ويرفض محتجون أن يتفاوض الاتحاد باسمهم.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('an unnamed group rejecting accusations is still the source', () => {
    expect(only('ورفض مسؤولون في الوزارة الاتهامات، وقالوا إنها بلا دليل.', 'anonymous').cue.text).toBe(
      'ورفض مسؤولون',
    );
  });
});

describe('a broken plural of people with a nisba plural after it (حلفاء غربيون، تجار سعوديون)', () => {
  it.each([
    ['وقال حلفاء غربيون لأنقرة إنهم يؤيدون حقها في الدفاع عن نفسها.', 'وقال حلفاء غربيون'],
    ['وأكد وجهاء محليون أن الهدنة صامدة.', 'وأكد وجهاء محليون'],
    ['ويرى حلفاء أوروبيون أن العقوبات لم تنجح.', 'ويرى حلفاء أوروبيون'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });
});

describe('vendors, owners of shops or firms, and tribal elders as a vague group (الباعة، أصحاب المحلات، شيوخ العشائر)', () => {
  it.each([
    ['فيما أكد الباعة أن الأسعار لم تتغير منذ شهور.', 'أكد الباعة'],
    ['وقال أصحاب المطاعم إن الإقبال تراجع بعد القرار.', 'وقال أصحاب'],
    ['ويؤكد شيوخ العشائر أن المصالحة صامدة.', 'ويؤكد شيوخ'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وأغلق أصحاب المحلات أبوابهم مبكرا.',
    'وحضر الحفل شيوخ الدين وأعيان المدينة.',
    'وقال أصحاب السمو إن الحفل سيقام غدا.',
  ])('not owners or elders who only act, nor owners of nothing the list names (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('unnamed people joined to the first subject of a verb of saying (وقالت الشرطة ومسعفون إن)', () => {
  it.each([
    ['وقالت الشرطة ومسعفون إن الانفجار هز الحي.', 'وقالت الشرطة ومسعفون'],
    ['وقال الجيش وشهود إن القصف استمر حتى الفجر.', 'وقال الجيش وشهود'],
    ['وأكدت البلدية وسكان أن المياه عادت.', 'وأكدت البلدية وسكان'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not a named second subject', () => {
    expect(marksOf('وقالت الشرطة وخالد العمري إن الانفجار هز الحي.', 'anonymous')).toEqual([]);
  });
});

describe('television (تلفزيون) ends in يون like a plural of people, but is one outlet', () => {
  it.each([
    'وأفاد تلفزيون سوريا بأن القصف استمر.',
    'وذكر تلفزيون لبنان أن الجلسة تأجلت.',
    'وقال تليفزيون الشرق إن الوفد وصل.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('a nisba plural of people still is a group (تربويون)', () => {
    expect(marksOf('وقال تربويون إن المناهج تغيرت.', 'anonymous')).toHaveLength(1);
  });
});

describe('the voices of local news: clients of an office, consumers, customers, drivers, retirees, pilgrims', () => {
  it.each([
    ['واشتكى مراجعون من طول الانتظار في الفرع.', 'واشتكى مراجعون'],
    ['ويقول مستهلكون إن الأسعار ارتفعت مرتين.', 'ويقول مستهلكون'],
    ['وأكد سائقون أن الطريق يحتاج إلى إنارة.', 'وأكد سائقون'],
    ['وقال حجاج إن الخدمات تحسنت هذا العام.', 'وقال حجاج'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not patients helped (تفيد مرضى الربو), patients being no word of the list', () => {
    expect(marksOf('التمارين الرياضية تفيد مرضى الربو.', 'anonymous')).toEqual([]);
  });
});

describe('a counted group named by what its people belong to (عدد من أبناء الجالية، بعض أهالي القرية)', () => {
  it.each([
    ['وقال عدد من أبناء الجالية إنهم يرفضون الاعتداء.', 'وقال عدد من أبناء الجالية'],
    ['وأكد بعض أهالي القرية أن الطريق مغلق منذ أسبوع.', 'وأكد بعض أهالي'],
    ['وذكر عدد من موظفي الشركة أن الرواتب تأخرت.', 'وذكر عدد من موظفي'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not a counted group that only acts', () => {
    expect(marksOf('وزار عدد من أبناء الجالية المعرض أمس.', 'anonymous')).toEqual([]);
  });
});

describe('those concerned, opponents of a deal, a driver, channels and the latest reports, unnamed', () => {
  it.each([
    ['ورأى أصحاب الشأن في السوق أنه لا بد من محفزات.', 'ورأى أصحاب'],
    ['وقال معارضو القرار إنه لا يحقق الهدف.', 'وقال معارضو'],
    ['وقال سائق مصري: إن الطريق خطير ليلا.', 'وقال سائق'],
    ['وقالت قنوات فضائية عربية إن الوفد وصل.', 'وقالت قنوات'],
    ['وتشير التقارير الأخيرة إلى أن النمو تباطأ.', 'وتشير التقارير'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each(['وقال سائق الحافلة محمد العلي إن الطريق خطير.', 'وتبث قنوات كثيرة المباراة.'])(
    'not a driver named, nor channels that only air (%s)',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe('a group that agrees on a claim, or fears one', () => {
  it.each([
    ['واتفق خبراء في الطاقة على أن الأسعار ستبقى منخفضة.', 'واتفق خبراء'],
    ['ويتفق مراقبون على أن الانتخابات لن تغير شيئا.', 'ويتفق مراقبون'],
    ['واتفق عدد من المزارعين على أن الموسم كان سيئا.', 'واتفق عدد من المزارعين'],
    ['يكاد يتفق الاقتصاديون في أحاديثهم الأخيرة أن الركود قادم.', 'يتفق الاقتصاديون'],
    ['ويتخوف مراقبون من انهيار الهدنة خلال أيام.', 'ويتخوف مراقبون'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'واتفق عدد من المسؤولين على موعد الاجتماع المقبل.',
    'واتفق سياسيون أردنيون على أهمية التعاون بين البلدين.',
    'وكان المحتجون يرددون هتافات ضد الحكومة.',
  ])('not an agreement on a date or a matter, nor chants (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('unnamed people or media joined to a named first subject, with a description before the claim', () => {
  it.each([
    ['وأكد الجيش وشهود عيان أن القصف استمر طوال الليل.', 'وأكد الجيش وشهود'],
    ['وقالت الشرطة ووسائل إعلام محلية إن الحريق بدأ في المخزن.', 'وقالت الشرطة ووسائل'],
    ['وأكد وزير الصحة ومسؤولون في الوزارة أن اللقاح آمن.', 'وأكد وزير الصحة ومسؤولون'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not when what follows is no claim', () => {
    expect(marksOf('وزار الوزير ومسؤولون في الوزارة المستشفى أمس.', 'anonymous')).toEqual([]);
  });
});

describe('a source or group that "goes as far as" a claim (ذهب إلى أن)', () => {
  it.each([
    ['وذهب مراقبون إلى أن الأزمة ستطول أشهرا.', 'وذهب مراقبون'],
    ['ويذهب محللون إلى أن الأسعار بلغت ذروتها.', 'ويذهب محللون'],
    ['وذهب عدد من الخبراء إلى أن الخطة لن تنجح.', 'وذهب عدد من الخبراء'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('continues an unnamed official, and is no statement when it is a trip', () => {
    const text = 'وقال مسؤول في البلدية إن المشروع تأخر. وذهب المسؤول إلى أن السبب نقص التمويل.';
    expect(marksOf(text, 'anonymous').map((m) => m.cue.text)).toEqual(['وقال مسؤول', 'وذهب المسؤول']);
    expect(marksOf('وذهب عدد من المسؤولين إلى الاجتماع أمس.', 'anonymous')).toEqual([]);
    expect(marksOf('وتذهب معها كل الدعاوى الباطلة التي يرددها خصومه.', 'denial')).toEqual([]);
  });
});

describe('a counted group of those who do something, in construct, and عديد without the article', () => {
  it.each([
    ['وشكا عدد من مراجعي المركز من نقص الأدوية.', 'وشكا عدد من مراجعي المركز'],
    ['وقال بعض مستخدمي التطبيق إن الخدمة توقفت.', 'وقال بعض مستخدمي التطبيق'],
    ['وقال عديد من المواطنين إن الطريق مغلق منذ أسبوع.', 'وقال عديد من المواطنين'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not when they only act', () => {
    expect(marksOf('وزار عدد من مسؤولي الوزارة المستشفى أمس.', 'anonymous')).toEqual([]);
  });
});

describe('a counted group with its size (عدد كبير من، عدد آخر من) or of acquaintances (معارف، أقارب)', () => {
  it.each([
    ['وأكد عدد كبير من المزارعين أن المحصول تضرر.', 'وأكد عدد كبير من المزارعين'],
    ['ويرى عدد آخر من الباحثين أن النتائج غير نهائية.', 'ويرى عدد آخر من الباحثين'],
    ['وقال عدد من رفاق القتيل إنه كان هادئا.', 'وقال عدد من رفاق القتيل'],
    ['وذكر بعض جيران العائلة أن الحريق بدأ ليلا.', 'وذكر بعض جيران العائلة'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('a size of things, not people, is no group', () => {
    expect(marksOf('وأكد الوزير أن عددا كبيرا من المشاريع اكتمل.', 'anonymous')).toEqual([]);
  });
});

describe("a poll's panel is a survey, no unnamed source (اقتصاديون استطلعت رويترز آراءهم)", () => {
  it.each([
    'وتوقع اقتصاديون استطلعت رويترز آراءهم أن يرتفع التضخم.',
    'وكان محللون استطلعت الوكالة آراءهم قد توقعوا نموا أبطأ.',
    'ويتوقع خبراء استطلع البنك آراءهم أن تستقر الأسعار.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('the same group unpolled is a vague source', () => {
    expect(only('وتوقع اقتصاديون أن يرتفع التضخم.', 'anonymous').cue.text).toContain('اقتصاديون');
  });
});

describe('media that speculate (تكهنت وسائل إعلام); lawyers of a field in construct (محامو …)', () => {
  it.each([
    ['وتكهنت وسائل إعلام محلية بإمكانية رحيل المدرب.', 'وتكهنت وسائل'],
    ['وتتكهن صحف رياضية بأن اللاعب سيعود في الشتاء.', 'وتتكهن صحف'],
    ['ويقول محامو الهجرة في المدينة إن الطلبات تضاعفت.', 'ويقول محامو'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وقال محامي المتهم خالد العلي إن موكله بريء.',
    'وأكد محامو الدفاع في مجموعة "الحقوق" في بيان أن الحكم سيستأنف.',
  ])("a client's lawyer, or a named firm's lawyers speaking for it, are no vague group: %s", (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('witnesses in the plural are a vague group, with the article as without (وقال الشهود إن)', () => {
  it.each([
    ['وقال الشهود إن السيارة انحرفت فجأة.', 'وقال الشهود'],
    ['وأكد الشهود أن الحريق بدأ في الطابق الأول.', 'وأكد الشهود'],
    ['وبحسب الشهود، فإن المسلحين فروا باتجاه الجبل.', 'وبحسب الشهود'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('witnesses heard by a court are no source of the story', () => {
    expect(marksOf('واستمعت المحكمة إلى الشهود في الجلسة.', 'anonymous')).toEqual([]);
  });
});

describe('by the analysis or the view of one of a group (وحسب تحليل أحد المسؤولين، برأي أحد الخبراء)', () => {
  it.each([
    ['وحسب تحليل أحد المسؤولين فإن العملة ستصدر قريبا.', 'تحليل أحد المسؤولين'],
    ['وبحسب رأي أحد المختصين، فإن الأسعار ستنخفض.', 'رأي أحد المختصين'],
    ['ووفق تحليل أحد المراقبين، فإن الهدنة هشة.', 'تحليل أحد المراقبين'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toContain(cue);
  });

  it("one's own analysis of a named report is no unnamed source", () => {
    expect(marksOf('وحسب تحليل الوزارة للأرقام، فإن البطالة تراجعت.', 'anonymous')).toEqual([]);
  });
});

describe("a poll's respondents (توقع محللون في استطلاع أجرته رويترز) give the survey's findings, not an unnamed claim", () => {
  it.each([
    'ورجح اقتصاديون في استطلاع أجرته رويترز أن يتسارع النمو.',
    'وكان خبراء اقتصاديون قد توقعوا في استطلاع لرويترز أن ترتفع المبيعات.',
    'وتوقع محللون في مسح أجرته الوكالة أن تبقي البنوك الفائدة دون تغيير.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('analysts on their own are still unnamed', () => {
    expect(marksOf('وتوقع محللون أن تبقي البنوك الفائدة دون تغيير.', 'anonymous')).toHaveLength(1);
  });
});

describe('groups in the accusative, with their tanween alef (لكن سكانا قالوا، إن شهودا أكدوا)', () => {
  it.each([
    'لكن سكانا تحدثوا مع الوكالة هاتفيا قالوا إن القصف لم يتوقف.',
    'غير أن شهودا قالوا إن الشرطة أطلقت النار.',
    'لكن تجارا في السوق أكدوا أن الأسعار ارتفعت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });
});

describe('someone who spoke with or to an outlet (تحدثوا مع رويترز، تحدث إلى الصحيفة)', () => {
  it.each([
    ['وقال سكان تحدثوا إلى رويترز إن الجثث ملقاة في الشوارع.', 'reuters'],
    ['وتحدث شهود مع وكالة فرانس برس عن إطلاق نار كثيف.', 'afp'],
    ['وقال مزارعون تحدثوا مع «الشرق الأوسط» إن المحصول تضرر.', 'aawsat'],
  ])('%s', (text, outlet) => {
    expect(marksOf(text, 'wire')[0]?.outlets).toEqual([outlet]);
  });
});

describe('a group and its claim with a comma between (ويقول البعض، إن)', () => {
  it.each([
    'ويقول البعض، إن الحافلات تتأخر كل صباح.',
    'ويرى آخرون، أن القرار جاء متأخرا.',
    'ويقول البعض: إن الحافلات تتأخر كل صباح.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });

  it('a group with no claim after its comma is no source', () => {
    expect(marksOf('وانتقد البعض، في المقابل، القرار.', 'anonymous')).toEqual([]);
  });
});
