/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project, so that a rule names the construction, not one sentence. Here: silences and refusals: details withheld, declining in other words, calls unanswered, standing policies.
 */
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

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
    // …a phone that rang unanswered.
    ['واتصلت الصحيفة بمدير المستشفى، لكن هاتفه ظل يرن دون رد.', 'هاتفه ظل'],
    ['وظل جوال المتحدث الرسمي يرن من دون إجابة طوال المساء.', 'وظل جوال'],
    ['وبقيت هواتف المكتب الإعلامي بلا رد منذ صباح أمس.', 'وبقيت هواتف'],
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

describe('declining to give information (رفض الإفادة)', () => {
  it.each([
    'ورفضت إدارة المستشفى الإفادة بهذا الشأن.',
    'وامتنع المتحدث عن الإفادة بتفاصيل التحقيق.',
    'واعتذرت الشركة عن الإفادة حول أسباب التأخير.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment')).toBeDefined();
  });
});

describe('the content of an offer, a letter or a deal withheld', () => {
  it.each([
    'وقدمت الإدارة عرضا جديدا للنقابات لم يكشف مضمونه.',
    'ولم تكشف الوزارة فحوى الرسالة التي تلقتها من السفارة.',
    'واكتفت الشركة بالإعلان عن الاتفاق دون أن تحدد محتواه.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment')).toBeDefined();
  });
});

describe('a party that did not say how, when or why (دون أن توضح كيف، ولم يحدد متى)', () => {
  it.each([
    'وأعلنت الشركة وقف الإنتاج، لكنها لم توضح لماذا اتخذت القرار الآن.',
    'وقالت الوزارة إنها سترسل المساعدات دون أن توضح كيف ستصل إلى القرى المعزولة.',
    'وأكد النادي إصابة اللاعب ولم يحدد متى سيعود إلى التدريبات.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').cue.text).toMatch(/لم|دون/);
  });

  it.each([
    'ولا يعرف أحد كيف وصلت الرسالة إلى الصحيفة.',
    'ولم يتضح ما إذا كانت الرحلة ستستأنف غدا.',
    'وسأل الصحفي الوزير عما إذا كان سيستقيل.',
  ])('an open question nobody was asked to answer: %s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });
});

describe('declining a comment with a relative clause inside the subject', () => {
  it.each([
    'وامتنعت الشرطة التي تتولى التحقيق عن الإدلاء بأي تعليق.',
    'وامتنع المكتب الذي يدير الحملة عن التعليق على الأرقام.',
    'وامتنعت الجهة التي أصدرت القرار عن الرد على الأسئلة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toHaveLength(1);
  });
});

describe('a statement that did not go into details, or a party that withheld its motives (لم يتطرق البيان، عن دوافعهم)', () => {
  it.each([
    'ولم يتطرق البيان لمزيد من التفاصيل.',
    'ولم تتطرق الوزارة إلى تفاصيل الاتفاق.',
    'ولم يكشف المهاجمون عن دوافعهم.',
    'ولم يوضح المتهم دوافعه أمام المحكمة.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').cue.text).toMatch(/^و?لم /);
  });

  it.each(['ولم يقدم المتبرعون أي تمويل في مناطق أخرى.', 'وتطرق البيان إلى تفاصيل الاتفاق.'])(
    'no withholding: %s',
    (text) => {
      expect(marksOf(text, 'no_comment')).toEqual([]);
    },
  );
});

describe('declining across an aside between dashes (ورفض المسؤولون - الذين … - الإفصاح عن …)', () => {
  it.each([
    'ورفض المسؤولون - الذين طلبوا عدم الكشف عن أسمائهم - الإفصاح عن تفاصيل الاتفاق.',
    'ورفضت الشرطة - بعد أن أنهت التحقيق - الإدلاء بأي تعليق.',
    'وامتنع المتحدث – الذي كان يرافق الوفد – عن التعليق على الزيارة.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').cue.text).toMatch(/^(?:و)?(?:رفض|رفضت|امتنع)$/);
  });

  it('not a verb that belongs to a clause outside any aside (رفض الذين … الحديث)', () => {
    expect(marksOf('ورفض الوزير الذين طالبوا بالحديث عن الموازنة.', 'no_comment')).toEqual([]);
  });
});

