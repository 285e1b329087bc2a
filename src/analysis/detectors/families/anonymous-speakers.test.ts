/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project, so that a rule names the construction, not one sentence. Here: unnamed speakers: sources whose names are withheld, insiders, asides, continuations, and where the source a tooltip shows stops.
 */
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

describe('a speaker whose name is withheld, with words between the verb and the name', () => {
  it.each([
    'وقال الضابط الذي لم يشأ كشف هويته إن الدورية تعرضت لإطلاق نار.',
    'وأوضح الموظف الذي تمنع اللوائح الداخلية الكشف عن هويته أن الملفات نقلت.',
    'وذكر المهندس، الذي طلب من الصحيفة عدم ذكر اسمه، أن العمل توقف.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').explanation).toMatch(/not to be named|unnamed/);
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

describe('a ranked مصدر is an exporter or a resource (خامس أكبر مصدر)', () => {
  it.each([
    'وتعد إيران خامس أكبر مصدر في منظمة أوبك.',
    'وقال الوزير إن المملكة أكبر مصدر للتمور في العالم.',
    'وأكد التقرير أن السياحة أهم مصدر للعملة في البلاد.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

// Session 17 turned this one round: 13 of the 20 such sentences in the labelled sets are not
// anonymous (the outlet's own finding); the early splits that made the rule had 6 of 8.
describe("an outlet that learned something is the outlet's own finding (وعلمت «…» أن), no unnamed source", () => {
  it.each([
    'وعلمت «الصحيفة اليومية» أن الوزير سيزور العاصمة.',
    'وعلمت "النهار" بأن الاجتماع تأجل إلى الأسبوع المقبل.',
    'وعلمت الصحيفة أن المدرب قدم استقالته.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('the unnamed sources it learned it from are', () => {
    expect(only('وعلمت «النهار» من مصادر مطلعة أن الاجتماع تأجل.', 'anonymous').source).toBe('مصادر مطلعة');
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

describe('the source shown stops before a negated clause about it, unless that clause only says it is unnamed', () => {
  it.each([
    ['ونقلت الوكالة عن مصدر مطلع لم تكشف عن هويته قوله إن الوفد وصل.', 'مصدر مطلع'],
    ['وقال مصدر مسؤول في الحركة لم يتم تسميته إن الاجتماع انتهى.', 'مصدر مسؤول في الحركة'],
    ['ونقلت الوكالة عن مصدر لم تسمه بوزارة الخارجية أن الرد وصل.', 'مصدر لم تسمه بوزارة الخارجية'],
  ])('%s', (text, source) => {
    expect(only(text, 'anonymous').source).toBe(source);
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

describe('someone not identified, or people carrying something, who says nothing', () => {
  it.each([
    'وقال التلفزيون الرسمي إن رجلا لم يكشف عن هويته حاول اقتحام المبنى.',
    'وذكرت الشرطة أن امرأة لم تكشف عن هويتها عثر عليها في الحديقة.',
    'وأعلنت الوزارة أن شابا لم يكشف عن هويته اعتقل عند الحدود.',
    'وفيما نقل المواطنون المصابين إلى المستشفى، وصلت فرق الإنقاذ.',
    'ونقل المسعفون الجرحى إلى مستشفى المدينة.',
    'وتوفي 12 شخصا ونقل 40 آخرون إلى المستشفيات بسبب الحر.',
    'وسيتم نقل 3 طالبات إلى مدرسة أخرى.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('an official not identified still is the unnamed source; sources passing on reports still speak', () => {
    expect(only('وقال مسؤول لم يكشف عن هويته إن الاتفاق بات قريبا.', 'anonymous')).toBeDefined();
    expect(only('ونقل مسؤولون أمريكيون عن مصادر قولها إن الهجوم وشيك.', 'anonymous')).toBeDefined();
    expect(only('ونقلت وسائل الإعلام المحلية أن الطريق أغلق.', 'anonymous')).toBeDefined();
  });
});

describe('two delegates, unnamed (مندوبان)', () => {
  it.each([
    'وقال مندوبان في أوبك إن المنظمة لن تخفض الإنتاج.',
    'وأكد مندوبان لدى المنظمة أن الاجتماع تأجل.',
    'وذكر مندوبان خليجيان أن الاتفاق بات قريبا.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').count).toBe(2);
  });
});

describe("an outlet's name in brackets between the verb and its sources (علمت (الرياضي) من مصادر)", () => {
  it.each([
    'وعلمت (الرياضي) من مصادر مطلعة أن اللجنة ستجتمع غدا.',
    'وعلمت (اليوم) من مصادر في الوزارة أن القرار صدر.',
    'كما علمت (المدينة) من مسؤول في الأمانة أن المشروع تأخر.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toMatch(/^(?:و|كما )?علمت \(/);
  });
});

describe('a sentence that opens on a participle of saying goes on with the unnamed speaker before it', () => {
  it.each([
    'وقال مصدر ميداني إن الجيش استخرج مئات الألغام. مشيرا إلى أن المسلحين تراجعوا باتجاه الساحل.',
    'وأكدت مصادر محلية أن القصف استمر حتى الفجر. مضيفة أن عشرات المنازل دمرت.',
    'وقال سكان إن المياه انقطعت منذ أسبوع. مؤكدين أن البلدية لم ترسل صهاريج.',
    'وأوضح مسؤول في الوزارة أن الخطة جاهزة. لافتا إلى أن التنفيذ يبدأ الشهر المقبل.',
  ])('%s', (text) => {
    const marks = marksOf(text, 'anonymous');
    expect(marks).toHaveLength(2);
    expect(marks[1]?.cue.text).toMatch(/^(?:مشيرا|مضيفة|مؤكدين|لافتا)$/);
  });

  it.each([
    'وقال وزير الدفاع خالد العلي إن الجيش تقدم. مشيرا إلى أن المسلحين تراجعوا.',
    'وأعلنت الشركة أرباحها أمس. مشيرة إلى أن المبيعات ارتفعت.',
  ])('not after a named speaker or a named body: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a sentence cut at a semicolon runs on with the unnamed speaker before it', () => {
  it.each([
    'وقال مصدر في المقاومة إنه تمت السيطرة على ثلاث مديريات؛ العدين والقفر والنادرة، وتطهيرها من المسلحين.',
    'وأكد مسؤول أمني أن الحملة ستستمر؛ لأن المهربين ما زالوا ينشطون على الحدود.',
    'وأوضحت مصادر مطلعة أن الوزير سيزور العواصم الخليجية؛ بغية بحث ملفات الطاقة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it.each([
    'وقال مصدر إن الجيش تقدم في المنطقة؛ إذ شغل قائده المنصب منذ عامين.',
    'وقال الوزير خالد العلي إن الجيش تقدم؛ لأن الإمدادات وصلت.',
  ])('not a background the writer adds, nor after a named speaker: %s', (text) => {
    expect(marksOf(text, 'anonymous').length).toBeLessThan(2);
  });
});

describe('the unnamed source named again, its claim opened by أن whatever verb carries it', () => {
  it.each([
    'وقال مصدر مطلع إن الاجتماعات تعقد يوميا. ولم يغفل المصدر التأكيد على أن النقل سيكون مجانيا.',
    'وذكرت مصادر محلية أن الطريق أغلق. وتضيف المصادر ذاتها أن الحافلات عادت أدراجها.',
    'وأكدت مصادر أن اللجنة اجتمعت. وكشفت ذات المصادر أنه من المتوقع أن تعلن النتائج غدا.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it.each([
    'وقال مصدر إن الاجتماع تأجل. وبالعودة إلى المصدر فإن القضية حسمت.',
    'وقال مصدر إن الاجتماع تأجل. فما هو المصدر الذي يزعم بأنه نقل عنه؟',
    'ولم يغفل المصدر التأكيد على أن النقل سيكون مجانيا.',
  ])('not without an unnamed source before, nor after a preposition or before a relative: %s', (text) => {
    expect(marksOf(text, 'anonymous').length).toBeLessThan(2);
  });
});

describe('unnamed sources are people: a masculine plural verb goes on with them (وقالت المصادر … وأضافوا)', () => {
  it.each([
    'وقالت المصادر إن فرق البحث ما زالت تعمل. وأضافوا أن عدد الركاب بلغ أربعين.',
    'وأشارت مصادر ميدانية إلى أن المسلحين انسحبوا. مؤكدين أن المنطقة باتت آمنة.',
    'وذكرت أوساط نيابية أن الجلسة تأجلت. وتابعوا أن الخلاف على الموازنة لم يحسم.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it.each([
    'وذكرت تقارير أن الجلسة تأجلت. وأضافوا أن الخلاف لم يحسم.',
    'وقالت المصادر إن فرق البحث ما زالت تعمل. وأضاف الوزير خالد العلي أن الركاب بخير.',
  ])('not after reports, which are things, nor when a named speaker takes over: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });
});

describe('the unnamed source named again as the subject of whatever verb opens the sentence (ونسب المصدر، ودعت المصادر)', () => {
  it.each([
    'وقال مصدر أمني إن الانفجار وقع فجرا. ونسب المصدر ذاته التفجير إلى خلية نائمة.',
    'وأفادت مصادر محلية بأن الجسر انهار. وحملت المصادر البلدية مسؤولية الإهمال.',
    'وذكر مصدر في الميناء أن الشحنات توقفت. وطالب المصدر الحكومة بالتدخل العاجل.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it.each([
    'وقال الوزير خالد العلي إن الانفجار وقع فجرا. ونسب المصدر الرسمي التفجير إلى خلية نائمة.',
    'وقال مصدر أمني إن الانفجار وقع فجرا. ويبقى المصدر الذي تحدث إلينا بعيدا عن موقع الحادث.',
    'وقال مصدر أمني إن الانفجار وقع فجرا. والمصدر الرئيسي للمياه في المدينة هو النهر.',
  ])('not without an unnamed source before, nor before a relative clause or as a noun phrase: %s', (text) => {
    expect(marksOf(text, 'anonymous').length).toBeLessThan(2);
  });
});

describe('"while he said" (فيما، بينما) opens a sentence that goes on with the unnamed speaker before it', () => {
  it.each([
    'وقال مسؤول في الهيئة إن الخطة قيد الدراسة. فيما أوضح أن القرار سيصدر قريبا.',
    'وأكدت مصادر مطلعة أن الاجتماع تأجل. وفيما أشارت إلى أن الخلاف مستمر، رجحت عقده الأسبوع المقبل.',
    'وقال شهود إن الطريق أغلق. بينما أكدوا أن الدوريات انتشرت في المكان.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not when the sentence names its own speaker: فيما أوضح الوزير …', () => {
    expect(
      marksOf(
        'وقال مسؤول في الهيئة إن الخطة قيد الدراسة. فيما أوضح الوزير خالد العلي أن القرار سيصدر قريبا.',
        'anonymous',
      ),
    ).toHaveLength(1);
  });
});

describe('the unnamed official named again, with where he said it between the title and the claim', () => {
  it.each([
    'قال مسؤول في الميناء إن الشحنة وصلت. وتابع المسؤول في تصريحاته للإذاعة أن التفتيش بدأ.',
    'أكد دبلوماسي غربي أن المحادثات مستمرة. وأضاف الدبلوماسي في حديثه للصحيفة أن الجولة المقبلة قريبة.',
    'كشف ضابط في الشرطة عن خطة جديدة. وأوضح الضابط خلال اتصال هاتفي أن الخطة تبدأ غدا.',
  ])('%s', (text) => {
    const marks = marksOf(text, 'anonymous');
    expect(marks).toHaveLength(2);
    expect(marks[1]?.explanation).toMatch(/introduced earlier/);
  });

  it('a name after the title, even one ending like an adjective, is no unnamed official', () => {
    const text =
      'قال محلل إن الأسعار سترتفع. وقال المحلل الاقتصادي سامي الحربي في تصريحات للصحيفة إن الطلب قوي.';
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
    const named = 'قال محلل إن الأسعار سترتفع. وأضاف المحلل السياسي ناجي العمري في حديثه أن الطلب قوي.';
    expect(marksOf(named, 'anonymous')).toHaveLength(1);
  });
});

describe('one of a group as the subject after the verb and its object (كشف عنه أحد أقارب المعتقلين)', () => {
  it.each([
    ['وهذا ما كشف عنه أحد أقارب الضحايا للصحيفة.', 'كشف عنه أحد أقارب'],
    ['وأكد الخبر أحد المسؤولين في البلدية.', 'وأكد الخبر أحد المسؤولين'],
    ['وأفاد به بعض السكان في الحي.', 'وأفاد به بعض السكان'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not one of a group inside the claim', () => {
    expect(marksOf('وقال الوزير إن أحد المسؤولين سافر أمس.', 'anonymous')).toEqual([]);
  });
});

describe('"the official" names again an unnamed person by function just before, whatever the word', () => {
  it.each([
    'وقال دبلوماسي غربي إن القيود تكفي. وأضاف المسؤول: «الهدف هو الدمج».',
    'وأكد ضابط في الشرطة أن الطريق أغلق. وأوضح المسؤول أن التحقيق بدأ.',
    'وقال شهود إن الانفجار وقع فجرا. وقال الشهود لمراسل الوكالة إن النار امتدت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not after a named person', () => {
    expect(
      marksOf('وقال الوزير سامي العلي إن القيود تكفي. وأضاف المسؤول أن الهدف هو الدمج.', 'anonymous'),
    ).toEqual([]);
  });
});

describe('"the same source" (نفس المصدر، المصدر ذاته) takes up the unnamed person just marked, whatever the word', () => {
  it.each([
    'وقال ضابط في الجيش لوكالة محلية إن الاشتباكات توقفت. وأضاف نفس المصدر أن خمسة جرحوا.',
    'وأكد موظف في البلدية أن الطريق أغلق. وأغلقت المحال أيضا، بحسب المصدر ذاته.',
    'وذكر دبلوماسي غربي أن المحادثات تعثرت. وأوضح المصدر نفسه أن الجولة المقبلة أرجئت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('after a body that spoke as itself, the same source is that body', () => {
    expect(
      marksOf('وقالت وزارة الصحة إن ثمانية أصيبوا. وأضاف نفس المصدر أن الحالات مستقرة.', 'anonymous'),
    ).toEqual([]);
  });
});

describe('a man or a woman the article does not name, speaking, with the claim close after', () => {
  it.each([
    ['وقالت امرأة من سكان الحي إنها سمعت ثلاثة انفجارات.', 'وقالت امرأة'],
    ['وأكد رجل ملثم في التسجيل أن الجماعة تبنت الهجوم.', 'وأكد رجل'],
    ['وقال شاب كان في السوق إن النار امتدت بسرعة.', 'وقال شاب'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'ويروي الفيلم قصة رجل يعمل حارسا ليليا في مصنع.',
    'وتزعم المجموعة رجل في الأربعين وزوجته.',
    'وقال رجل الأعمال سامي العلي إن السوق راكد.',
  ])('not whom a story is about, nor a named one (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a quotation of an unnamed source that runs into the next sentence and closes there', () => {
  it.each([
    'وقال مصدر في الميناء: «الوضع صعب جدا منذ أسابيع.\nالجماعة تحتكر كل شيء في الميناء».',
    'وأضاف مسؤول طلب عدم ذكر اسمه: «لن نتراجع عن القرار.\nوإلى جانب ذلك سنرسل تعزيزات إلى الحدود».',
    'وقال شهود لمراسلنا: “سمعنا دويا هائلا قرب السوق.\nثم رأينا الدخان يتصاعد من المبنى”.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not after a quotation that closed in its own sentence', () => {
    expect(marksOf('وقال مصدر: «الوضع صعب».\nوأغلق الميناء أمس».', 'anonymous')).toHaveLength(1);
  });
});

describe("one office holder named by a body's name of two words (قائد قوة أمن الطرق، عضو مجلس محافظة البصرة)", () => {
  it.each([
    'وشدد قائد قوة أمن المنشآت على ضرورة الالتزام بالتعليمات.',
    'وأكد عضو مجلس محافظة الأنبار أن القوات تتقدم.',
    'وأوضح مساعد أمين منطقة الرياض أن المشروع سينتهي قريبا.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('an unnamed one of a body, described, is still unnamed', () => {
    expect(only('وقال مسؤول في مجلس المحافظة إن القوات تتقدم.', 'anonymous').cue.text).toBe('وقال مسؤول');
  });
});

describe("a body's officials, definite and unnamed (المسؤولون في الوزارة، المسؤولين بالشركة)", () => {
  it.each([
    ['وقال المسؤولون في البلدية إن أعمال الصيانة ستنتهي الشهر المقبل.', 'وقال المسؤولون'],
    ['ووفقا للمسؤولين في الميناء فإن الشحنات ستتأخر أسبوعا.', 'ووفقا للمسؤولين'],
    ['وأكد المسؤولون بالمستشفى أن حالة المصابين مستقرة.', 'وأكد المسؤولون'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'والتقى الوزير المسؤولين في البلدية لبحث المشروع.',
    'وقال المسؤولون في البلدية سالم العمري وفهد الدوسري إن الصيانة ستنتهي.',
  ])('not officials met, nor officials named right after (%s)', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('what someone is expected to say is no report yet (من المرجح أن يقول مسؤولون)', () => {
  it.each([
    'ومن المرجح أن يقول مسؤولون إن النمو تباطأ في الربع الأخير.',
    'ومن المتوقع أن يعلن مصدر رسمي النتائج صباح الغد.',
    'ومن المنتظر أن يؤكد المسؤولون في الوزارة أن الخطة نجحت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('an unnamed source who said that something is expected still speaks', () => {
    expect(only('وقال مسؤولون إن من المتوقع أن يعلن الوزير النتائج.', 'anonymous').cue.text).toBe(
      'وقال مسؤولون',
    );
  });
});

describe('بيّن (explained) after an aside that hands over the turn (من جهته، بدورها)', () => {
  it.each([
    ['من جهته بين أحد العاملين بمصنع للأغذية في المنطقة أن الإنتاج توقف.', 'بين أحد العاملين'],
    ['ومن جهتها بينت مصادر في الشركة أن العقد لم يوقع.', 'بينت مصادر'],
    ['بدوره بين مصدر مطلع أن الاجتماع تأجل.', 'بين مصدر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not the preposition between after the aside', () => {
    expect(marksOf('من جهته بين المصدر والوزارة خلاف قديم.', 'anonymous')).toEqual([]);
  });
});

describe('an unnamed source goes on past a topic set before the verb (وحول …، شدد على أن)', () => {
  it.each([
    'وقال مصدر في الوزارة إن الاتفاق لم يوقع.\nوحول موعد التوقيع شدد على أن الطرفين لم يتفقا بعد.',
    'وأكد مسؤول في الشركة أن الإنتاج توقف.\nوعن أسباب التوقف، أوضح أن الآلات تعطلت.',
    'وقال مصدر أمني إن الطريق أغلق.\nوردا على سؤال عن موعد فتحه، قال إنه لم يحدد بعد.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not when a named speaker takes the floor after the topic', () => {
    expect(
      marksOf('وقال مصدر إن الاتفاق لم يوقع.\nوعن الخلاف قال الوزير خالد العلي إن الأمر انتهى.', 'anonymous'),
    ).toHaveLength(1);
  });
});

describe('unnamed sources go on in the singular (وقالت مصادر … وأوضح أن), an unnamed group a sentence later in the plural (وقالوا)', () => {
  it.each([
    'وقالت مصادر في المعارضة إن القوات تقدمت.\nوأوضح أن عشرين مسلحا قتلوا في المعارك.',
    'وذكرت مصادر مطلعة أن الفريق بدأ عمله.\nوأشار إلى أن التقرير سيرفع قريبا.',
    'وأفادت مصادر محلية بأن السوق أغلق.\nوتابع أن التجار غادروا المدينة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it.each([
    'وشكا عدد من السكان من انقطاع المياه.\nوهل تتحرك البلدية؟\nوقالوا إن الشكاوى لم تلق ردا.',
    'وقال مواطنون إن الأسعار في السوق غالية.\nفالأسعار تضاعفت خلال شهر.\nوأكدوا أن الرقابة غائبة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not a singular verb after an unnamed group other than sources', () => {
    expect(marksOf('وقال محللون إن الأسعار سترتفع.\nوأوضح أن الطلب يتزايد.', 'anonymous')).toHaveLength(1);
  });
});

describe('"the one speaking" (المتحدث) with nothing that makes him a spokesman is the unnamed speaker going on', () => {
  it.each([
    'وقال مسؤول في مؤسسة الكهرباء إن المحطة جديدة.\nوأكد المتحدث أن الطاقة كافية للمدينة.',
    'وقال ضابط في الجيش إن الهجوم صد.\nوأوضح المتحدث أن الخسائر محدودة.',
    'وقالت موظفة في المستشفى إن المصابين وصلوا ليلا.\nوأضافت المتحدثة أن حالتهم مستقرة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not a spokesman of a body (المتحدث باسم الوزارة), who speaks on the record', () => {
    expect(
      marksOf(
        'وقال مسؤول في الوزارة إن المحطة جديدة.\nوأكد المتحدث باسم الوزارة أن الطاقة كافية.',
        'anonymous',
      ),
    ).toHaveLength(1);
  });
});

describe('a woman by function, unnamed (موظفة، ممرضة، طبيبة), and the feminine verb that goes on with her', () => {
  it.each([
    ['وقالت موظفة في البلدية إن الطلبات تأخرت.', 'وقالت موظفة'],
    ['وأكدت ممرضة في المستشفى أن الأسرة ممتلئة.', 'وأكدت ممرضة'],
    ['وذكرت طبيبة تعمل في المخيم أن الأدوية نفدت.', 'وذكرت طبيبة'],
    ['وقالت موظفات في الشركة إن الرواتب لم تصرف.', 'وقالت موظفات'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('the feminine verb of the next sentence continues her', () => {
    expect(
      marksOf('وقالت ممرضة في المستشفى إن المصابين وصلوا ليلا.\nوأضافت أن حالتهم مستقرة.', 'anonymous'),
    ).toHaveLength(2);
  });
});

describe('a setting closed by a comma before the verb (وفي الشأن الميداني، قال إن) does not break the chain', () => {
  it.each([
    'وقال مصدر في المقاومة إن القوات تقدمت.\nوفي الشأن الميداني، قال، إن المعارك محدودة.',
    'وذكر مسؤول أن الحكومة ستجتمع.\nوفي ما يخص الموازنة، أوضح أنها لم تقر بعد.',
    'وقالت مصادر إن الوفد وصل.\nوفي سياق متصل، أشارت إلى أن المحادثات تبدأ غدا.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not without the comma (the setting may hold another subject)', () => {
    expect(
      marksOf('وقال مصدر إن الوفد وصل.\nوفي الأثناء قال الوزير خالد العلي إن المحادثات تبدأ.', 'anonymous'),
    ).toHaveLength(1);
  });
});

describe('women going on in the feminine plural (وأكدن، وأشرن، وقلن)', () => {
  it.each([
    'وقالت موظفات في الشركة إن الرواتب تأخرت.\nوأكدن أن الإدارة لم ترد.',
    'واشتكت معلمات من نقص الكتب.\nوأشرن إلى أن الفصل بدأ قبل أسبوع.',
    'وقالت طالبات في الجامعة إن السكن مزدحم.\nوأوضحن أن الشكاوى لم تلق ردا.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it('not without unnamed women before', () => {
    expect(marksOf('وافتتحت الوزيرة المعرض.\nوأكدن أن المعرض ناجح.', 'anonymous')).toEqual([]);
  });
});

describe('a group going on "all of them" (وأكدوا جميعهم أنهم)', () => {
  it.each([
    'وقال مرشحون خاسرون إن الانتخابات نزيهة.\nوأكدوا جميعهم أنهم سيستمرون.',
    'وقال سكان إن المياه انقطعت.\nوأضافوا كلهم أن البلدية لم ترد.',
    'وقال طلاب إن القاعات مزدحمة.\nوأكدوا جميعا أن الإدارة وعدت بالحل.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });
});

describe('the saying of unnamed sources or groups, as a noun (قول مصادر إن)', () => {
  it.each([
    ['ورغم قول مصادر إن الصفقة أُلغيت فإن الشركة تواصل التفاوض.', 'قول مصادر'],
    ['ومع قول محللين إن الأسعار ستنخفض، ارتفعت الأسهم.', 'قول محللين'],
    ['ويأتي ذلك بعد قول المراقبين إن الهدنة هشة.', 'قول المراقبين'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not a saying of a named poet or a proverb', () => {
    expect(marksOf('وهذا قول الشاعر المتنبي في مدح سيف الدولة.', 'anonymous')).toEqual([]);
    expect(marksOf('وهذا قول مأثور يردده الناس.', 'anonymous')).toEqual([]);
  });
});

describe('an unnamed politician, like an unnamed diplomat', () => {
  it.each([
    ['وقال سياسي يمني إن الوزراء وصلوا إلى عدن.', 'وقال سياسي'],
    ['وعاد الوفد إلى بيروت، حسبما قال سياسي لبناني.', 'قال سياسي'],
    ['وأكد سياسيان عراقيان أن الحكومة ستستقيل.', 'وأكد سياسيان'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('not a political solution, nor a named political analyst', () => {
    expect(marksOf('ودعا الوزير إلى حل سياسي للأزمة.', 'anonymous')).toEqual([]);
    expect(marksOf('وقال المحلل السياسي سامي العلي إن الأزمة ستطول.', 'anonymous')).toEqual([]);
  });
});

describe('the object after a comma is no name set off for the source (ونفى مسؤول في الشرطة، مطاردتهم …)', () => {
  it.each([
    ['ونفى مسؤول في الشرطة، مطاردتهم للمتظاهرين، مؤكدا أن الدوريات عادية.', 'ونفى مسؤول'],
    ['ونفى مسؤول في الوزارة، صحة التقارير.', 'ونفى مسؤول'],
    ['وأكد موظف في الشركة، مغادرتهم البلاد.', 'وأكد موظف'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('a name set off by commas still names the source', () => {
    expect(marksOf('وقال مسؤول في الحزب، سامر الخطيب، إن الاجتماع تأجل.', 'anonymous')).toEqual([]);
  });
});

describe('one unnamed by function in the accusative after "but" (لكن باحثا …، إلا أن دبلوماسيا …)', () => {
  it.each([
    ['لكن باحثا في جامعة القاهرة قال إن العينة صغيرة.', 'باحثا'],
    ['إلا أن دبلوماسيا غربيا أكد أن المحادثات متعثرة.', 'دبلوماسيا'],
    ['غير أن محللا اقتصاديا قال إن الأرقام مبالغ فيها.', 'محللا'],
  ])('%s', (text, noun) => {
    expect(only(text, 'anonymous').cue.text).toContain(noun);
  });

  it.each(['وأكد التقرير أن 30 محللا توقعوا ارتفاع الأسعار.', 'وعينت الوزارة مستشارا قال إنه سيبدأ غدا.'])(
    'a count or an object in the accusative is no unnamed speaker: %s',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe('the source as a predicate after a verb of being or considering (تعتبر المصدر المغذي لـ…)', () => {
  it.each([
    'وقال المدير إن المدرسة تعتبر المصدر المغذي لنجاح الفرق.',
    'والمركز يعد المصدر الرسمي للإحصاءات في المنطقة.',
    'وأصبحت المنصة المصدر الأول للأخبار لدى الشباب.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it('sources who consider something, their claim after them, speak', () => {
    expect(only('وتعتبر المصادر الفرنسية أن الفكرة غير واقعية.', 'anonymous').cue.text).toContain('المصادر');
  });
});

describe('sources of a nation whose adjective starts with ل (مصادر ليبية، مسؤول لبناني)', () => {
  it.each([
    'ونقلت الوكالة عن مصادر ليبية أن المفاوضات استؤنفت.',
    'وذكرت الصحيفة، نقلا عن مصادر لبنانية مطلعة، أن الحكومة ستجتمع غدا.',
    'ونقل الموقع عن مصدر ليبي أن الطريق أعيد فتحه.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toMatch(/مصادر|مصدر/);
  });

  it('a source for something (مصدر للعملة) is still a resource', () => {
    expect(marksOf('ويبقى النفط المصدر الأول للعملة الصعبة في البلاد.', 'anonymous')).toEqual([]);
  });
});

describe('an official of a nation whose adjective begins with ال (مسؤول ألماني، دبلوماسي ألباني)', () => {
  it.each([
    'وقال مسؤول ألماني إن برلين لن تغير موقفها.',
    'وأكد دبلوماسي ألماني رفيع أن المحادثات ستستأنف.',
    'وقال مسؤول ألباني لوكالة الأنباء إن الحدود أغلقت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });

  it('an official of a named body (مسؤول الملف) is an office, named', () => {
    expect(marksOf('وقال مسؤول الملف في الوزارة إن الاجتماع تأجل.', 'anonymous')).toEqual([]);
  });
});

describe('names listed past a semicolon carry no claim, and the unnamed speaker goes on after them', () => {
  const text =
    'وذكرت مصادر محلية أن الحملة طالت كلا من: سامي درويش؛ وخالد منصور؛ ورامي عبيد؛ وفادي سليم. وأشارت إلى أن المعتقلين نقلوا إلى المدينة.';
  it('marks the claim and its continuation, not the names', () => {
    const marks = marksOf(text, 'anonymous').map((m) => text.slice(m.start, m.end));
    expect(marks).toHaveLength(2);
    expect(marks[0]).toContain('مصادر محلية');
    expect(marks[1]).toContain('وأشارت');
  });

  it.each([
    'وقال مصدر أمني إن الهجوم وقع فجرا؛ وإن الضحايا من المدنيين.',
    'وأكدت مصادر أن الطريق أغلق؛ لأن السيول جرفت الجسر.',
    'وقال مسؤول إن الحملة شملت عدة مناطق؛ حزم العدين، النادرة، القفر.',
  ])('a clause that runs on past the semicolon is still the speaker’s: %s', (t) => {
    expect(marksOf(t, 'anonymous')).toHaveLength(2);
  });
});

describe('sources of a field once they speak (قالت مصادر مالية، بحسب مصادر نفطية)', () => {
  it.each([
    'وقالت مصادر مالية إن البنوك سترفع أسعار الفائدة الشهر المقبل.',
    'وبحسب مصادر نفطية تحدثت للصحيفة، فإن الإنتاج سيرتفع في الربع الأخير.',
    'وأكدت مصادر استثمارية أن الصندوق يدرس بيع حصته.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toMatch(/مصادر/);
  });

  it.each([
    'ولا تملك البلدية مصادر مالية أخرى لتمويل المشروع.',
    'وقالت الوزارة إن المصادر المالية للمشروع مضمونة.',
    'وتشير الدراسة إلى أن مصادر مائية جديدة اكتشفت في الوادي.',
    'ويعتمد الباحث على ما ورد في المصادر الأدبية القديمة.',
  ])('resources of a field, or resources by nature, are no informants: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('unnamed officials in charge of something who make a claim (مسؤولون عن الحملة)', () => {
  it.each([
    'وقال مسؤولون عن الحملة إن أعداد المتطوعين تضاعفت.',
    'ونقلت الوكالة عن مسؤولين عن الإغاثة في الإقليم القول إن الطرق مقطوعة.',
    'وأكد مسؤولون عن التنظيم أن المهرجان سيقام في موعده.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').cue.text).toMatch(/مسؤول/);
  });

  it.each(['وقال الوزير إن الجماعة مسؤولة عن الهجوم.', 'وأكد أن مسؤولين عن الفساد سيحاسبون.'])(
    'responsible for something, with no claim of their own: %s',
    (text) => {
      expect(marksOf(text, 'anonymous')).toEqual([]);
    },
  );
});

describe('a verb of saying with a quoted name as its subject starts a new speaker (وقالت "شينخوا" إن)', () => {
  it.each([
    'وقال مسؤولون إن الجسر انهار. وقالت "شينخوا" إن الأمطار مستمرة.',
    'وقال مصدر إن الجسر انهار. وأوضحت «بليك» أن التحقيق بدأ.',
    'وقال شهود إن الجسر انهار. وذكرت "تاس" أن الأمطار مستمرة.',
  ])('%s', (text) => {
    // The first sentence's unnamed speaker only: the second has a named one.
    expect(marksOf(text, 'anonymous').map((m) => m.start)).toEqual([0]);
  });

  it('a quoted claim right after the verb still continues the unnamed speaker', () => {
    const text = 'وقال مسؤول إن الضحايا غرقوا. وأضاف "إن الوضع صعب جدا".';
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });
});

describe('unnamed speakers who conclude, or explain in the present (وخلص محللون إلى أن، ويبين دبلوماسي أن)', () => {
  it.each([
    'وخلص محللون إلى أن الأسعار ستواصل الارتفاع.',
    'ويخلص دبلوماسي غربي إلى أن المفاوضات وصلت إلى طريق مسدود.',
    'ويبين مسؤول في الوزارة أن الخطة تأخرت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });

  it('finishing something is no conclusion voiced', () => {
    expect(marksOf('وخلص العمال من إزالة المخلفات قبل الموعد.', 'anonymous')).toEqual([]);
  });
});

describe('a resource described before what it is for (مصدر مثالي لتغطية الطلب)', () => {
  it.each([
    'فالرياح مصدر مثالي لتغطية ذروة الطلب على الكهرباء.',
    'وتعد السياحة مصدرا مهما للدخل في الجزيرة.',
    'وتبحث أوروبا عن مصادر بديلة للغاز الروسي.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });

  it.each([
    'وقال مصدر عسكري لبناني إن الجيش تقدم.',
    'وأشارت الصحيفة إلى أن مصادر أكدت لها أن التهديد قائم.',
    'وقال مصدر مقرب للحكومة إن الوزير سيستقيل.',
  ])('informants still, with a nation, an addressee or closeness after them: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });
});

describe('a subject that starts with ل after a verb of saying is no addressee (وقالت لجنة الانتخابات، وقال لافروف)', () => {
  it.each([
    'وقال معارضون إن الرئيس خالف الدستور. وقالت لجنة الانتخابات إن الرئيس فاز.',
    'وقال مسؤول إن المفاوضات تعثرت. وقال لافروف إن الحوار مستمر.',
    'وقال شهود إن الطريق أغلق. ويقول لويس إن الطريق فتح صباحا.',
  ])('%s', (text) => {
    // Only the first sentence's unnamed speaker: the second has one of its own.
    expect(marksOf(text, 'anonymous').map((m) => m.start)).toEqual([0]);
  });

  it.each([
    'وقال مسؤول إن المفاوضات تعثرت. وأضاف لـ«الصحيفة» أن الحوار مستمر.',
    'وقال مسؤول إن المفاوضات تعثرت. وأضاف لنا أن الحوار مستمر.',
    'وقالت موظفة إن المكتب أغلق. وقالت لزملائها إن الإدارة لم تبلغهم.',
  ])('words said to someone still continue the unnamed speaker: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });
});

describe('a sentence credited to "him" or "her", the unnamed speaker before (وبحسبه، ووفقا لها، وعلى حد قولهم)', () => {
  it.each([
    'وقال ضابط كبير في الجيش إن الجرحى كثر. وبحسبه فإن هؤلاء الجرحى تسللوا.',
    'وقالت موظفة إن المكتب أغلق. ووفقا لها فإن الإدارة لم تبلغ أحدا.',
    'وقال شهود إن المبنى انهار. وعلى حد قولهم فإن أحدا لم يصب.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it.each([
    'وقال شهود إن المبنى انهار. وبحسبه فإن أحدا لم يصب.',
    'وقال الوزير محمد العلي إن المبنى انهار. وبحسبه فإن أحدا لم يصب.',
  ])('not a pronoun that does not agree, nor after a named speaker: %s', (text) => {
    expect(marksOf(text, 'anonymous').length).toBeLessThan(2);
  });
});

describe('the unnamed official again, telling an outlet named right after him (وأبلغ المسؤول رويترز أن)', () => {
  it.each([
    'وقال مسؤول في الشركة إن الإنتاج زاد. وأبلغ المسؤول رويترز أن الحقل بدأ الإنتاج.',
    'وقال دبلوماسي غربي إن المحادثات تعثرت. وأبلغ الدبلوماسي فرانس برس أن الجولة المقبلة تأجلت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'anonymous')).toHaveLength(2);
  });

  it("a title followed by a body that shares an outlet's name still names its holder", () => {
    const text =
      'وقال مسؤول إن الإنتاج زاد. وقال مسؤول السياسة الخارجية في الاتحاد الأوروبي خافيير سولانا إن الحوار مستمر.';
    expect(marksOf(text, 'anonymous')).toHaveLength(1);
  });
});
