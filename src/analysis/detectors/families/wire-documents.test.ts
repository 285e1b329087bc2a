/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project. Here: what an outlet holds or puts out itself — a copy of a statement
 * it received, its front page, an interview on its air, its analysis.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../index';
import { marksOf, only } from './helpers';

describe('a statement a copy of which the outlet received', () => {
  it.each([
    ['وقالت الهيئة في بيان تلقت الشرق الأوسط نسخة منه إن التوزيع يبدأ الأحد.', 'الشرق الأوسط', 'aawsat'],
    ['وجاء في التعميم الذي حصلت الجزيرة على نسخة منه أن الدوام يبدأ مبكرا.', 'الجزيرة', undefined],
    ['وبحسب خطاب تسلمت الحياة نسخة منه، فإن اللجنة رفضت الطلب.', 'الحياة', undefined],
    ['وأوضحت الجمعية في رسالة تلقت المدينة صورة عنها أن الأعضاء صوتوا بالإجماع.', 'المدينة', undefined],
  ])('%s', (text, cue, outlet) => {
    const mark = only(text, 'wire');
    expect(mark.cue.text).toContain(cue);
    if (outlet) expect(mark.outlets).toEqual([outlet]);
  });

  it.each([
    'وتلقت الوزارة نسخة منه قبل أسبوع.',
    'وقال إن الجزيرة حصلت على استثمارات جديدة هذا العام.',
    'وتسلمت الحياة البرية في المحمية نسخة من الخطة.',
  ])('no outlet received a copy: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe("a paper's front page and headline", () => {
  it.each([
    ['وحملت صحيفة النهار على صفحتها الأولى عنوانا يقول إن الحكومة سقطت.', 'النهار'],
    ['أما صحيفة السفير فحملت في صدارة صفحتها الأولى صورة الرئيس.', 'السفير'],
    ['وكان عنوان صحيفة الشروق أمس «العاصمة تنتظر المطر».', 'الشروق'],
    ['وجاء مانشيت صحيفة الأخبار: «الأسعار إلى ارتفاع».', 'الأخبار'],
    ['وكان العنوان الرئيسي لصحيفة النهار صباح أمس «لا حكومة قبل العيد».', 'النهار'],
  ])('%s', (text, cue) => {
    expect(only(text, 'wire').cue.text).toContain(cue);
  });

  it.each([
    'وحملت الأم طفلها على صفحتها الأولى من الدفتر.',
    'وكتب الطالب عنوان المقال على السبورة.',
    'وحملت الحكومة المعارضة مسؤولية التأخير.',
  ])('no outlet: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe('an interview or call-in on an outlet', () => {
  it.each([
    ['وقال الوزير في مداخلة مع قناة الإخبارية: الوضع تحت السيطرة.', 'الإخبارية'],
    ['وأوضح في مداخلة هاتفية مع قناة العربية أن الطريق أعيد فتحه.', 'العربية'],
    ['وقال في مقابلة تلفزيونية مع شبكة سي إن إن إن المفاوضات مستمرة.', 'سي إن إن'],
    ['وأكد في مداخلته على قناة روتانا خليجية أن الحفل أُلغي.', 'روتانا خليجية'],
  ])('%s', (text, cue) => {
    expect(only(text, 'wire').cue.text).toContain(cue);
  });

  it.each([
    'وقال عضو المجلس في مداخلة خلال الجلسة إن الميزانية لا تكفي.',
    'وأغلقت الشرطة مداخل المدينة مع قناة التصريف.',
  ])('no outlet: %s', (text) => {
    expect(marksOf(text, 'wire')).toEqual([]);
  });
});

describe("an outlet's own analysis", () => {
  it.each([
    ['ويُظهر تحليل «بلومبرغ» أن الصادرات تراجعت للشهر الثالث.', 'بلومبرغ'],
    ['وبحسب تحليلات وكالة رويترز، فإن الطلب سيبقى ضعيفا.', 'رويترز'],
    ['وخلصت صحيفة الغارديان في تحليل لها إلى أن الانتخابات ستعاد.', 'الغارديان'],
  ])('%s', (text, cue) => {
    expect(only(text, 'wire').cue.text).toContain(cue);
  });

  it.each(['وأظهر تحليل «الحمض النووي» أن الجثة تعود للمفقود.', 'وطلب الطبيب تحليل الدم قبل العملية.'])(
    'no outlet: %s',
    (text) => {
      expect(marksOf(text, 'wire')).toEqual([]);
    },
  );
});

describe("an outlet's own report goes on as التقرير in the sentences after", () => {
  const wireOf = (text: string) => analyze(text).filter((m) => m.kind === 'wire');
  it.each([
    [
      'وذكرت صحيفة الغارديان في تقرير لها أن الشركة خسرت. وأضاف التقرير أن الخسائر تجاوزت المليار.',
      'وأضاف التقرير',
      'guardian',
    ],
    [
      'وقالت وكالة بلومبرغ في تقريرها إن الأسعار سترتفع. ووفقا للتقرير فإن الطلب سيتراجع.',
      'ووفقا للتقرير',
      'bloomberg',
    ],
    [
      'وبحسب تقرير لصحيفة لوموند فإن الحكومة ستستقيل. الرئيس عاد أمس. وخلص التقرير إلى أن الأزمة ستطول.',
      'وخلص التقرير',
      'lemonde',
    ],
  ])('%s', (text, cue, outlet) => {
    const last = wireOf(text).find((m) => m.cue.text === cue);
    expect(last?.outlets).toEqual([outlet]);
  });

  it.each([
    'وقالت وكالة رويترز إن الصندوق أصدر تقريرا عن الاقتصاد. وأضاف التقرير أن النمو سيتباطأ.',
    'وذكرت صحيفة الغارديان في تقرير لها أن الشركة خسرت. وأصدرت الوزارة تقريرا عن الخسائر. وأضاف التقرير أن العجز كبير.',
    'وأصدرت الهيئة تقريرها السنوي أمس. وأضاف التقرير أن عدد المشتركين ارتفع.',
  ])("a body's report, not the outlet's: %s", (text) => {
    expect(wireOf(text).filter((m) => m.cue.text.includes('التقرير'))).toEqual([]);
  });
});

describe('an outlet missing from the registry, named in parentheses or after the noun described', () => {
  it.each([
    ['وقال الوزير في تصريح لموقع (صوت بيروت) إن المفاوضات انهارت.', 'لموقع (صوت بيروت)'],
    ['ووفقا للموقع الأمريكي TechRadar، فإن الهاتف سيطرح في الخريف.', 'للموقع الأمريكي TechRadar'],
    ['وذكرت الصحيفة الأسبوعية «لو كانار أنشينيه» أن الوزير استقال.', 'الصحيفة الأسبوعية «لو كانار أنشينيه»'],
    [
      'وكتب الرئيس في مقال افتتاحي في الصحيفة الأسبوعية «جورنال دو ديمانش»: «أوروبا تحمينا».',
      'جورنال دو ديمانش',
    ],
  ])('%s', (text, cue) => {
    expect(only(text, 'wire').cue.text).toContain(cue);
  });

  it.each([
    ['ونشرت المؤسسة الجداول على الموقع الإلكتروني www.example.gov.sa للاطلاع عليها.', 'example'],
    ['وبث التلفزيون الحكومي “اعترافات المتهمين” مساء أمس.', 'aatrafat'],
    ['وفي رد على سؤال الصحيفة “كيف تصف نفسك”، أجاب الرجل بأنه متقاعد.', 'kyf'],
  ])("a body's site, or words in quotes, are no outlet's name: %s", (text, id) => {
    const ids = marksOf(text, 'wire').flatMap((m) => m.outlets ?? []);
    expect(ids.filter((o) => o.includes(id))).toEqual([]);
  });
});

describe('international papers Arabic news quotes, by their usual Arabic spellings', () => {
  it.each([
    ['وكان عنوان «نيويورك بوست» أمس «المدينة تحت الثلج».', 'nypost'],
    ['وذكرت صحيفة ليكيب الفرنسية أن المدرب سيرحل في الصيف.', 'lequipe'],
    ['ونقلت صحيفة كورييري ديلا سيرا عن الوزير قوله إن الحكومة باقية.', 'corriere'],
    ['وقالت «شيكاغو تريبيون» إن الشرطة اعتقلت ثلاثة أشخاص.', 'chicagotribune'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });
});

describe('a statement given to a paper named like a place or a day (في تصريحات للمدينة)', () => {
  it.each([
    ['وقال المدير في تصريحات للمدينة، إن المشروع تأخر.', 'almadina'],
    ['وأوضح في تصريح لليوم أن الطريق سيفتح الأسبوع المقبل.', 'alyaum'],
    ['وأكد في حديثه للرياض أن الموسم ناجح.', 'alriyadh'],
  ])('%s', (text, outlet) => {
    expect(only(text, 'wire').outlets).toEqual([outlet]);
  });

  it.each(['وأعرب المشاركون في استطلاع حديث للرأي عن قلقهم.', 'وعاد الوفد من زيارة للرياض أمس.'])(
    'a poll of opinion, a visit to a city: %s',
    (text) => {
      expect(marksOf(text, 'wire')).toEqual([]);
    },
  );
});

describe('an outlet that spoke goes on with a participle of saying (مضيفة أن، مشيرا إلى أن)', () => {
  const wireOf = (text: string) => analyze(text).filter((m) => m.kind === 'wire');
  it.each([
    ['وقالت صحيفة الغارديان إن الحكومة ستستقيل. مضيفة أن الانتخابات قريبة.', 'مضيفة', 'guardian'],
    ['وقال موقع هسبريس إن الوزير استقال. مشيرا إلى أن خلفه لم يعين بعد.', 'مشيرا', 'hespress'],
    ['وذكرت وكالة رويترز أن السفينة غرقت. موضحة أن الطاقم نجا.', 'موضحة', 'reuters'],
  ])('%s', (text, cue, outlet) => {
    expect(wireOf(text).find((m) => m.cue.text === cue)?.outlets).toEqual([outlet]);
  });

  it('a participle of the other gender goes on with someone else', () => {
    const text = 'وقالت صحيفة الغارديان إن الحكومة ستستقيل. مشيرا إلى أن الانتخابات قريبة.';
    expect(wireOf(text).map((m) => m.cue.text)).toEqual(['صحيفة الغارديان']);
  });
});

describe('a letter to the paper, its salutation to the editor opening the line (سعادة رئيس تحرير صحيفة …)', () => {
  it.each([
    ['سعادة رئيس تحرير صحيفة «الرياض» المحترم..', 'alriyadh'],
    ['سعادة رئيس تحرير صحيفة الجزيرة سلمه الله', 'aljazirah'],
    ['رئيس تحرير صحيفة «عكاظ» المحترم', 'okaz'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it.each(['واستقال رئيس تحرير صحيفة الرياض أمس.', 'وكرم الأمير رئيس تحرير صحيفة الجزيرة.'])(
    "the editor as the story's subject or object is no letter: %s",
    (text) => {
      expect(marksOf(text, 'wire')).toEqual([]);
    },
  );
});

describe("a column in the outlet, and the outlet's figures (في مقاله بصحيفة …، حسب أرقام مجلة …)", () => {
  it.each([
    ['ويتساءل الكاتب في مقاله بصحيفة «الوطن»: «إلى متى؟»', 'alwatan'],
    ['ويرى الباحث، في مقالته "عام الحسم" بمجلة «فوربس»، أن السوق ستتعافى.', 'forbes'],
    ['وحسب أرقام مجلة «فوربس»، فإن ثروته تضاعفت.', 'forbes'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it("a paper's editor resigning is no column", () => {
    expect(marksOf('واستقال كاتب المقال من صحيفة «الوطن» أمس.', 'wire')).toEqual([]);
  });
});

describe('an interview given to the outlet, whatever the verb (في لقاءات لهم مع "واس")', () => {
  it.each([
    ['وأبدى عدد من الزوار في لقاءات لهم مع "واس" سعادتهم بالمهرجان.', 'spa'],
    ['واعتبر الوزير في حديث شامل مع «الشرق الأوسط» أن العلاقات متينة.', 'aawsat'],
    ['وعبر اللاعب في مقابلة مع «عكاظ» عن رغبته في البقاء.', 'okaz'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it('a meeting with an official is no interview with an outlet', () => {
    expect(marksOf('والتقى الوزير في لقاء مع السفير أمس.', 'wire')).toEqual([]);
  });
});

describe('a story told to the outlet (يروي لـ«واس»، ترويها لـ"واس")', () => {
  it.each([
    ['ويروي لـ«واس» أحد الباعة قصته مع السوق.', 'spa'],
    ['وللسوق حكاية قديمة، ترويها لـ"واس" إحدى البائعات.', 'spa'],
    ['وروى لـ«عكاظ» تفاصيل الحادث.', 'okaz'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it('telling a story to someone else credits no outlet', () => {
    expect(marksOf('وروى الجد لأحفاده قصة السوق.', 'wire')).toEqual([]);
  });
});

describe('a press review\'s "the paper gave attention to" (واهتمت صحيفة … بـ، اهتمام صحيفة … بـ)', () => {
  it.each([
    ['واهتمت صحيفة «واشنطن بوست» بقرار المحكمة إلغاء الحظر.', 'wapo'],
    ['واهتمت قناة "سي إن إن" الأميركية بتغطية تفاصيل الحادث.', 'cnn'],
    ['وكان هناك اهتمام بأخبار الاقتصاد، مثل اهتمام صحيفة «وول ستريت جورنال» بخطة الإنقاذ.', 'wsj'],
  ])('%s', (text, id) => {
    expect(only(text, 'wire').outlets).toEqual([id]);
  });

  it('attention given by someone else credits no outlet', () => {
    expect(marksOf('واهتمت الوزارة بتطوير المدارس.', 'wire')).toEqual([]);
  });
});
