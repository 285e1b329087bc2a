import { describe, expect, it } from 'vitest';
import { extractKeywords } from './keywords';

const en = (sentence: string, headline = '', max?: number) =>
  extractKeywords(sentence, headline, max).map((k) => k.en);

describe('extractKeywords', () => {
  it('puts named people, groups and places before key nouns', () => {
    const words = en('وذكرت وكالة رويترز أن غارات جوية استهدفت مواقع للحوثيين قرب صنعاء بعد زيارة جون كيري');
    expect(words.slice(0, 3)).toEqual(['Kerry', 'Houthis', 'Sanaa']);
    expect(words).toContain('airstrikes');
    expect(words.indexOf('airstrikes')).toBeGreaterThan(words.indexOf('Sanaa'));
  });
  it('leaves the credited outlet out of the query', () => {
    expect(en('نقلت وكالة فرانس برس عن مسؤول في الأمم المتحدة')).toEqual(['U.N.']);
  });
  it('transliterates an unknown name announced by a first name or a title', () => {
    expect(en('قال المهندس خالد الزهراني لرويترز إن الإنتاج تراجع')).toContain('al-Zahrani');
    expect(en('وأكد السفير ماتياس هولتمان أن الاتفاق قائم').some((w) => /^Hol\w+$/.test(w))).toBe(true);
    expect(en('قال السفير هولتمان إن الاتفاق قائم').some((w) => /^Hol\w+$/.test(w))).toBe(true);
  });
  it('searches a first name and a family name by the family name, as headlines name people', () => {
    expect(en('وقال سعد الحريري للصحفيين')).toContain('Hariri');
    expect(en('وقال حسين طائب إن الحرس الثوري مستعد')).toContain('Taeb');
    // A family name that is a first name too (محمد حسين), a particle, or a prince's name: kept whole.
    expect(en('قال النقيب محمد حسين لوكالة أسوشيتد برس')).toContain('Mohammed Hussein');
    expect(en('وقال محمود عباس للصحفيين')).toContain('Mahmoud Abbas');
    expect(en('أكد ولي العهد الأمير محمد بن سلمان')).toContain('Mohammed bin Salman');
    expect(en('وقال الأمير خالد الراشد إن الزيارة تمت')).toContain('Khalid al-Rashad');
    expect(en('أعلن الملك سلمان القرار')).toContain('King Salman');
    expect(en('التقى شي جين بينغ')).not.toContain('Jinping');
  });
  it('keeps another person’s family name inside an unknown name', () => {
    const words = en('قال يوسف ناجي الحريري المتحدث باسم اللجنة إن الموعد تأجل');
    expect(words).toContain('Yousef Naji Hariri');
    expect(words).not.toContain('Hariri');
  });
  it('reads a first name written in two words and stops a name at a verb or a particle', () => {
    expect(en('وأوضح العقيد عبد الله الغامدي أن الدورية وصلت')).toContain('al-Ghamdi');
    expect(en('ورأى المحلل عبد الرحمن الحربي بأن السوق تتعافى')).toContain('al-Harbi');
    expect(en('لكن صالح يهدف إلى كسب الوقت').join(' ')).not.toMatch(/Saleh/);
  });
  it('does not take the preposition على for the name Ali', () => {
    expect(en('شدد على أهمية العقوبات على إيران')).not.toContainEqual(expect.stringMatching(/^Ali/));
  });
  it('counts a keyword once across sentence and headline, and drops one a longer one contains', () => {
    const words = en(
      'وقالت المصادر لرويترز إن الاتفاق النووي مهدد',
      'إيران: الاتفاق النووي في خطر والبرنامج النووي يتوسع',
    );
    expect(words.filter((w) => w === 'nuclear deal')).toHaveLength(1);
    expect(words).not.toContain('nuclear');
    expect(words).toContain('Iran');
  });
  it('draws on the headline when the sentence names little', () => {
    expect(en('وأضافت الوكالة أن الاجتماع استمر ساعتين', 'أردوغان يلتقي بوتين في سوتشي')).toEqual(
      expect.arrayContaining(['Erdogan', 'Putin', 'Sochi']),
    );
  });
  it('keeps to the cap', () => {
    const crowded =
      'التقى أوباما وبوتين وأردوغان ونتنياهو وروحاني وماكرون وميركل في جنيف لبحث النفط والعقوبات والهدنة';
    expect(en(crowded, '', 6)).toHaveLength(6);
    expect(en(crowded, '', 6).slice(-2)).toEqual(['oil', 'sanctions']);
  });
  it('gives the Arabic canonical form for Arabic-language searches', () => {
    const [k] = extractKeywords('ذكرت واس أن وفدا زار الرياض');
    expect(k).toMatchObject({ en: 'Riyadh', ar: 'الرياض' });
  });

  it('knows the countries the hand-written list lacks, from the platform (Intl.DisplayNames), with their nisbas', () => {
    expect(en('أعلنت وارسو أن بولندا ستستضيف القمة')).toContain('Poland');
    expect(en('قال مسؤول بولندي إن المحادثات مستمرة')).toContain('Poland');
    expect(en('قتل 12 شخصا في فندق في وسط مالي')).toContain('Mali');
    // مالي is also "financial".
    expect(en('أعلنت الشركة عن دعم مالي للمشروع')).not.toContain('Mali');
  });
  it('takes Latin-script names the text gives, but not the outlet', () => {
    const words = en('ذكرت وكالة رويترز (Reuters) أن شركة بتروبراس (Petrobras) وقعت عقدا مع Middle East Eye');
    expect(words).toEqual(expect.arrayContaining(['Petrobras', 'Middle East Eye']));
    expect(words).not.toContain('Reuters');
  });
  it('transliterates a name after a nisba or a place noun, one word for a place', () => {
    expect(en('طلب الاتحاد من رجل الأعمال السويسري دومينيكو سكالا قيادة اللجنة').join(' ')).toMatch(/Sakala/);
    expect(en('وقع الهجوم في مدينة سيفاري وسط البلاد')).toContain('Sifari');
    // A past-tense verb after a nisba is no name (الجيش الأمريكي قتل).
    expect(en('إن عنصرا دربه الجيش الأمريكي قتل يوم الجمعة').join(' ')).not.toMatch(/Qatal/);
  });
  it('leaves out role words, ministries and adjectives after an office', () => {
    const words = en('قال المتحدث باسم وزارة الخارجية التركية إن الحكومة والجيش يدعمان الرئيس المستقل');
    expect(words).toContain('Turkey');
    for (const w of ['spokesman', 'government', 'army', 'Foreign Ministry']) expect(words).not.toContain(w);
    expect(words.join(' ')).not.toMatch(/Mastaqal/);
  });
  it('leaves out a city the text measures a distance from, when another place says where', () => {
    const words = en('تحطمت مروحية روسية على بعد 200 كيلومتر جنوب شرقي موسكو', 'تحطم مروحية جنوب شرقي موسكو');
    expect(words).toContain('Russia');
    expect(words).not.toContain('Moscow');
    // A direction alone may be part of the city (شرق حلب, eastern Aleppo).
    expect(en('قصفت الطائرات شرق حلب في سوريا')).toContain('Aleppo');
    // Nothing else locates the story: the landmark stays.
    expect(en('وقع الانفجار على بعد 40 كلم شمال بغداد')).toContain('Baghdad');
  });
  it('names the event with its specific noun before a generic one', () => {
    expect(en('قتل طيار عندما تحطمت طائرة هليكوبتر خلال عرض جوي')).toEqual(
      expect.arrayContaining(['crash', 'helicopter']),
    );
    expect(en('لقي 700 حاج حتفهم تدافعا قرب مكة')).toContain('stampede');
  });
});
