import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMarks } from '../../engine';
import { OUTLETS } from '../../outlets';
import { createWireDetector } from './index';
import { unknownOutletId } from './unknown';

/** Wire marks of `text`, as [sentence, outlets] pairs. */
function wire(text: string): [string, string[]][] {
  return findMarks(text, [createWireDetector]).map((m) => [text.slice(m.start, m.end), m.outlets ?? []]);
}
/** The outlets credited by a one-sentence text (empty when it is not wire). */
const outletsOf = (sentence: string) => wire(sentence)[0]?.[1] ?? [];

describe('wire: an outlet credited as the origin of a report', () => {
  it.each([
    ['نقلت وكالة رويترز عن مسؤولين في الميناء أن الشحنة وصلت ليلا.', 'reuters'],
    ['وأفادت "رويترز" بأن المفاوضات تعثرت مجددا.', 'reuters'],
    ['وذكرت وكالة فرانس برس أن الحريق اندلع في مستودع للوقود.', 'afp'],
    ['وقالت وكالة الصحافة الفرنسية إن الطريق أعيد فتحه.', 'afp'],
    ['ونقلت عنه وكالة أسوشيتد برس قوله إن الاتفاق بات قريبا.', 'ap'],
    ['ذكرت صحيفة نيويورك تايمز أن الإدارة تدرس خيارات جديدة.', 'nyt'],
    ['وكشفت صحيفة «وول ستريت جورنال» عن خطة لبيع الشركة.', 'wsj'],
    ['ونشرت صحيفة «الغارديان» البريطانية تسجيلا للاجتماع.', 'guardian'],
    ['بحسب "رويترز"، ارتفعت الأسعار للشهر الثالث.', 'reuters'],
    ['وتراجع الإنتاج بنسبة طفيفة، حسب وكالة الأناضول الرسمية.', 'anadolu'],
    ['وجاءت النتائج مطابقة للتوقعات وفقا لـ«المصري اليوم».', 'almasryalyoum'],
    ['وبحسب وكالة الأنباء السعودية (واس) فقد بدأ العمل بالقرار أمس.', 'spa'],
    ['وأوضح المتحدث في بيان نقلته وكالة الأنباء الكويتية (كونا) أن الرحلات ستستأنف.', 'kuna'],
    ['وأعلنت وكالة دوغان للأنباء توقيف عشرين شخصا.', 'dogan'],
    ['وتراجعت شعبية الحكومة في استطلاع أجرته وكالة «كيودو» للأنباء.', 'kyodo'],
    ['ظهر الخبر أولا في مدونة "العربية.نت" قبل أن تتناقله الوكالات.', 'alarabiya'],
    ['وبثت قناة CNBC الفضائية مقطعا من المقابلة.', 'cnbc'],
    ['وكانت صحيفة "الحياة" قد نشرت الوثيقة الأسبوع الماضي.', 'alhayat'],
  ])('%s → %s', (sentence, id) => {
    expect(outletsOf(sentence)).toEqual([id]);
  });
});

describe('wire: an outlet the statement was made to or asked by', () => {
  it.each([
    ['وقال المحافظ في تصريح لوكالة أنباء رويترز إن السدود ممتلئة.', 'reuters'],
    ['ولم يرد المتحدث على أسئلة رويترز بشأن الصفقة.', 'reuters'],
    ['وقال مصدر مطلع لـ«عكاظ» إن اللجنة ستجتمع غدا.', 'okaz'],
    ['وأكد مدير المستشفى لـ"الوطن" أن الحالات مستقرة.', 'alwatan'],
    ['وأوضح رئيس البلدية في حديث خاص لـ«اليوم» أن المشروع تأخر.', 'alyaum'],
    ['مدير التعليم لـ اليوم : لا تأجيل للدراسة', 'alyaum'],
    ['وأضاف في اتصال هاتفي مع «الشرق الأوسط» أن الوفد غادر.', 'aawsat'],
    ['وقال الخبير لـ{الشرق الأوسط} إن الأسعار ستنخفض.', 'aawsat'],
    ['وردا على استيضاح وكالة فرانس برس، قالت الشرطة إن التحقيق مستمر.', 'afp'],
    ['وقال أحد السكان لفرانس برس إن القصف توقف فجرا.', 'afp'],
    ['وقال الطبيب لـ"سبق": إن المريض غادر المستشفى.', 'sabq'],
    ['ولم يتسن لرويترز التحقق من صحة التسجيل.', 'reuters'],
    ['ولم تستطع رويترز تحديد مكان التصوير.', 'reuters'],
  ])('%s → %s', (sentence, id) => {
    expect(outletsOf(sentence)).toEqual([id]);
  });
});

