/**
 * Following an unnamed source from sentence to sentence (continuation.ts): a verb that goes on
 * with no new subject, or a pronoun, keeps the source of the sentence before.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences';
import { expectMark, markedSentences, marks } from './test-helpers';

describe('following an unnamed source from sentence to sentence', () => {
  it('marks a source taken up again and sentences whose unstated subject it still is', () => {
    const text =
      'قالت مصادر دبلوماسية إن الجولة المقبلة ستعقد في جنيف. وتابعت المصادر أن الوفود وصلت. ' +
      'وأشارت إلى أن جدول الأعمال لم يحسم. ويعتمد نجاح الجولة على الأطراف كلها.';
    expect(markedSentences(text)).toEqual([0, 1, 2]);
  });

  it('marks وأضاف and وقال: straight after an unnamed official', () => {
    const text = 'قال مسؤول أمني كبير إن الحدود أغلقت. وأضاف أن التعزيزات وصلت. وقال: "الوضع تحت السيطرة".';
    expect(markedSentences(text)).toEqual([0, 1, 2]);
  });

  it('does not continue past an unrelated sentence', () => {
    const text = 'قال مصدر مطلع إن الصفقة أبرمت. وتشهد المدينة حركة تجارية نشطة. وأضاف أن الأسعار سترتفع.';
    expect(markedSentences(text)).toEqual([0]);
  });

  it('ends the memory when a named speaker takes over', () => {
    const text =
      'قال مسؤول عسكري إن القوات تقدمت. وقال وزير الدفاع سامي الحربي إن العملية مستمرة. ' +
      'وأضاف أن الجيش سيبقى في المنطقة. وقال المسؤول إن الانسحاب غير وارد.';
    expect(markedSentences(text)).toEqual([0]);
  });

  it('keeps a title said again pointing to the unnamed one across a speaker without a title', () => {
    for (const text of [
      'قال دبلوماسي غربي إن المحادثات متعثرة. وقالت فرنسا إنها تدعم الحوار. وقال الدبلوماسي إن الجولة المقبلة حاسمة.',
      'قال ضابط في الجيش إن الهجوم صُدّ. ويقول خصوم الحكومة إن الهجوم نجح. وأضاف الضابط أن الخسائر محدودة.',
      'أوضح مستشار مقرب من الرئاسة أن القرار نهائي. وقال سليم داود إنه يعارض القرار. وتابع المستشار أن التنفيذ يبدأ غدا.',
    ])
      expect(markedSentences(text), text).toEqual([0, 2]);
  });

  it('follows an unnamed source that rejects, withholds or declines, but not one that declines to comment', () => {
    for (const text of [
      'قال مصدر في الشركة إن الصفقة أُلغيت. ورفض المصدر صحة ما أشيع عن خسائر كبيرة.',
      'أفاد مسؤول في الوزارة بأن الخطة جاهزة. وتحفظ المسؤول عن ذكر موعد التنفيذ.',
      'ذكر مصدر أمني أن المشتبه به اعتقل. وامتنع المصدر عن كشف هويته لأسباب أمنية.',
    ])
      expect(markedSentences(text), text).toEqual([0, 1]);
    expect(marks('ورفض مسؤولو الشركة التعليق على الصفقة.')).toEqual([]);
  });

  it('continues an unnamed source through a verb with no subject of its own, whatever the sentence then names', () => {
    for (const text of [
      'قال مصدر محلي إن الاشتباكات توقفت. وشدد على أن الهدنة هشة.',
      'قال مسؤول في الميناء إن السفينة رست. وبيّن أن الحمولة ستفرغ غدا.',
      'قال مصدر محلي إن المسلحين انسحبوا. وذكر أن الأهالي رفضوا تسليم أسلحتهم. وأضاف أن الطريق فتح.',
    ])
      expect(markedSentences(text), text).toEqual(splitSentences(text).map((_, i) => i));
  });

  it('takes a given and family name inside the description for a named speaker', () => {
    for (const text of [
      'وقال قائد شرطة المدينة عبد الكريم الهاشمي إن الانفجار نجم عن عبوة.',
      'وأوضح عضو جمعية المهندسين المستشار خالد السديري أن المشروع متأخر.',
      'وأكد مسؤول المكتب الإعلامي للمحافظة سامي القرشي أن الطريق سيفتح.',
    ])
      expect(marks(text), text).toEqual([]);
    // A nationality after the noun is no name, nor a name inside what the source says.
    for (const text of [
      'وقال مسؤول أمني تركي إن المهاجم اعتقل.',
      'أعلن مسؤول فلسطيني، أمس، وفاة سعد الحربي متأثرا بجروحه.',
      'قال مسؤول محلي إن محمد الأحمد وصل إلى المدينة.',
      // The name of the president whose office the official works in.
      'وقال مسؤول في مكتب الرئيس اليمني محمد الحسني إن الوفد وصل.',
    ])
      expect(
        marks(text).map((m) => m.kind),
        text,
      ).toEqual(['anonymous']);
  });

  it('takes unnamed rights organisations, lawyers and opponents, news and rumours as vague sources', () => {
    for (const text of [
      'وتقول منظمات حقوقية إن المعتقلين تعرضوا لسوء المعاملة.',
      'وأكد محامون أن الإجراءات مخالفة للقانون.',
      'وتشير الأخبار إلى أن الصفقة أبرمت.',
      'وترددت شائعات عن استقالة المدرب.',
    ])
      expect(
        marks(text).map((m) => m.kind),
        text,
      ).toEqual(['anonymous']);
    expect(marks('ونددت الحكومة بادعاءات المنظمات الإرهابية.')).toEqual([]);
    // News one is asked to follow is no source (a site's promotion line).
    expect(marks('تابعوا أخبار المنطقة عبر تطبيقنا.')).toEqual([]);
  });

  it('takes hinting, downplaying and pledging as statements of an unnamed source', () => {
    for (const text of [
      'وألمحت المصادر إلى أن الاتفاق بات وشيكا.',
      'لكن مسؤولا حكوميا قلل من شأن الحديث عن تعديل وزاري.',
      'وتعهد مسؤولون محليون بإصلاح الطريق قبل الشتاء.',
    ])
      expect(
        marks(text).map((m) => m.kind),
        text,
      ).toEqual(['anonymous']);
  });

  it('takes reports pointed back to with a demonstrative as vague only after vague reports', () => {
    expect(marks('نشرت صحيفة الغارديان تحقيقا مطولا. ولمحت هذه الأنباء إلى تحول في الموقف.')).toEqual([]);
    const text = 'وتحدثت تسريبات عن خلافات داخل الحكومة. وأكدت هذه التسريبات أن الوزير سيستقيل.';
    expect(markedSentences(text)).toEqual([0, 1]);
  });

  it('takes reports amid which something happens, and reports that point to a fact, as vague sources', () => {
    for (const text of [
      'وتأتي هذه الخطوة في ظل أنباء عن خلافات داخل الائتلاف.',
      'ويأتي ذلك وسط تقارير عن انسحاب القوات.',
      'وأشارت التقارير إلى أن المفاوضات تعثرت.',
      'فيما تشير التقارير إلى سقوط ضحايا مدنيين.',
    ])
      expect(
        marks(text).map((m) => m.kind),
        text,
      ).toEqual(['anonymous']);
    expect(marks('وأشارت التقارير الطبية إلى تحسن حالته.')).toEqual([]);
  });

  it('reads vague groups behind quantifiers, after وفقا لـ with a conjunction, and in hopes and fears', () => {
    for (const text of [
      'ويعود ذلك بحسب العديد من الخبراء إلى ضعف الرقابة.',
      'فوفقا لعلماء الاجتماع، تتغير العادات ببطء.',
      'وكانت وسائل إعلامية تحدثت عن إغلاق المعبر.',
      'يأمل مسؤولون محليون أن تنتهي الأعمال قبل الصيف.',
      'ويخشى مراقبون من أن تنهار الهدنة.',
    ])
      expect(
        marks(text).map((m) => m.kind),
        text,
      ).toEqual(['anonymous']);
  });

  it('does not take the د of a credit line (د.ب.أ) for a doctor’s title', () => {
    expect(
      marks('وقال مسؤولون في المعرض لوكالة الأنباء الألمانية (د.ب.أ) إن الزوار تضاعفوا.').map((m) => m.kind),
    ).toEqual(['anonymous']);
  });

  it('takes a people named by its nation alone before what it says as a vague group, not a broadcaster', () => {
    for (const text of [
      'ويقول سودانيون إن الأسعار تضاعفت.',
      'وقال لبنانيون: إن الكهرباء انقطعت.',
      'ويرى عسكريون أن الجبهة هادئة.',
    ])
      expect(
        marks(text).map((m) => m.kind),
        text,
      ).toEqual(['anonymous']);
    expect(marks('كما ذكر التلفزيون أن الهجوم وقع ليلا.')).toEqual([]);
  });

  it('takes a person or people familiar with the matter as unnamed sources, and no other person', () => {
    for (const text of [
      'وقال شخص مطلع على الأمر إن الصفقة قد تعلن قريبا.',
      'وذكر أشخاص مطلعون على المحادثات أن الاتفاق بات وشيكا.',
      'وقال شخص على دراية بالخطط إن الشركة ستبيع أصولها.',
    ])
      expect(
        marks(text).map((m) => m.kind),
        text,
      ).toEqual(['anonymous']);
    for (const text of [
      'وقال شخص يظهر في المقطع إنه شاهد الهجوم.',
      'قتل ستة أشخاص وقال الدفاع المدني إن الحريق أخمد.',
    ])
      expect(marks(text), text).toEqual([]);
  });

  it('follows عن back to a relaying verb over an outlet’s quoted name or with the report as its object', () => {
    for (const text of [
      'ونقلت شبكة "سي إن إن" عن مسؤولين أمريكيين قولهم إن الضربة وشيكة.',
      'وفق ما نقلته وكالة "أسوشيتد برس" عن مسؤولين مطلعين، فإن الخطة جاهزة.',
      'بحسب ما أوردته صحيفة «إن آر سي» عن مصادر في الحكومة.',
    ])
      expect(
        marks(text).map((m) => m.kind),
        text,
      ).toEqual(['anonymous']);
  });

  it('marks وقال المسؤول only when an unnamed official came before', () => {
    const earlier =
      'قال مسؤول أوروبي إن الاتفاق قريب. وكان الاجتماع قد بدأ صباحا. وقال المسؤول الأوروبي إن العقبات تذللت.';
    expect(markedSentences(earlier)).toEqual([0, 2]);
    expect(marks('وقال المسؤول الأوروبي إن العقبات تذللت.')).toEqual([]);
  });

  it('marks حسب المصدر نفسه after an unnamed source, and وأضاف هذا المصدر', () => {
    const text = 'قال مصدر أمني إن الموكب وصل. وكان الموكب يتنقل ليلا، حسب المصدر نفسه.';
    expect(markedSentences(text)).toEqual([0, 1]);
    expectMark('وأضاف هذا المصدر أن الموكب تغير.', 'وأضاف هذا المصدر', 'المصدر', 1);
  });

  it('reads حسب المصدر نفسه after a named body as that body, not an unnamed source', () => {
    const text = 'وقالت الوزارة في بيان إن الموكب وصل. وكان الموكب يتنقل ليلا، حسب المصدر نفسه.';
    expect(markedSentences(text)).toEqual([]);
  });

  it("does not read the writer's aside يذكر أن as the source speaking", () => {
    const text = 'قال مصدر مطلع إن الصفقة أبرمت. يذكر أن الشركة تأسست قبل عشرين عاما.';
    expect(markedSentences(text)).toEqual([0]);
  });
});
