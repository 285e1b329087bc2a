/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project, so that a rule names the construction, not one sentence. Here: denials without نفى: claims called false, fabricated, baseless; innocence asserted; what is no denial.
 */
import { norm } from '../../normalize';
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

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

describe('an adverb after the verb is no part of the party (نفت إيران مرارا)', () => {
  it.each([
    ['ونفت الحكومة مرارا وجود سجون سرية.', 'الحكومة'],
    ['ونفى الوزير رسميا وجود خلافات.', 'الوزير'],
    ['ورفض الحزب علنا الاتهامات الموجهة إليه.', 'الحزب'],
  ])('%s', (text, party) => {
    expect(only(text, 'denial').source).toBe(party);
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

describe('no denial at all is no denial (ولم يصدر أي نفي)', () => {
  it.each([
    'ولم يصدر أي نفي رسمي للخبر.',
    'ولم يصدر عن الوزارة أي نفي للتقرير.',
    'وجاء ذلك دون أي نفي من الحكومة.',
    // …nor is a reply never issued after someone else's statements (a silence).
    'ونشرت الصحيفة تصريحات الوزير الزائر، ولم يصدر عنها أي تعقيب حتى الآن.',
    'وتجاهلت الرئاسة كلام المعارض، ولم يصدر منها أي رد.',
    'وبقي حديث السفير بلا صدى، إذ لم يصدر عن الخارجية أي موقف.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });

  it('denying any link is a denial', () => {
    expect(only('ونفى الوزير أي علاقة له بالحادث.', 'denial').source).toBe('الوزير');
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
    // …what was promoted, alleged or attributed (`ما روّجته`, `ما زعمته`, `ما نُسب إليه`).
    'وفندت الهيئة ما روجته حسابات مجهولة عن رفع أسعار الخبز.',
    'ودحضت الشركة ما زعمته إحدى المدونات عن تسرب بيانات عملائها.',
    'وأنكر الحارس ما نسب إليه من إساءة للجماهير.',
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

describe('false news as what is spread, not what a party denies', () => {
  it.each([
    'وكثفت مواقع إخبارية خلال الأسبوع من بث معلومات مغلوطة عن العملية.',
    'ويغلظ مشروع القانون العقوبات على نشر الأخبار الكاذبة.',
    'وحذرت الجمعية من خطورة ترويج الشائعات المضللة بين الطلاب.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });

  it('a report a party calls false is still a denial', () => {
    expect(only('وأكد المتحدث أن الأنباء المتداولة عن إغلاق المعبر مغلوطة.', 'denial')).toBeDefined();
  });
});

describe('a report called untrue after and or so (ولا صحة لـ، فلا صحة لـ)', () => {
  it.each([
    'وقالت السفارة إنها تابعت ما يتم تداوله ولا صحة لمقتل أي مواطن.',
    'وأوضح النادي أن اللاعب مستمر مع الفريق، ولا صحة لما يتردد عن رحيله.',
    'أما ما نشر عن إغلاق الجسر فلا صحة له على الإطلاق.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toContain('لا صحة');
  });
});

describe('cues of denial and silence after and (وعدم صحة، ومن دون أن يجيب)', () => {
  it.each([
    'وأكدت البلدية وعدم صحة ما نشر عن إزالة السوق.',
    'وشدد المكتب على براءة موظفيه وعدم صحة الاتهامات الموجهة إليهم.',
    'وأعلن النادي فسخ العقد وعدم دقة الأرقام المتداولة.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toMatch(/عدم (?:صحة|دقة)/);
  });

  it.each([
    'وغادر الوزير القاعة ومن دون أن يجيب على أسئلة الصحفيين.',
    'وأنهى المتحدث المؤتمر وبدون أن يرد على أي سؤال.',
    'وخرج المدرب من الملعب ومن دون أن يجيب عن أسئلة المراسلين.',
  ])('%s', (text) => {
    expect(only(text, 'no_comment').cue.text).toMatch(/دون أن/);
  });
});

describe('a party that defends its innocence (دافع عن براءته)', () => {
  it.each([
    'ودافع المتهم عن براءته أمام المحكمة أمس.',
    'دافع النائب السابق لرئيس الاتحاد عن براءته بعد مثوله أمام القاضي.',
    'وتدافع الشركة عن براءتها من تهم التلاعب.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toMatch(/دافع|تدافع/);
  });

  it('a lawyer who defends a client in general pleads nothing', () => {
    expect(marksOf('ودافع المحامي عن موكله في الجلسة الأولى.', 'denial')).toEqual([]);
  });
});

describe('comments made about a matter, called inaccurate (بعض التعليقات … كانت غير دقيقة)', () => {
  it.each([
    'وقال إن بعض التعليقات التي صدرت حول الموضوع كانت غير دقيقة.',
    'وأكد المتحدث أن التعليقات المتداولة عن الصفقة غير صحيحة.',
    'واعتبر الوزير التعليقات التي نشرت عارية عن الصحة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toHaveLength(1);
  });

  it('comments asked for are no claim denied', () => {
    expect(marksOf('ولم ترد الوزارة على طلب التعليقات.', 'denial')).toEqual([]);
  });
});

describe('the untruth of a claim after بـ (تعلم الوزارة بعدم صحة الأخبار، أفادت بعدم دقة ما نشر)', () => {
  it.each([
    'وقالت الوزارة إنها تعلم المواطنين بعدم صحة تلك الأخبار.',
    'وأفادت الشركة بعدم دقة ما نشر عن إفلاسها.',
    'وصرح المتحدث بعدم صحة الأنباء المتداولة عن استقالة المدير.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toMatch(/^بعدم (?:صحة|دقة)$/);
  });

  it('not a condition (في حال عدم صحة المعلومات): the checks of the bare form hold', () => {
    expect(marksOf('وفي حال عدم صحة المعلومات يعاد التحقيق.', 'denial')).toEqual([]);
  });
});

describe('a matter settled with a denial, or a party that stopped at one (حسمت الأمر بالنفي، اكتفت بالنفي)', () => {
  it.each([
    'غير أن البلدية حسمت الأمر بالنفي.',
    'واكتفت الشركة بالنفي دون تفاصيل.',
    'وحسم النادي الجدل بالنفي القاطع.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toBe('النفي');
  });

  it('not a sentence of exile: وحكم عليه بالنفي', () => {
    expect(marksOf('وحكم عليه القاضي بالنفي خمس سنوات.', 'denial')).toEqual([]);
  });
});

describe('a party that says it was not involved (لم تكن ضالعة، لسنا متورطين)', () => {
  it.each([
    'وقال " لم تكن بلادنا ضالعة مطلقا في هذا السيناريو ".',
    'وأكد الوزير أننا لسنا متورطين في الهجوم.',
    'وشدد المتحدث على أنه ليس متورطا في الصفقة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toHaveLength(1);
  });

  it('not an investigation that found someone was not involved', () => {
    expect(marksOf('وأظهر التحقيق أن الموظف لم يكن متورطا في السرقة.', 'denial')).toEqual([]);
  });
});

describe('a claim called baseless with a second noun between (لا أساس ولا تبرير لها)', () => {
  it.each([
    'مؤكدا أن الاتهامات ضد بلاده «لا أساس ولا تبرير لها».',
    'وقال إن هذه المزاعم لا أساس ولا دليل لها.',
    'واعتبر أن الادعاءات لا أساس ولا سند لها.',
  ])('%s', (text) => {
    expect(only(text, 'denial').cue.text).toMatch(/^لا أساس ولا \S+ لها$/);
  });
});

describe('a report called false needs a party calling it so', () => {
  it.each([
    'وقال المتحدث إن الأنباء المتداولة عن إغلاق المعبر كاذبة.',
    'ووصف الوزير تلك الاتهامات بأنها مزاعم ملفقة.',
    'الوزارة: الأخبار المنشورة حول الصفقة مغلوطة',
  ])('%s', (text) => {
    expect(only(text, 'denial').kind).toBe('denial');
  });

  it.each([
    'وتتصاعد الحرب على الشائعات والمعلومات المغلوطة في الفضاء الرقمي.',
    'وتبدو الشاشة أكبر في الصور التي تعطي انطباعا مضللا عن حجمها.',
    'وتحولت الشبكة إلى سوق للأخبار المفبركة والصور المعدلة.',
  ])("no party's denial: %s", (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });
});

describe('rejecting an idea, an offer, or to accuse is no denial', () => {
  it.each([
    'لكن النادي رفض الفكرة تماما.',
    'ورفض المحقق توجيه الاتهام إلى أي طرف قبل انتهاء التحقيق.',
    'لكن الشركة رفضت العرض الأخير وذكرت تقارير أن مفاوضات أخرى بدأت.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });

  it.each([
    'ورفضت الحركة اتهامات الحكومة لها بعرقلة الاتفاق.',
    'ورفض الوزير الاتهامات التي وجهها إليه النواب.',
  ])('a rejected accusation still is: %s', (text) => {
    expect(only(text, 'denial').kind).toBe('denial');
  });
});

describe('a rejection said as a noun, and a party that clears itself', () => {
  it.each([
    'وأعرب رئيس البرلمان عن رفضه للتصريحات التي اتهمت بلاده بدعم الإرهاب.',
    'وأعلنت الوزارة رفضها القاطع للاتهامات الموجهة إليها.',
    'وبرأت الشركة نفسها من أي تقصير في الحادث.',
    'وقد برأ الاتحاد ولجنة الحكام أنفسهم؛ بل برأ الاتحاد نفسه من المسؤولية.',
  ])('%s', (text) => {
    expect(only(text, 'denial').explanation).toMatch(/rejects/);
  });

  it.each(['وأعلن الوزير رفضه للمشروع الجديد.', 'وبرأت المحكمة المتهمين من التهم الموجهة إليهم.'])(
    'a rejected plan, a court acquitting others: %s',
    (text) => {
      expect(marksOf(text, 'denial')).toEqual([]);
    },
  );
});

describe('"not guilty" said of oneself, and a plea of innocence far from its verb', () => {
  it.each([
    ['المدرب السابق: لست مذنبا في قضية التلاعب', 'لست مذنبا'],
    ['وقال المتهمون أمام القاضي: لسنا مذنبين.', 'لسنا مذنبين'],
    ['وقال رجل الأعمال إنه غير مذنب في كل التهم.', 'غير مذنب'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it('a plea of innocence after a long description of the accused is still one', () => {
    expect(
      marksOf(
        'دفع المدير المالي السابق للشركة، وهو أحد الأشخاص العشرة المتهمين من قبل الادعاء في قضية الرشى التي هزت القطاع، ببراءته أمام المحكمة.',
        'denial',
      ),
    ).toHaveLength(1);
  });

  it('being found guilty is no denial', () => {
    expect(marksOf('وأدين المتهم بعد أن ثبت أنه مذنب.', 'denial')).toEqual([]);
  });
});

describe('a claim dispelled (بدّد الشائعات), or called wrong by a word of talk (هذا الطرح خاطئ، هذه الأمور كلها غير صحيحة)', () => {
  it.each([
    'بددت وزارة الداخلية الشائعات عن نقل السجناء إلى مكان مجهول.',
    'وبدد المتحدث ما تردد من أنباء عن إغلاق المعبر.',
    'وقال إن هذه الأمور كلها غير صحيحة.',
    'وأكد المدرب أن هذا الكلام خاطئ.',
    'وقال الوزير: هذا انطباع شائع ولكنه غير صحيح على الإطلاق.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toHaveLength(1);
  });

  it.each(['وبدد الفوز المخاوف من الهبوط.', 'فيما بدد المؤشر مكاسبه المحدودة عند الإغلاق.'])(
    'not fears or gains dispelled (%s)',
    (text) => {
      expect(marksOf(text, 'denial')).toEqual([]);
    },
  );
});

describe('assertions called baseless, and a claim called nothing but propaganda', () => {
  it.each([
    'وقال الرئيس إن بلاده حرمت من السلاح بسبب تأكيدات لا أساس لها بانتهاك قواتها لحقوق الإنسان.',
    'وقالت المتحدثة: هذا كله ليس سوى دعاية ضد بلادنا.',
    'وأضاف أن هذه الاتهامات ليست سوى دعاية رخيصة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toHaveLength(1);
  });

  it('not propaganda praised, nor assertions confirmed', () => {
    expect(marksOf('وأكد الوزير أن التأكيدات بشأن الموعد صحيحة.', 'denial')).toEqual([]);
  });
});

describe('a claim said to be without any basis', () => {
  it.each([
    ['وقال الوزير إن هذه الاتهامات بلا أساس.', 'بلا أساس'],
    ['وأكدت الشركة أن ما نشر من أخبار عن إفلاسها جاء دون أي أساس.', 'دون أي أساس'],
    ['ووصف البيان المزاعم بأنها بدون وجود أي سند.', 'بدون وجود أي سند'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it('not a building without foundations, nor a claim made without evidence by the one who makes it', () => {
    expect(marksOf('وبنيت الشركة بلا أساس متين.', 'denial')).toEqual([]);
    expect(marksOf('وأقيم المبنى دون أساس خرساني.', 'denial')).toEqual([]);
  });
});

describe('talk about something called false, with what it is about between (هذا الكلام عن … خاطئ), and a reply of "all lies"', () => {
  it.each([
    ['وقال الوزير إن "هذا الكلام عن انهيار العملة خاطئ تماما".', 'هذا الكلام عن انهيار العملة خاطئ'],
    ['وأضاف المتحدث: هذا الحديث عن استقالة الحكومة كذب.', 'هذا الحديث عن استقالة الحكومة كذب'],
    ['وقال: هذا الادعاء الذي يردده الخصوم كذب.', 'هذا الادعاء الذي يردده الخصوم كذب'],
    ['ردت الممثلة: كله كذب وافتراء.', 'كله كذب'],
    ['"كله هراء"، قال المدرب للصحفيين بعد المباراة.', 'كله هراء'],
    ['كلها افتراءات لا يصدقها أحد.', 'كلها افتراءات'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toContain(cue);
  });

  it.each([
    'ويرى الكاتب أن هذه السياسات الاقتصادية كانت خاطئة.',
    'وهذا الطرح الجديد في الاقتصاد يحتاج إلى مراجعة.',
    'وقال المدرب إن الدفاع كله هراء في المباراة الأخيرة.',
    // "This is a mistake", with no talk named: a judgement, no claim called false.
    'أخشى أن هذا خطأ.',
    'فهذا خطأ في التنظيم لأن العرض تأخر يومين.',
    'وأضاف: وهذا خطأ يرتكبه كثير من اللاعبين الشبان.',
  ])('nothing said called false: %s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });
});

describe('a refuting party with its name, Ali, set off by commas (على and علي are one once normalised)', () => {
  it.each([
    'فند رئيس البلدية، علي الحسن، مزاعم الحزب.',
    'ودحض المتحدث باسم الوزارة، علي العمري، الاتهامات الموجهة إليها.',
    'وكذب مدير المستشفى، علي السالم، الأنباء عن وفاة المريض.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toHaveLength(1);
  });

  it.each(['وكذب اللاعب على مدربه في الاجتماع.', 'وأنكر المدير على الموظفين تأخرهم عن العمل.'])(
    'lied to, disapproved of: %s',
    (text) => {
      expect(marksOf(text, 'denial')).toEqual([]);
    },
  );
});

describe('a party that says it never said what is put to it (لم أقل هذا، ما قلت ذلك)', () => {
  it.each([
    ['وردت المغنية على المقطع المتداول: «لم أقل هذا الكلام، والصوت ليس صوتي».', 'لم أقل هذا'],
    ['وقال رئيس البلدية للصحفيين: "ما قلت ذلك في أي اجتماع".', 'ما قلت ذلك'],
    ['وأضاف المتحدث باسم الحزب: لم نصرح بهذا على الإطلاق.', 'لم نصرح بهذا'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it('"I said it only because" affirms; a statement "taken out of context" alone the labelled data leaves unmarked', () => {
    expect(marksOf('وقال المدرب: ما قلت ذلك إلا لأحمي اللاعبين من الضغط.', 'denial')).toEqual([]);
    expect(marksOf('وقال الرئيس إن التصريح انتزع من سياقه.', 'denial')).toEqual([]);
  });
});

describe('a refuting verb with the stock clause of denial (أنكر أن يكون، كذّب أن يكون)', () => {
  it.each([
    ['وأنكر المتهم أن يكون قد التقى الشاهد قبل المحاكمة.', 'أنكر'],
    ['وأنكرت الشركة أن تكون قد تلقت أي إنذار من البلدية.', 'أنكرت'],
    ['وكذب النادي أن يكون المدرب قد قدم استقالته.', 'كذب'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toBe(cue);
  });

  it.each([
    'ولا أحد ينكر أن يكون للمدرب دور في الفوز.',
    'ولا أحد منا ينكر أن تكون المرحلة صعبة.',
    'ولم ينكر الوزير أن يكون المشروع قد تأخر.',
  ])('no one denying it, or not denying it, is no denial: %s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });
});

describe('condemning (استنكر) denies only an accusation, in every tense', () => {
  it.each([
    'المنظمة تستنكر تصريحات الوزير ضد جيرانها',
    'ويستنكر الحزب تصريحات رئيس الوزراء الأخيرة.',
    'واستنكرت الوزارة تصريحات المسؤول الأجنبي.',
  ])('statements condemned: %s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });

  it.each([
    ['ويستنكر الحزب الاتهامات الموجهة إليه.', 'يستنكر'],
    ['وتستنكر الجمعية الادعاءات التي نشرتها الصحيفة.', 'تستنكر'],
  ])('an accusation condemned: %s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toContain(cue);
  });
});

describe('a party disowns a report or words attributed to it (تنصّل مما تردد من أنباء)', () => {
  it.each([
    ['فيما تنصّل المتحدث باسم الحركة مما تردد من أنباء عن محادثات سرية.', 'تنصّل'],
    ['وتنصلت الحركة من التصريحات المنسوبة إليها.', 'تنصلت'],
    ['ويتنصل الحزب من هذه الاتهامات جملة وتفصيلا.', 'يتنصل'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toContain(cue);
  });

  it.each([
    'ويتنصل الجميع من المسؤولية الكاملة عن هذه المشكلة.',
    'ولم يتنصل الوزير من التصريحات التي أدلى بها.',
  ])('evading a duty, or not disowning, is no denial: %s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });
});

describe('pleading or maintaining innocence in any tense (يدفع ببراءته، تمسك ببراءته)', () => {
  it.each([
    ['بورزاكو يدفع ببراءته في تحقيقات الاتحاد', 'يدفع'],
    ['وتدفع الشركة ببراءتها من التهم الموجهة إليها.', 'وتدفع'],
    ['ويتمسك المتهم ببراءته من التهم.', 'ويتمسك'],
  ])('%s', (text, cue) => {
    expect(only(text, 'denial').cue.text).toContain(cue);
  });
});

describe('a report called mere speculation by a party (بأنها مجرد تكهنات)', () => {
  it.each([
    ['وردت الوزارة على هذه الأنباء بأنها مجرد تكهنات.', 'مجرد تكهنات'],
    ['وأكد المتحدث أن كل ما يشاع عن إغلاق المصنع عبارة عن تكهنات.', 'عباره عن تكهنات'],
    ['وقال المدير إن الأخبار المتداولة عن استقالته ليست سوى تخمينات.', 'تخمينات'],
  ])('%s', (text, cue) => {
    expect(norm(only(text, 'denial').cue.text)).toContain(norm(cue));
  });

  it.each([
    'وأصبح الحديث عن موعد الانتخابات مجرد تكهنات.',
    'واعتقل الرئيس بسبب تهم فساد، وأصبح الحديث عن خليفته مجرد تكهنات.',
    'ولا تزال التكهنات مستمرة حول هوية المدرب الجديد.',
  ])('the writer’s own guesswork, or speculation going on, is no denial: %s', (text) => {
    expect(marksOf(text, 'denial')).toEqual([]);
  });
});

describe('an accusation called groundless for want of evidence (اتهامات دون أدلة)', () => {
  it.each([
    ['وقال المحامي إن الاتهامات الموجهة لموكله جاءت دون أي دليل.', 'دون اي دليل'],
    ['ووصف الوزير هذه المزاعم بأنها بلا دليل.', 'بلا دليل'],
    ['وأكد المتحدث أن ما تردد عن الصفقة كلام من دون إثبات.', 'من دون اثبات'],
  ])('%s', (text, cue) => {
    expect(norm(only(text, 'denial').cue.text)).toContain(norm(cue));
  });

  it('a sentence passed without evidence, no accusation called so, is no denial', () => {
    expect(marksOf('وحكمت المحكمة بسجنه ثلاث سنوات دون دليل قاطع.', 'denial')).toEqual([]);
  });
});

describe('an accusation set as the topic, then answered with the contrary (وعن اتهاماته … ردّ أنه لم)', () => {
  it.each([
    'وعن اتهاماته بالإساءة إلى المرأة، ردّ الكاتب أنه لم يسئ لأحد.',
    'وحول الاتهامات الموجهة للشركة، أجاب المدير بأنها لم تخالف أي قانون.',
    'وعن هذه الشائعات ردت الفنانة أنها لا تعرف مصدرها وأنها لم تعتزل.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toHaveLength(1);
  });

  it('an answer with no contrary after it is no denial', () => {
    expect(marksOf('وعن الاتهامات، رد الوزير بأن التحقيق مستمر.', 'denial')).toEqual([]);
  });
});

describe("a deed or knowledge of one's own denied (أنكروا تعمدهم، أنكر ارتكابه، أنكرت معرفتها)", () => {
  it.each([
    'واعترف الموقوفون بأنهم صوروا المقطع، وأنكروا تعمدهم الإساءة لأحد.',
    'وأنكر المتهم ارتكابه الجريمة أمام المحكمة.',
    'وأنكرت الممثلة معرفتها بالمنتج.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toHaveLength(1);
  });

  it('disapproving of a deed (أنكر على) is no denial', () => {
    expect(marksOf('وأنكر الشيخ على الشباب قيامهم بالتصوير في المسجد.', 'denial')).toEqual([]);
  });
});

describe('a claim called false after a verb that speaks only with a claim (أصر على أن الاتهامات ملفقة)', () => {
  it.each([
    'وأصر المخرج المعروف على أن اتهامات السرقة ملفقة.',
    'ويصر الحزب على أن الاتهامات الموجهة إليه باطلة.',
    'وذهب المتحدث إلى أن هذه الأنباء عارية عن الصحة.',
  ])('%s', (text) => {
    expect(marksOf(text, 'denial')).toHaveLength(1);
  });

  it('insisting on an act, with charges named in passing, calls nothing false', () => {
    expect(marksOf('وأصر الفنان على متابعة عمله رغم الاتهامات الملفقة التي طالته.', 'denial')).toEqual([]);
  });
});