describe('wire: datelines, bylines and footers', () => {
  it.each([
    ['الخرطوم (رويترز) - قال الجيش إنه استعاد السيطرة على الجسر.', ['reuters']],
    ['(أ ف ب) - أعلنت الشرطة توقيف المشتبه به.', ['afp']],
    ['* طوكيو - «رويترز»: ارتفع مؤشر الأسهم في ختام التعاملات.', ['reuters']],
    ['* برلين - «د.ب.أ»: وافق البرلمان على الميزانية.', ['dpa']],
    ['سبق- جدة: افتتح أمير المنطقة معرضا للكتاب.', ['sabq']],
    ['رويترز- القاهرة: قال مسعفون إن الحافلة انقلبت.', ['reuters']],
  ])('%s', (sentence, ids) => {
    expect(outletsOf(sentence)).toEqual(ids);
  });

  it('reads a byline line, with the publisher itself, but not the place as an outlet', () => {
    const text =
      'عنوان الخبر هنا\nعين اليوم – الرياض\nأعلنت الأمانة عن مشروع جديد.\nالرياض: الوطن\nسارة أحمد - عين اليوم';
    expect(wire(text)).toEqual([
      ['عين اليوم – الرياض', ['3alyoum']],
      ['الرياض: الوطن', ['alwatan']],
      ['سارة أحمد - عين اليوم', ['3alyoum']],
    ]);
  });

  it('reads the dateline of an agency dispatch', () => {
    const text =
      'عام / افتتاح مركز صحي\nأبها 12 شوال 1436 هـ الموافق 28 يوليو 2015 م واس\nافتتح المحافظ المركز.';
    expect(wire(text)).toEqual([['أبها 12 شوال 1436 هـ الموافق 28 يوليو 2015 م واس', ['spa']]]);
  });

  it('credits the outlets a source footer names, and none for «وكالات» alone', () => {
    expect(outletsOf('المصدر: رويترز')).toEqual(['reuters']);
    expect(outletsOf('المصدر: الجزيرة + وكالات')).toEqual(['aljazeera']);
    expect(outletsOf('المصدر: وكالات')).toEqual([]);
    expect(outletsOf('* خدمة «واشنطن بوست»')).toEqual(['wapo']);
    expect(outletsOf('رابط الخبر بصحيفة الوئام: افتتاح ملعب جديد')).toEqual(['alweeam']);
  });
});

describe('wire: the agency referred to again', () => {
  it('credits «وأضافت الوكالة» to the agency last named', () => {
    const text =
      'ذكرت وكالة الأناضول أن الطائرات قصفت مواقع في الجبال. وأضافت الوكالة أن العملية مستمرة. وقال للوكالة شاهد إن الدخان غطى القرية.';
    expect(wire(text).map(([, ids]) => ids)).toEqual([['anadolu'], ['anadolu'], ['anadolu']]);
  });

  it('does not mark «وقال المصدر» that continues a source first quoted to an agency', () => {
    const text = 'وقال مصدر أمني لفرانس برس إن الهجوم أحبط. وقال المصدر إن المهاجمين فروا.';
    expect(wire(text)).toEqual([['وقال مصدر أمني لفرانس برس إن الهجوم أحبط.', ['afp']]]);
  });

  it('refers «الوكالة» to nothing when no agency was credited before', () => {
    expect(wire('وأوضحت الوكالة أن التسجيل يبدأ الأحد.')).toEqual([]);
  });
});

