/**
 * Article text for the bench: the shared corpus when it sits beside the checkout, otherwise
 * generated Arabic news prose (so `npm run bench` still runs from a fresh clone).
 * Corpus text is only read at run time; none of it is written into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_PATH = resolve(
  process.env.BENCH_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus/articles.jsonl'),
);

export interface Article {
  id: string;
  title: string;
  text: string;
}

let cached: Article[] | null | undefined;

/** The corpus articles, or null when the corpus is absent. */
export function loadCorpus(): Article[] | null {
  if (cached !== undefined) return cached;
  if (!existsSync(CORPUS_PATH)) {
    cached = null;
    return cached;
  }
  cached = readFileSync(CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
  return cached;
}

/** A small deterministic PRNG (mulberry32), so generated pages are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

// Written for the bench: the shapes of news prose, with and without cues.
const OPENERS = [
  'وقال مسؤول في وزارة النقل',
  'وأفادت مصادر مطلعة',
  'وذكرت وكالة رويترز نقلا عن شهود',
  'ونفت الشركة في بيان',
  'ولم ترد البلدية على طلب للتعليق بشأن',
  'وأكد رئيس اللجنة',
  'وأوضح المتحدث باسم الهيئة',
  'وبحسب تقرير نشرته وكالة فرانس برس',
  'وفي سياق متصل، أعلنت الحكومة',
  'ويرى خبراء اقتصاديون',
  'وتشير الأرقام الرسمية',
  'وقال مصدر طلب عدم ذكر اسمه',
  'ورفضت الوزارة التعليق على',
  'وشهدت المدينة خلال الأسبوع الماضي',
];
const CLAIMS = [
  'أن أعمال الصيانة في الطريق الساحلي ستنتهي قبل نهاية الشهر المقبل',
  'أن أسعار الخضروات ارتفعت بنسبة 12 في المئة مقارنة بالعام الماضي',
  'أن المفاوضات بين الطرفين توقفت بسبب خلاف على جدول الانسحاب',
  'أن المستشفى الجديد سيستقبل المرضى بعد استكمال تجهيز الأقسام',
  'أن الاجتماع المقبل سيعقد في العاصمة بحضور ممثلين عن الدول المجاورة',
  'أن عدد الزوار تجاوز 40 ألفا خلال أيام المعرض الثلاثة',
  'ما تردد عن نقل المقر الرئيسي إلى خارج البلاد',
  'خطة لتوسيع شبكة المياه لتشمل القرى الجنوبية',
  'أن التحقيق ما زال جاريا لمعرفة أسباب الحريق',
  'أن الميزانية المخصصة للتعليم ستزداد في العام المقبل',
  'تراجعا ملحوظا في حركة الشحن عبر الميناء',
  'أن الفريق الوطني سيخوض مباراتين وديتين استعدادا للبطولة',
];
const TAILS = [
  '',
  '',
  '، وفق ما نقلته وسائل إعلام محلية',
  '، بحسب البيان',
  ' خلال مؤتمر صحفي يوم الثلاثاء',
  ' في تصريحات للصحفيين',
];

/** One generated sentence of news prose, ending with a full stop. */
export function generatedSentence(rand: () => number): string {
  return `${pick(rand, OPENERS)} ${pick(rand, CLAIMS)}${pick(rand, TAILS)}.`;
}

/** Generated paragraphs of about `chars` characters in total, one paragraph a line. */
export function generatedText(chars: number, seed = 1): string {
  const rand = prng(seed);
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const count = 2 + Math.floor(rand() * 4);
    const para = Array.from({ length: count }, () => generatedSentence(rand)).join(' ');
    out.push(para);
    n += para.length + 1;
  }
  return out.join('\n').slice(0, chars);
}

/** A typical article: the first corpus article of 4–8 k characters, or a generated one. */
export function typicalArticle(): Article {
  return (
    loadCorpus()?.find((a) => a.text.length >= 4000 && a.text.length <= 8000) ?? {
      id: 'generated',
      title: 'الحكومة تعلن خطة جديدة لإصلاح الطرق',
      text: `الحكومة تعلن خطة جديدة لإصلاح الطرق\n${generatedText(6000, 3)}`,
    }
  );
}

let paragraphs: string[] | null = null;

/**
 * `chars` characters of ordinary article text: corpus paragraphs taken at an even stride across
 * the whole corpus (then again from the next offset, if more is needed), so that 100 k and 10 M
 * characters are made of the same mix of outlets and styles.
 */
export function articleText(chars: number): string {
  const corpus = loadCorpus();
  if (!corpus) return generatedText(chars);
  paragraphs ??= corpus.flatMap((a) => a.text.split(/\n+/).filter((p) => p.trim() !== ''));
  const total = paragraphs.reduce((n, p) => n + p.length + 1, 0);
  const stride = Math.max(1, Math.floor(total / chars));
  const parts: string[] = [];
  let n = 0;
  for (let offset = 0; n < chars; offset++) {
    for (let i = offset % stride; i < paragraphs.length && n < chars; i += stride) {
      const p = paragraphs[i] as string;
      parts.push(p);
      n += p.length + 1;
    }
  }
  return parts.join('\n').slice(0, chars);
}