describe('no room for a comment, or none to give (وليس لدي مجال للتعليق، لا أملك تعليقا)', () => {
  it.each([
    'وقال " هذا أمر وارد جدا، وليس لدي مجال للتعليق ".',
    'وقال المتحدث: لا أملك تعليقا على ما نشر.',
    'وأضاف المدرب: ليس لدينا وقت للتعليق على الشائعات.',
    'وقال المتحدث: "لا نملك التعليق على هذه المسألة الآن".',
    'وأضافت أنها لا تملك التعقيب على ما ورد في التقرير.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toHaveLength(1);
  });

  it('commenting that is useless or disliked is no comment withheld', () => {
    expect(marksOf('وقال المدير إن التعليق على القرار لا يفيد.', 'no_comment')).toEqual([]);
  });
});

describe('motives withheld when a party declines to name them (رفض … تحديد دوافعها)', () => {
  it.each([
    'ورفضت الشرطة تحديد دوافع الجريمة.',
    'ورفض الوزير توجيه أصابع الاتهام إلى أي جهة أو تحديد دوافعها.',
    'وامتنعت النيابة عن تحديد دوافعه حتى انتهاء التحقيق.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toHaveLength(1);
  });
});

describe('a negated verb that means "only", and علق بـ (to cling), withhold nothing', () => {
  it.each([
    'ولم يكشف عن المخزن إلا بعد بلاغ من الجيران.',
    'ولم تفصح الشركة عن نتائجها إلا قبل إغلاق السوق بساعة.',
    'والخطة لم تقدم سوى وعود جديدة للسكان.',
    'مرت السنوات ولم يعلق بها شيء من ذلك الحزن.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });

  it('إلا أن (however) after withheld details leaves the mark', () => {
    expect(only('ولم يكشف المتحدث عن أي تفاصيل إلا أنه أكد أن التحقيق مستمر.', 'no_comment').kind).toBe(
      'no_comment',
    );
  });
});

describe('a party that could not be contacted to be asked (تعذر الاتصال بـ … لمعرفة)', () => {
  it.each([
    'وفي حين تعذر فيه الاتصال بالمتحدث باسم الشركة لمعرفة المزيد من التفاصيل، أكد موظفون أن العمل توقف.',
    'وتعذر التواصل مع إدارة المستشفى لاستيضاح ملابسات الحادثة.',
    'ويتعذر الاتصال بالسفارة للحصول على رد حول القضية.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').explanation).toMatch(/could not be reached/);
  });

  it('not contact for some other purpose', () => {
    expect(marksOf('وقد يتعذر الاتصال بكثير من الأزواج لأخذ موافقتهم على العملية.', 'no_comment')).toEqual(
      [],
    );
  });
});

describe('the refusal as a noun after ل or ب, and a reason not given', () => {
  it.each([
    'وتعرض الوزير لانتقادات لرفضه الكشف عن أسماء المستشفيات التي استقبلت المرضى.',
    'واتهمت المعارضة الحكومة برفضها الإفصاح عن تفاصيل الاتفاق.',
    'ولم يقدم المتحدث باسم الوزارة سببا لإقالة المدير.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').kind).toBe('no_comment');
  });

  it('not the reason for a refusal of something else', () => {
    expect(marksOf('ويعود سبب رفضه إلى أن اختبارات الكشف عن الكذب لم تنصفه.', 'no_comment')).toEqual([]);
  });
});

describe('neither confirmed nor denied, with كما لم', () => {
  it.each([
    'ولم تؤكد الحركة كما لم تنف مقتل قائدها.',
    'ولم يؤكد النادي كما لم ينف رحيل المدرب.',
    'ولم تؤكد الشرطة الخبر كما لم تنفه.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').explanation).toMatch(/neither confirmed nor denied/);
  });
});