describe('wire: outlets missing from the registry', () => {
  it('takes the Latin name a website is given', () => {
    expect(outletsOf('ونشر موقع techdailynews قائمة بأكثر الهواتف مبيعا.')).toEqual(['techdailynews']);
  });

  it('transliterates an Arabic name given in quotes after an outlet noun', () => {
    const ids = outletsOf('ونقلت صحيفة «النجم الساطع» عن الوزير قوله إن الميزانية أقرت.');
    expect(ids).toEqual([unknownOutletId('النجم الساطع')]);
    expect(ids[0]).toMatch(/^[a-z]+$/);
  });

  it('does not take an adjective for a name (`وكالة أنباء رسمية`)', () => {
    expect(outletsOf('وذكرت وكالة أنباء رسمية أن الرئيس وصل.')).toEqual([]);
  });
});

describe('wire: families found on articles nobody tuned on', () => {
  it('credits an outlet told after a long title set off by commas', () => {
    const s =
      'وقال العقيد سامي الفارس، المتحدث الرسمي باسم قيادة القوات المشتركة لحماية الحدود الشمالية في المنطقة، لـ«عكاظ» إن الدوريات زيدت.';
    expect(outletsOf(s)).toEqual(['okaz']);
    // But not an outlet inside the claim, far from the verb of saying.
    expect(
      outletsOf(
        'وقال الوزير إن الحكومة قررت بعد مشاورات طويلة مع الأطراف كافة في البلاد ومع الشركاء في الخارج أن تسمح لقناة «الجزيرة» بالبث.',
      ),
    ).toEqual([]);
  });

  it('reads acronyms spelled out with dots, in parentheses or not', () => {
    expect(outletsOf('ونقلت شبكة (إن.بي.سي.) عن مسؤولين أن الاختراق جاء من الخارج.')).toEqual(['nbc']);
    expect(outletsOf('وقالت شبكة سي.إن.بي.سي إن السهم ارتفع.')).toEqual(['cnbc']);
  });

  it('credits a country broadcaster named by its nationality', () => {
    expect(outletsOf('وذكر التلفزيون الرسمي السوري أن الجيش استعاد البلدة.')).toEqual(['syriatv']);
    expect(outletsOf('وصرح ضابط كبير للإذاعة العامة الإسرائيلية بأن القوات غادرت المنطقة.')).toEqual([
      'israelradio',
    ]);
    expect(outletsOf('وقصفت الطائرات مبنى التلفزيون السوري وسط المدينة.')).toEqual([]);
    expect(outletsOf('وتابع الملايين المباراة على التلفزيون المصري.')).toEqual([]);
  });

  it('credits WikiLeaks as a publisher', () => {
    expect(outletsOf('وكشف موقع ويكيليكس أن السفارة راقبت الاتصالات.')).toEqual(['wikileaks']);
  });

  it('does not take another agency (الوكالة الدولية للطاقة الذرية) for the outlet named before', () => {
    const text =
      'وذكرت وكالة رويترز أن المحادثات انتهت. وقالت الوكالة الدولية للطاقة الذرية إن المفتشين وصلوا. وأضافت الوكالة أن التقرير سينشر.';
    expect(wire(text).map(([, o]) => o)).toEqual([['reuters'], ['reuters']]);
    expect(wire(text)[1]?.[0]).toContain('وأضافت الوكالة');
  });
});

describe('wire: not a credit', () => {
  it.each([
    'أغلقت السلطات مكتب رويترز في العاصمة.',
    'قالت وزارة الخارجية في بيان إن السفير استدعي.',
    'ونشر الوزير تغريدة على تويتر يشكر فيها المتطوعين.',
    'وقال الوزير اليوم إن المشروع سيكتمل العام المقبل.',
    'وزار الأمير مدينة الرياض أمس.',
    'سبق أن أعلنت الوزارة عن خطة مماثلة.',
    'وتعاني منطقة الشرق الأوسط من موجة حر.',
    'وقال الخبير إن زيارته للشرق الأوسط ستطول.',
    'وانطلق مهرجان سوق عكاظ في الطائف.',
    'وقتلت امرأة وأم لثلاثة أطفال في الحادث.',
    'وفي شهر آب (أغسطس) الماضي ارتفعت الأسعار.',
    'وأوضحت وكالة الوزارة للشؤون الفنية أن الأعمال بدأت.',
    'وأعلنت وكالة الفضاء الأمريكية نجاح المهمة.',
    'وقررت بيرسون بيع صحيفة فايننشال تايمز إلى مجموعة يابانية.',
    'وعبرت قناة السويس الجديدة ثلاث سفن أمس.',
    'الكويت: لا تعديل على رسوم الإقامة',
  ])('%s', (sentence) => {
    expect(wire(sentence)).toEqual([]);
  });
});

