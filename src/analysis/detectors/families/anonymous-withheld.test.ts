/**
 * Families of phrasing that unseen articles bring (issue 10), each tested with several phrasings
 * written for this project. Here: a speaker who asked not to be identified, in other words than
 * "not to publish his name"; unnamed sources who insist; one unnamed user of a social network.
 */
import { describe, expect, it } from 'vitest';
import { marksOf, only } from './helpers';

describe('asked not to be identified or named, with the verbal noun (طلب عدم تعريفه، عدم تسميته)', () => {
  it.each([
    ['وتابع المسؤول الذي طلب عدم تعريفه: «الوضع صعب».', 'طلب عدم تعريفه'],
    ['وأضاف الضابط، مفضلا عدم تعريفه، أن القوات تقدمت.', 'مفضلا عدم تعريفه'],
    ['وقال الموظف الذي اشترط عدم تسميته إن الرواتب تأخرت.', 'اشترط عدم تسميته'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وقررت اللجنة عدم تسمية الملعب باسم اللاعب.',
    'وطلب المدرب عدم تعريف الجمهور بالخطة قبل المباراة.',
  ])('naming or telling something else: %s', (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('a speaker the article gives a pseudonym (اسم مستعار، ليس اسمه الحقيقي)', () => {
  it.each([
    ['وتروي سلمى (اسم مستعار) أن صاحب العمل احتجز جواز سفرها.', '(اسم مستعار)'],
    ['ويقول كريم، وهو اسم غير حقيقي، إن المهربين طلبوا ألفي دولار.', 'وهو اسم غير حقيقي'],
    ['وأكد عمر (ليس اسمه الحقيقي) أن الدواء مفقود منذ أسابيع.', 'ليس اسمه الحقيقي'],
  ])('%s', (text, cue) => {
    const m = only(text, 'anonymous');
    expect(m.cue.text).toBe(cue);
    expect(m.explanation).toContain('not theirs');
  });

  it('a pen name someone writes under is no withheld speaker', () => {
    expect(marksOf('ونشر الشاعر ديوانه الأول باسم مستعار قبل عشرين عاما.', 'anonymous')).toEqual([]);
  });
});

describe('unnamed sources who insist that (يصر المسؤولون على أن)', () => {
  it.each([
    ['ويصر المسؤولون الأوروبيون على أن الاتفاق ما زال ممكنا.', 'ويصر المسؤولون'],
    ['وأصر مصدر في النادي على أن المدرب باق حتى نهاية الموسم.', 'وأصر مصدر'],
    ['وتصر مصادر مقربة من الحكومة على أن الانتخابات ستجرى في موعدها.', 'وتصر مصادر'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('insisting on an act says nothing', () => {
    expect(marksOf('وأصر مسؤولون في البلدية على إزالة المباني المخالفة.', 'anonymous')).toEqual([]);
  });
});

describe('one unnamed user of a social network (وكتب مغرد، وعلق مغرد آخر)', () => {
  it.each([
    ['وكتب مغرد: «القرار جاء متأخرا».', 'وكتب مغرد'],
    ['وعلق مغرد آخر بأن الصورة قديمة.', 'وعلق مغرد'],
    ['وقالت مغردة إن الحفل ألغي في اللحظة الأخيرة.', 'وقالت مغردة'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('the user the article names is no unnamed source', () => {
    expect(marksOf('وأعاد المغرد نشر الصورة بعد ساعة.', 'anonymous')).toEqual([]);
  });
});

describe('studies left unnamed as the origin of a claim (وأكدت الدراسات أن، بحسب دراسات)', () => {
  it.each([
    ['وأكدت الدراسات أن المشي اليومي يخفض ضغط الدم.', 'وأكدت الدراسات'],
    ['وبحسب دراسات حديثة، فإن نصف الشباب يعانون من قلة النوم.', 'وبحسب دراسات'],
    ['وتشير الدراسات إلى أن الطلب على المياه سيتضاعف.', 'وتشير الدراسات'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it.each([
    'وقدرت الدراسات عدد المصابين بنحو ألف شخص.',
    'وأظهرت دراسة أجرتها جامعة الملك سعود أن نصف الطلاب يدخنون.',
  ])("a study's figures, or a named study, are no unnamed source: %s", (text) => {
    expect(marksOf(text, 'anonymous')).toEqual([]);
  });
});

describe('military men left unnamed (نقل التقرير عن عسكريين قولهم، وفقا لعسكريين)', () => {
  it.each([
    ['ونقل التقرير عن عسكريين أميركيين قولهم إن الغارات لم تكن كافية.', 'ونقل التقرير عن عسكريين'],
    ['وفقا لعسكريين في الجيش النظامي، فإن الهجوم صد.', 'وفقا لعسكريين'],
    ['وبحسب عسكريين متقاعدين فإن الخطة لن تنجح.', 'وبحسب عسكريين'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('the adjective is no source of its own', () => {
    expect(only('وقال مسؤولون عسكريون إن الغارات نجحت.', 'anonymous').cue.text).toBe('وقال مسؤولون');
  });
});

describe('activists in the plural, with the article as without (وأشار النشطاء إلى أن)', () => {
  it.each([
    ['وأشار النشطاء إلى أن القصف استمر حتى الفجر.', 'وأشار النشطاء'],
    ['وقال الناشطون إن الشرطة اعتقلت العشرات.', 'وقال الناشطون'],
    ['ويؤكد النشطاء أن الحصار ما زال قائما.', 'ويؤكد النشطاء'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('one activist named is no unnamed source', () => {
    expect(marksOf('وقال الناشط محمد العلي إن القصف استمر.', 'anonymous')).toEqual([]);
  });
});

describe('sources in a so-called body (مصادر فيما يسمى …): "what is called" names no one', () => {
  it.each([
    ['وقالت مصادر فيما يسمى «المجلس العسكري» إن الهجوم صد.', 'وقالت مصادر'],
    ['وذكر مسؤول في ما يسمى لجنة الإنقاذ أن الطريق أغلق.', 'وذكر مسؤول'],
    ['وأكد قيادي بما يسمى جبهة التحرير أن المفاوضات توقفت.', 'وأكد قيادي'],
  ])('%s', (text, cue) => {
    expect(only(text, 'anonymous').cue.text).toBe(cue);
  });

  it('a source named by the same word is named', () => {
    expect(marksOf('وقال مصدر في الحزب يدعى سامر الخطيب إن الاجتماع تأجل.', 'anonymous')).toEqual([]);
  });
});

describe('a person the article gives only by initials or a letter (السيدة «س.ن»، المواطن "م. ع")', () => {
  it.each([
    'وتقول السيدة «س.ن» إن زوجها تركها دون نفقة.',
    'وأوضح المواطن "م. ع" أن الطريق أغلق منذ شهر.',
    'وتحمل الطالبة «ر» إدارة الجامعة المسؤولية.',
  ])('%s', (text) => {
    expect(only(text, 'anonymous').explanation).toMatch(/initials/);
  });

  it('an initial before a full name is no withheld name', () => {
    expect(marksOf('وقال الدكتور أ. محمد العلي إن الطريق خطر.', 'anonymous')).toEqual([]);
  });
});