describe('asked, or not confirming, a party gives only a line (ردا على سؤال … اكتفى بالقول)', () => {
  it.each([
    ['وردا على سؤال عن الصفقة، اكتفى مدير النادي بالقول إن المفاوضات مستمرة.', 'اكتفى'],
    ['وعند سؤاله عن موعد الافتتاح، اكتفى المقاول بالإشارة إلى أن العمل يسير.', 'اكتفى'],
    ['وسئل المتحدث عن عدد المعتقلين فرد مكتفيا بالقول إن التحقيق جار.', 'مكتفيا'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('a speaker who was brief of his own accord gave no non-response', () => {
    expect(marksOf('واكتفى المدرب بالقول إن الفريق قدم مباراة كبيرة.', 'no_comment')).toEqual([]);
  });
});

describe('a speaker who, in their own words, does not wish to reveal or comment (لا أريد أن أكشف)', () => {
  it.each([
    ['وقال: «لا أريد أن أكشف ما دار بيننا في الاجتماع».', 'لا أريد'],
    ['وأضاف المدرب: لا أود أن أعلق على قرارات الحكم.', 'لا أود'],
    ['وقالت: «لا نرغب في الخوض في تفاصيل العقد».', 'لا نرغب'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('wishing not to do something else is no silence', () => {
    expect(marksOf('وقال: لا أريد أن أغادر النادي هذا الموسم.', 'no_comment')).toEqual([]);
  });
});

describe('a period or a way left unsaid (لم يحدد فترة غيابه، لم يتطرق إلى الطريقة)', () => {
  it.each([
    ['ولم يحدد النادي فترة غياب اللاعب عن الملاعب.', 'ولم يحدد'],
    ['ولم يتطرق بيان الشرطة إلى الطريقة التي فر بها السجناء.', 'ولم يتطرق'],
    ['ولم توضح الشركة طريقة تعويض المتضررين.', 'ولم توضح'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('a period set for someone is an act, not a detail withheld', () => {
    expect(marksOf('وأوضح أن الدار لم تحدد لهن فترة لإقامتهن.', 'no_comment')).toEqual([]);
  });
});

describe('declining with the act as a verb after أن (رفض أن يعلق), and a cost left unsaid', () => {
  it.each([
    ['ورفض المتحدث باسم المنظمة أن يعلق مباشرة على التصريحات.', 'رفض'],
    ['ورفضت الوزارة، من جانبها، أن تعلق على قرار الحظر.', 'رفضت'],
    ['وامتنع مدير الشركة أن يدلي بأي تصريح.', 'امتنع'],
    ['ومن المقرر اكتمال المشروع الذي لم يكشف عن تكلفته قبل عام 2030.', 'لم يكشف'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each(['ورفض اللاعب أن يغادر النادي.', 'ورفض الرئيس أن يتحدث مع المعارضة قبل الانتخابات.'])(
    'refusing to do something else, or to negotiate, is no silence (%s)',
    (text) => {
      expect(marksOf(text, 'no_comment')).toEqual([]);
    },
  );
});

describe('a date not yet set, and silence not kept, are no non-response', () => {
  it.each([
    'وأطلق سراح المتهمين بكفالة، ولم يحدد موعد محاكمتهم.',
    'وأعلنت اللجنة فتح باب الترشح لكنها لم تحدد موعدا للانتخابات.',
    'لماذا لا يلتزم المتنطعون بحكمة الصمت بدلا من التصيد في الماء العكر؟',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });

  it.each(['والتزمت الإدارة الصمت حيال الأزمة.', 'ولم تكشف الوزارة عن أسباب القرار.'])(
    'still silence kept, and details withheld (%s)',
    (text) => {
      expect(marksOf(text, 'no_comment')).toHaveLength(1);
    },
  );
});

describe('a question left unanswered in other words: nothing to say, no official explanation, a reply that never came, a request turned down, a party not reached', () => {
  it.each([
    ['وقال المدرب: ليس لدي ما أقوله عن هذا اللاعب.', 'ليس لدي ما أقوله'],
    ['وتأجلت الجلسة من دون أي تفسير رسمي.', 'من دون أي تفسير رسمي'],
    ['وتواصلنا مع المتحدث الذي وعد بالرد، لكن رده لم يصل حتى الآن.', 'رده لم يصل'],
    ['ولم يصلنا أي رد من البلدية حتى ساعة النشر.', 'ولم يصلنا أي رد'],
    ['ورفضت الشركة طلبا من الصحيفة للتعليق على الحادثة.', 'رفضت'],
    ['وأشار الموقع إلى عدم تمكنه من التواصل مع الشرطة للحصول على تعليق.', 'عدم تمكنه'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each([
    'ليس لدي ما أقوله سوى الشكر للجماهير.',
    'ورفض الوزير طلب النائب بتأجيل الجلسة.',
    'ولم يصل الوفد إلى العاصمة حتى الآن.',
  ])('not thanks, a request to act turned down, or a delegation not arrived (%s)', (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });
});

describe('secrecy kept, said with a noun (تكتم الإدارة على، تعتيما تاما على)', () => {
  it.each([
    ['وسط تكتم الإدارة على تفاصيل الصفقة.', 'تكتم'],
    ['وتفرض السلطات تعتيما تاما على ما يجري في السجن.', 'تعتيما'],
    ['ورغم التكتم الشديد على نتائج التحقيق فإن الأنباء تسربت.', 'التكتم'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('not a name kept secret, which is anonymity', () => {
    expect(marksOf('وأوضح مسؤول طلب التكتم على هويته أن الضربة وقعت.', 'no_comment')).toEqual([]);
  });
});

describe('confidentiality cited, or the findings awaited, instead of an answer (بذريعة سرية التحقيق، لا نستبق النتائج)', () => {
  it.each([
    ['وما زالت النيابة متحفظة بذريعة سرية التحقيق.', 'بذريعة سرية'],
    ['والشركة تتذرع بالسرية في كل ما يخص العقد.', 'تتذرع بالسرية'],
    ['وأضاف أننا لا نستبق نتائج التحقيق في الحادثة.', 'لا نستبق'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('not confidentiality promised to customers', () => {
    expect(marksOf('وتحرص الشركة على سرية بيانات العملاء.', 'no_comment')).toEqual([]);
  });
});

describe('a party that did not say whether', () => {
  it.each([
    ['ولم تذكر الشرطة ما إذا كان هناك مصابون.', 'ولم تذكر'],
    ['لكن الوزارة لم توضح ما إذا كانت الرحلات ستستأنف.', 'لم توضح'],
    ['وتحدث المدرب عن المباراة من دون توضيح ما إذا كان سيبقى.', 'من دون توضيح'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('not a question put to someone', () => {
    expect(marksOf('وسأل الطلاب المعلم ما إذا كان الامتحان صعبا.', 'no_comment')).toEqual([]);
  });
});

describe('a party that said it without going into details, or withheld an amount or a value', () => {
  it.each([
    ['وقال مسؤول في الوزارة دون الخوض في تفاصيل إن المحادثات مستمرة.', 'دون الخوض في تفاصيل'],
    ['وأعلنت الشركة النتائج من دون الدخول في التفاصيل.', 'من دون الدخول في التفاصيل'],
    ['وقال الوزير دون أن يخوض في التفاصيل إن الاتفاق قريب.', 'دون أن يخوض في التفاصيل'],
    ['وستقدم الحكومة منحة أخرى لم يكشف عن قيمتها.', 'لم يكشف'],
    ['ولم يحدد البنك مقدار الزيادة في رأس المال.', 'ولم يحدد'],
    ['ولم تكشف الشركة عن طبيعتها ولا عن أهدافها.', 'ولم تكشف'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('not a trip without going into a quarrel, nor a period not yet set', () => {
    expect(marksOf('وسافر الوفد دون الخوض في تفاصيل الخلاف.', 'no_comment')).toEqual([]);
    expect(marksOf('وأوضح أن المراجعة لم تحدد مدتها بعد.', 'no_comment')).toEqual([]);
  });
});

describe('not wishing to go into details, or unable to give them, in the first person too', () => {
  it.each([
    ['ولم يشأ المدرب الدخول في تفاصيل إصابة المهاجم.', 'ولم يشأ'],
    ['وقالت المحامية: "لا أستطيع أن أعطيكم أي تفاصيل عن القضية".', 'لا أستطيع أن أعطيكم'],
    ['وأضاف: «لا يمكنني أن أحدد أسماء الشركات المتورطة».', 'لا يمكنني أن أحدد'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('entering a place, or going into details one gives, is no silence', () => {
    expect(marksOf('ولم يشأ اللاعب الدخول إلى الملعب قبل وصول زملائه.', 'no_comment')).toEqual([]);
    expect(marksOf('ودخل الوزير في تفاصيل الخطة أمام النواب.', 'no_comment')).toEqual([]);
  });
});

describe("the reporter's own calls or questions unanswered, or a party out of reach after the paper tried", () => {
  it.each([
    ['واتصلنا بمدير المستشفى مرارا، لكنه لم يرد على اتصالاتنا.', 'لم يرد'],
    ['ولم ترد الشركة على أسئلتنا حتى موعد النشر.', 'ولم ترد'],
    ['ولم يجب المتحدث على رسائلنا بشأن القضية.', 'ولم يجب'],
    ['وحاولت الصحيفة التواصل مع إدارة المرور، إلا أنه تعذر الوصول إليها.', 'تعذر'],
    ['وحاولنا الاتصال بمسؤولي الشركة، غير أنه تعذر الاتصال بأي منهم.', 'تعذر'],
    ['حاولت «الصباح» التواصل مع الأمانة لكن تعذر التواصل معها.', 'تعذر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each([
    'وقال أقاربه إنه لم يرد على اتصالاتهم منذ يومين.',
    'وتعذر الوصول إلى القرية بسبب السيول.',
    'وحاول المسعفون الوصول إلى المصابين، لكن تعذر ذلك بسبب الركام.',
  ])("someone else's calls, or a place out of reach: %s", (text) => {
    expect(marksOf(text, 'no_comment')).toEqual([]);
  });
});

describe('no information or details issued (ولم تصدر أي معلومات عن …)', () => {
  it.each([
    ['ولم تصدر أي معلومات عن حالة المصابين حتى مساء أمس.', 'ولم تصدر'],
    ['ولم تصدر الشرطة أي تفاصيل عن ملابسات الحادث.', 'ولم تصدر'],
    ['ولم يصدر عن المستشفى أي معلومات بشأن صحة اللاعب.', 'ولم يصدر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it('information that was issued is no silence', () => {
    expect(marksOf('وأصدرت الشرطة معلومات جديدة عن حالة المصابين.', 'no_comment')).toEqual([]);
  });
});

describe("the press's attempt to reach a party came to nothing (حاولت «عكاظ» التواصل … دون جدوى)", () => {
  it.each([
    ['«الصباح» بدورها حاولت التواصل مع الناطق باسم الوزارة، ولكن دون جدوى.', 'ولكن دون جدوى'],
    ['وحاولت الصحيفة الاتصال بمدير المستشفى دون جدوى.', 'دون جدوى'],
    ['وحاولنا الاتصال بالمتحدث الرسمي مرارا بلا طائل.', 'بلا طائل'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toBe(cue);
  });

  it.each(['وحاولت الشرطة التواصل مع الخاطفين دون جدوى.', 'وحاول الأطباء إنقاذه دون جدوى.'])(
    'someone else trying in vain: %s',
    (text) => {
      expect(marksOf(text, 'no_comment')).toEqual([]);
    },
  );
});

describe('a quoted party declining in the first person («نرفض التعليق»، «لن نعلق»، «لن أعلق»، «أفضل عدم التعليق»)', () => {
  it.each([
    ['وقال المتحدث: «نرفض التعليق على ما ورد في التقرير».', 'نرفض'],
    ['وقال المدير: "أرفض التعليق على هذه القضية".', 'أرفض'],
    ['وأضاف: «لن نعلق على ما ورد في التقرير قبل صدور النتائج».', 'لن نعلق'],
    ['وقال المتحدث: "لن أعلق على هذا الموضوع".', 'لن أعلق'],
    ['وقال المدير: «أفضل عدم التعليق على ما نشر».', 'أفضل'],
    ['وأضاف: نفضل عدم الخوض في التفاصيل الآن.', 'نفضل'],
  ])('%s', (text, cue) => {
    expect(only(text, 'no_comment').cue.text).toContain(cue);
  });

  it.each(['ولم أعلق على كلامه وأكملت طريقي إلى المدرسة.', 'وقال: «أرفض إطلاق التهم على الناس».'])(
    "a narrator's own silence, or rejecting an act: %s",
    (text) => {
      expect(marksOf(text, 'no_comment')).toEqual([]);
    },
  );
});

describe('avoiding the matter when asked about it (وبسؤاله … تجنب الخوض في المسألة)', () => {
  it.each([
    'وبسؤاله عما إذا كان سيترشح، تجنب رئيس النادي الخوض في المسألة.',
    'وردا على سؤال حول الموعد، تجنب المدرب الحديث عن التشكيلة.',
    'وعند سؤاله عن الصفقة تجنب المدير الدخول في التفاصيل.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toHaveLength(1);
  });

  it('avoiding a matter unasked is a policy of restraint, no non-response', () => {
    expect(marksOf('ويتجنب الوزير الخوض في الخلافات الحزبية.', 'no_comment')).toEqual([]);
  });
});

describe('details that could not be had (لم يتسن الحصول على تفاصيل)', () => {
  it.each([
    'وأرسلت الشرطة فرق إسناد ولكن لم يتسن الحصول على تفاصيل.',
    'ولم يتسن الحصول على مزيد من المعلومات من الشركة.',
    'وتعذر الحصول على المزيد من التفاصيل من الوزارة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'no_comment')).toHaveLength(1);
  });
});