describe('wire: what the mark says', () => {
  it('gives the cue, the outlet as written and an explanation', () => {
    const text = 'وقال المسؤول لـ«عكاظ» إن الطريق سيفتح.';
    const [mark] = findMarks(text, [createWireDetector]);
    expect(mark?.cue.text).toContain('عكاظ');
    expect(mark?.source).toBe('عكاظ');
    expect(mark?.explanation).toMatch(/Okaz/);
  });

  it('lists every outlet a sentence credits', () => {
    const ids = outletsOf('* باريس - «الشرق الأوسط»: ذكرت صحيفة لوموند أن الحكومة ستستقيل.');
    expect(ids.sort()).toEqual(['aawsat', 'lemonde']);
  });

  it('recognises every registry name in a plain credit', () => {
    const misses: string[] = [];
    for (const o of OUTLETS) {
      for (const name of o.names) {
        const ids = outletsOf(`وذكرت وكالة «${name}» أن الاجتماع انتهى.`).concat(
          outletsOf(`وذكرت صحيفة «${name}» أن الاجتماع انتهى.`),
          outletsOf(`وذكرت قناة «${name}» أن الاجتماع انتهى.`),
        );
        if (!ids.includes(o.id)) misses.push(`${o.id}: ${name}`);
      }
    }
    expect(misses).toEqual([]);
  });

  // Speed is measured by `npm run bench`, never asserted here; this checks nothing is lost on long input.
  it('finds every credit in a long text of many lines', () => {
    const para =
      'وقال مصدر مطلع لـ«عكاظ» إن اللجنة ستجتمع. وذكرت وكالة فرانس برس أن الحريق اندلع. وزار الأمير مدينة الرياض اليوم.\n';
    const text = para.repeat(Math.ceil(200_000 / para.length));
    const marks = findMarks(text, [createWireDetector]);
    expect(marks.length).toBe((text.length / para.length) * 2);
  }, 30_000);
});

const seedDir = resolve(import.meta.dirname, '../../../../../shared');
describe.skipIf(!existsSync(`${seedDir}/seed/article.txt`))('wire on the seed article (../shared)', () => {
  it('marks sentences 1, 2, 5, 9 and 10 as Reuters and nothing else', () => {
    const text = readFileSync(`${seedDir}/seed/article.txt`, 'utf8');
    const gold = JSON.parse(readFileSync(`${seedDir}/eval/seed.jsonl`, 'utf8').split('\n')[0] as string) as {
      sentences: { start: number; end: number; kinds: string[] }[];
    };
    const marked = findMarks(text, [createWireDetector]);
    const expected = gold.sentences.filter((s) => s.kinds.includes('wire'));
    expect(marked.map((m) => [m.start, m.outlets])).toEqual(expected.map((s) => [s.start, ['reuters']]));
  });
});
if (!existsSync(`${seedDir}/seed/article.txt`))
  console.warn(`wire.test: ${seedDir} is absent; seed article test skipped.`);

