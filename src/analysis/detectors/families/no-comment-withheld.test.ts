/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project. Here: what a party keeps back besides a comment — other people's
 * identities, a figure it was expected to give — and the wire style's "could not be reached at once".
 */
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

describe("others' identities or names withheld", () => {
  it.each([
    ['ولم تكشف النيابة عن هوية المتهمين الثلاثة.', 'ولم تكشف'],
    ['ولم تفصح الشرطة عن هوية أي من الموقوفين.', 'ولم تفصح'],
    ['ولم تكشف المحكمة عن هوية "الشاهد" الذي أدلى بإفادته.', 'ولم تكشف'],
    ['ولم يفصح البيان عن هوية القتلى ولا عن جنسياتهم.', 'ولم يفصح'],
    ['ورفض المدير الإفصاح عن اسم المدرب الجديد.', 'رفض'],
    ['ورفضت الشركة الكشف عن أسماء المستثمرين في الصفقة.', 'رفضت'],
    ['ولم يفصح الوزراء عن اسم الدولة التي ستستضيف القمة.', 'ولم يفصح'],
    ['وقال إن مستثمرا أبدى اهتمامه بالصفقة، لكنه لم يذكر اسم المستثمر.', 'لم يذكر'],
    ['ولم يعلن النادي بشكل رسمي اسم المدرب الجديد.', 'ولم يعلن'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each([
    'وقال مسؤول طلب عدم الكشف عن هويته إن الاجتماع تأجل.',
    'وقال مصدر رفض الإفصاح عن اسمه إن القرار صدر.',
    'وتحدث الموظف، الذي رفض الكشف عن اسمه الكامل، عن ظروف العمل.',
    'وكشفت الشرطة عن هوية المتهمين الثلاثة.',
    'وهاجم الرئيس خصومه دون أن يذكر اسم رئيس الوزراء.',
    'وانتقد الوزير جهات خارجية من دون ذكر اسم الدولة المقصودة.',
  ])("one's own name withheld, or identities given: %s", (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });
});

describe('a figure the party did not announce or confirm', () => {
  it.each([
    ['ولم تؤكد الشرطة عدد المصابين في الحادث.', 'ولم تؤكد'],
    ['ولم تعلن الشركة رقما لأرباحها الفصلية.', 'ولم تعلن'],
    ['ولم يعلن الاتحاد حجم الغرامة المفروضة على النادي.', 'ولم يعلن'],
    ['ولم تعلن الهيئة نسبة المشاركة في الاقتراع.', 'ولم تعلن'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each([
    'وأعلنت الشرطة عدد المصابين في الحادث.',
    'ولم تعلن أي جهة مسؤوليتها عن الهجوم.',
    'ولم يؤكد الفحص وجود إصابات جديدة.',
  ])('announced, or no figure withheld: %s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });
});

describe('no comment could be had at once (تعذر الحصول في الحال على تعليق)', () => {
  it.each([
    ['وتعذر الحصول في الحال على تعليق من وزارة الدفاع.', 'تعذر'],
    ['وتعذر الحصول على الفور على رد من إدارة الميناء.', 'تعذر'],
    ['وتعذر الحصول فورا على تعقيب من الشركة المشغلة.', 'تعذر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('getting something else at once is no silence', () => {
    expect(marksOf('وتعذر الحصول في الحال على تأشيرة دخول للوفد.', 'no_comment')).toEqual([]);
  });
});

describe('not commenting said with a noun (عدم تعليق الحزب على …)', () => {
  it.each([
    ['ويعزو مراقبون عدم تعليق الحكومة على التسريبات إلى حسابات انتخابية.', 'عدم تعليق'],
    ['ورغم عدم تعقيب الوزارة حتى الآن على الاتهامات، تتواصل الاحتجاجات.', 'عدم تعقيب'],
    ['وأثار عدم تعليق النادي على أنباء رحيل المدرب تساؤلات الجماهير.', 'عدم تعليق'],
  ])('%s', (text, cue) => {
    expect(marksOf(text, 'no_comment').map((m) => m.cue.text)).toEqual([cue]);
  });

  it.each([
    'وشددت البلدية على عدم تعليق قائمة الأسعار على الواجهة الخارجية.',
    'وقررت الوزارة عدم تعليق الدراسة على الرغم من الأمطار.',
  ])('hung up or suspended: %s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });
});

describe('too early to disclose or discuss (من السابق لأوانه الكشف عن …)', () => {
  it.each([
    ['وقال المتحدث: من السابق لأوانه الكشف عن أسماء المشتبه بهم.', 'من السابق لأوانه'],
    ['وأكد الوزير أنه من السابق لأوانه الحديث عن موعد الانسحاب.', 'من السابق لأوانه'],
    ['وقالت الشركة إن من السابق لأوانه التعليق على نتائج التحقيق.', 'من السابق لأوانه'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('too early to judge is an opinion, not a silence', () => {
    expect(marksOf('وقال المحلل إنه من السابق لأوانه الحكم على المدرب الجديد.', 'no_comment')).toEqual([]);
  });
});

describe('a silence reported with the act (عثرت الشرطة على … من دون الكشف عن أسباب)', () => {
  it.each([
    ['وعثرت الشرطة على السيارة المسروقة من دون الكشف عن أسماء المتورطين.', 'من دون الكشف عن أسماء'],
    ['وأغلقت السلطات المعبر دون الإفصاح عن أسباب القرار.', 'دون الإفصاح عن أسباب'],
    ['وأوقفت الإدارة الموظفين عن العمل بدون الكشف عن موعد عودتهم.', 'بدون الكشف عن موعد'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('an act without a detail decided is no silence', () => {
    expect(marksOf('وسافر الوفد دون تحديد موعد للعودة.', 'no_comment')).toEqual([]);
  });
});

describe("not the party's policy to comment (ليس من سياستنا التعليق، من سياسة الشركة عدم الرد)", () => {
  it.each([
    ['وقالت المتحدثة: «ليس من سياستنا التعليق على القضايا المنظورة».', 'ليس من سياستنا التعليق'],
    ['وأكد المكتب أن من سياسة الشركة عدم الرد على الشائعات.', 'من سياسة الشركة عدم الرد'],
    ['وقال المسؤول إنه ليس من سياسة الوزارة الكشف عن أسماء الموظفين.', 'ليس من سياسة الوزارة الكشف'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('a policy of something else is no silence', () => {
    expect(marksOf('وليس من سياسة الحكومة التدخل في الأسعار.', 'no_comment')).toEqual([]);
  });
});

describe('a motive or an explanation not given; confirming or denying refused in other words (لم تقدم أي دافع، أي تفسير، رفض إثبات أو نفي)', () => {
  it.each([
    ['ولم تقدم الشرطة أي دافع للهجوم.', 'ولم تقدم'],
    ['ولم تذكر النيابة دافعا محددا للجريمة.', 'ولم تذكر'],
    ['ورفض المدير إثبات أو نفي صحة ما تم تداوله عن استقالته.', 'رفض'],
    ['ولم يقدم المتحدث أي تفسير لإقالة الوزير.', 'ولم يقدم'],
    ['ولم تقدم الوزارة توضيحا لأسباب القرار.', 'ولم تقدم'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('a motive the party gave, or a pretext it would not give, is no silence', () => {
    expect(marksOf('وقدمت الشرطة دافعا واضحا للجريمة.', 'no_comment')).toEqual([]);
    expect(marksOf('وطالب الحزب بإبعاد قواعده لكي لا يعطي أي مبرر للقصف.', 'no_comment')).toEqual([]);
  });
});

describe("silence as a habit or advice, goods not declared: no party's silence", () => {
  it.each([
    'ويشاهدون الأخطاء في ناديهم ويلتزمون الصمت.',
    'فعندها تلتزم الصمت لأنك لا تجد جدوى من الحديث.',
    'وما على المرء إلا أن يلوذ بالصمت.',
    'وعثر المفتشون على بضائع مخبأة في الحقائب ولم يفصح عنها، بحسب الجمارك.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });

  it.each([
    ['سلطات المدينة تلتزم الصمت حيال الفضيحة', 'تلتزم'],
    ['لكن رئيس الاتحاد يلتزم الصمت حتى الآن.', 'يلتزم'],
    ['ولم يفصح المتحدث عن أسباب التأجيل.', 'ولم يفصح'],
  ])("a party's silence in the present, or a detail not disclosed, still is: %s", (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });
});

describe('refusing to give something other than information is no silence (رفض تقديم اعتذار)', () => {
  it.each([
    'ورفض المرشح تقديم اعتذار عن تصريحاته.',
    'وامتنعت النيابة عن تقديم لوائح اتهام ضد المتورطين.',
    'ورفضت الشركة تقديم تعويضات للمتضررين.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });

  it('refusing to give details still is', () => {
    expect(only('ورفض المتحدث تقديم أي تفاصيل عن الصفقة.', 'no_comment').cue.text).toBe('رفض');
  });
});

describe('secrecy with no one keeping it is no non-response (ومع التكتم على سير المحادثات)', () => {
  it.each([
    'ومع التكتم على سير المفاوضات، تحدثت صحف عن اتفاق وشيك.',
    'تكتم على صفقة الطائرات',
    'وفي ظل التكتم حول الملف، تتزايد التكهنات.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });

  it.each([
    ['في ظل تكتم الحزب على ما يجري في الجبهة.', 'تكتم'],
    ['وتفرض السلطات تعتيما تاما على ما يحدث في السجن.', 'تعتيما'],
  ])('secrecy a party keeps still is: %s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });
});

describe('a standing policy of no comment on operations or strikes (لا تعلق علنا على العمليات)', () => {
  it.each([
    ['وتستخدم الدولة الطائرات المسيرة لكنها لا تعلق علنا على العمليات.', 'لا تعلق'],
    ['والجيش لا يعلق عادة على الغارات في سوريا.', 'لا يعلق'],
    ['وقال المتحدث إن القيادة لا تعلق على الضربات الجوية.', 'لا تعلق'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('attaching importance is no comment', () => {
    expect(marksOf('ولا تعلق الحكومة أهمية كبيرة على العمليات الصغيرة.', 'no_comment')).toEqual([]);
  });
});

describe('anything a party did not disclose (لم تكشف … عن / لم يفصح … عن)', () => {
  it.each([
    ['وطرحت الشركة جهازها الجديد أمس، ولم تكشف الشركة عن سعره.', 'ولم تكشف'],
    ['ولم يفصح النادي عن قيمة العقد الذي وقعه مع اللاعب.', 'ولم يفصح'],
    ['أما بقية المزايا فلم تكشف المصنعة عنها حتى الآن.', 'فلم تكشف'],
    ['ولم تكشف بعد «نوفا» عن موعد طرح السيارة في الخليج.', 'ولم تكشف'],
    ['وأوقفت السلطات مشتبها بهما لم تكشف عن جنسيتيهما.', 'لم تكشف'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each([
    'ولم تكشف الفحوص عن أي إصابة بالفيروس.',
    'لكن المتابعة الميدانية لم تكشف عن أي حالة جديدة.',
    'ولم يكشف المرشح عن نيته خوض الانتخابات بعد.',
    'وضبط المفتشون حقائب لم يفصح عنها المسافر.',
    'ونشرت الصحيفة الخبر دون أن تكشف عن أي مصادر.',
    'وكشفت الشركة عن سعر الجهاز الجديد.',
    'وقالت الهيئة إن المتقدم لم يكشف عن أنه أدين في قضية سابقة.',
  ])(
    'a finding, an intention, an undeclared thing, sources, a concealment charged, or disclosed: %s',
    (text) => {
      expect(marksOf(text, 'no_comment')).toEqual([]);
    },
  );
});

describe('a date not yet set for an event is scheduling, not a detail withheld', () => {
  it.each([
    'ولم يحدد أي موعد لعقد الجولة المقبلة من المحادثات.',
    'وقالت مصادر إن المجلس لم يحدد حتى الآن موعد الجلسة التي سيصوت فيها على القانون.',
    'ولم تحدد الهيئة بعد موعد انطلاق الموسم الجديد.',
    'ولم تحدد الشركة موعدها لانطلاق الخدمة في المدن الأخرى.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });

  it.each([
    ['ولم تحدد اللجنة موعد إعلان النتائج.', 'ولم تحدد'],
    ['ولم يحدد النادي مدة غياب اللاعب عن الملاعب.', 'ولم يحدد'],
  ])('a date or a period a party knows and keeps back is still withheld: %s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });
});

describe('what or where left unsaid, as how and when are (ولم تقل الشركة ماذا سيحل، لم يحدد أين)', () => {
  it.each([
    'ولم تقل الشركة ماذا سيحل ببرنامجها.',
    'ولم تقل الوزارة متى ستعود الرحلات.',
    'ولم يحدد المتحدث أين ستعقد القمة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toHaveLength(1);
  });

  it('not saying something happened is no question left open', () => {
    expect(marksOf('ولم يقل الوزير إنه سيستقيل.', 'no_comment')).toEqual([]);
  });
});