describe('credits found in held-out articles (round 2)', () => {
  it('reads the plural and dual of a reporting verb before the addressee (أكدوا لـ CNN)', () => {
    expect(outletsOf('وكان مسؤولون في البيت الأبيض أكدوا لـ CNN أن القرار اتخذ.')).toEqual(['cnn']);
  });

  it('credits an outlet told with إلى as with لـ', () => {
    expect(outletsOf('وأكدت مصادر مطلعة إلى "الوطن" أن الاجتماع انتهى دون اتفاق.')).toEqual(['alwatan']);
  });

  it('credits an outlet in parentheses after لـ or after a reporting verb', () => {
    expect(outletsOf('وقال مصدر قبلي لـ(عكاظ) إن الطريق أعيد فتحه.')).toEqual(['okaz']);
    expect(outletsOf('وأبلغ مصدر أمني (عكاظ) أن الحملة مستمرة.')).toEqual(['okaz']);
    // Inside a paragraph (a short line of its own would read as a dateline).
    expect(wire('وزار الوفد سوق (عكاظ) التاريخي أمس. ثم عاد إلى الفندق.')).toEqual([]);
  });

  it('credits الأناضول right after a reporting word, not the region', () => {
    expect(outletsOf('وذكرت الأناضول أن عشرة أشخاص اعتقلوا.')).toEqual(['anadolu']);
    expect(outletsOf('وقتل جنديان، بحسب الأناضول.')).toEqual(['anadolu']);
    expect(outletsOf('وتقع المدينة في وسط الأناضول.')).toEqual([]);
  });

  it('knows Voice of America and TRT', () => {
    expect(outletsOf('وقال المتحدث في تصريحات لصوت أمريكا إن الخبر غير مؤكد.')).toEqual(['voa']);
    expect(outletsOf('وأفادت قناة تي آر تي التركية أن مسلحين فتحوا النار.')).toEqual(['trt']);
  });

  it('credits the outlet that tried to reach a party', () => {
    expect(outletsOf('"الوطن" اتصلت بمدير التعليم للتعليق على الخطة ولكنه لم يرد.')).toEqual(['alwatan']);
  });
});

describe('wire: a national broadcaster, credited in a relative clause and continued', () => {
  it('credits a broadcaster whose figures a relative clause reports, with a time word after it', () => {
    for (const text of [
      'وقتل 12 شخصا بحسب حصيلة أعلنها التلفزيون السوري الرسمي.',
      'وأظهرت صور بثها التلفزيون المصري دمارا واسعا.',
      'أعلن التلفزيون العراقي اليوم مقتل ثلاثة جنود.',
    ])
      expect(outletsOf(text), text).toHaveLength(1);
  });

  it('takes وقال التلفزيون after a broadcaster as that broadcaster again, and not otherwise', () => {
    const text = 'وذكر التلفزيون الأردني أن الحدود أغلقت. وقال التلفزيون إن المعبر سيفتح غدا.';
    const marks = findMarks(text, [createWireDetector]);
    expect(marks.map((m) => m.outlets)).toEqual([['jordantv'], ['jordantv']]);
    expect(findMarks('وقال الوزير إن التلفزيون سيبث المباراة.', [createWireDetector])).toEqual([]);
  });
});

describe('wire: an outlet whose verb follows أن', () => {
  it('credits an outlet that had reported something (سبق لـ… أن كشفت)', () => {
    for (const text of [
      'وسبق لمجلة "ليكيب" الرياضية أن كشفت عن العرض.',
      'وكان لصحيفة «القبس» الكويتية أن نشرت الوثيقة كاملة.',
      'وسبق لموقع "أكسيوس" أن ذكر تفاصيل الصفقة.',
    ])
      expect(outletsOf(text), text).toHaveLength(1);
  });
});

describe('wire: the correspondent said again, and an agency by its full Arabic name', () => {
  it('takes وذكر المراسل after an outlet’s correspondent as that outlet again', () => {
    for (const text of [
      'وأفاد مراسل الأناضول بأن الشرطة طوقت المنزل. وذكر المراسل أن الأمن انتشر.',
      'وقال مراسل قناة الجزيرة إن القصف تجدد. وأضاف المراسل أن الطرق أغلقت.',
      'ونقلت وكالة رويترز عن شهود أن الحريق امتد. وقال المراسل إن الدخان غطى الحي.',
    ]) {
      const marks = findMarks(text, [createWireDetector]);
      expect(marks, text).toHaveLength(2);
      expect(marks[1]?.outlets, text).toEqual(marks[0]?.outlets);
    }
    expect(findMarks('وقال المراسل إن الدخان غطى الحي.', [createWireDetector])).toEqual([]);
  });

  it('knows IRNA by its full Arabic name', () => {
    expect(outletsOf('ونقلت وكالة أنباء الجمهورية الإسلامية عن الوزير قوله إن المحادثات مستمرة.')).toEqual([
      'irna',
    ]);
  });
});
