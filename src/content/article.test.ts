// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { DetectorFactory } from '../analysis/detector';
import { DETECTORS } from '../analysis/detectors';
import {
  analyseReading,
  isNotRead,
  markedSentences,
  readArticleText,
  readPage,
  sentenceAt,
  stillAttached,
} from './article';

// Our own sentences, in a CMS-like article.
const ARTICLE = `
  <article>
    <h1>مسؤولون: تأخر صرف رواتب المعلمين</h1>
    <time datetime="2025-01-10">10 يناير 2025</time>
    <p>قال مسؤولون في وزارة المالية طلبوا عدم نشر أسمائهم إن صرف الرواتب سيتأخر أسبوعين.</p>
    <p>ونفت وزارة التربية في بيان صحة هذه الأنباء جملة وتفصيلاً.</p>
    <p>ويبلغ عدد المعلمين في البلاد نحو مئتي ألف معلم ومعلمة في المدارس الحكومية.</p>
    <p>وذكرت وكالة رويترز أن نقابة المعلمين دعت إلى اعتصام أمام مبنى الوزارة.</p>
    <p>وتعاني الموازنة العامة من عجز متزايد منذ العام الماضي بسبب تراجع الإيرادات النفطية.</p>
    <p>ويطالب المعلمون منذ سنوات بزيادة رواتبهم وتحسين ظروف العمل في المدارس الريفية والنائية.</p>
  </article>`;

beforeEach(() => {
  // An article address: the home page of a site is not an article.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://news.example/2025/01/10/teachers-salaries',
  );
  document.documentElement.lang = 'ar';
  document.documentElement.dir = 'rtl';
  document.head.innerHTML = '<meta property="og:type" content="article"><title>خبر</title>';
  document.body.innerHTML = ARTICLE;
});

describe('reading the page', () => {
  it('maps each marked sentence to a DOM range over its own text', async () => {
    const reading = await readPage(document, null);
    expect(reading).not.toBeNull();
    if (!reading) return;
    const sentences = markedSentences(reading, {
      anonymous: true,
      denial: true,
      no_comment: true,
      wire: true,
    });
    const texts = sentences.map((s) => s.range.toString());
    expect(texts.some((t) => t.startsWith('ونفت وزارة التربية'))).toBe(true);
    expect(texts.some((t) => t.startsWith('وذكرت وكالة رويترز'))).toBe(true);
    expect(texts.some((t) => t.includes('ويبلغ عدد المعلمين'))).toBe(false);
  });

  it('a sentence whose text has left the page paints nothing (its range is empty)', async () => {
    const reading = await readPage(document, null);
    if (!reading) throw new Error('not read');
    const all = { anonymous: true, denial: true, no_comment: true, wire: true };
    const sentences = markedSentences(reading, all);
    document.querySelectorAll('p')[1]?.remove();
    const denial = sentences.find((s) => s.marks.some((m) => m.kind === 'denial'));
    expect(denial?.range.collapsed).toBe(true);
    expect(denial?.range.toString()).toBe('');
    const wire = sentences.find((s) => s.marks.some((m) => m.kind === 'wire'));
    expect(wire?.range.toString().startsWith('وذكرت وكالة رويترز')).toBe(true);
  });

  it('leaves out the kinds the reader switched off', async () => {
    const reading = await readPage(document, null);
    if (!reading) throw new Error('not read');
    const sentences = markedSentences(reading, {
      anonymous: false,
      denial: true,
      no_comment: false,
      wire: false,
    });
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.every((s) => s.marks.every((m) => m.kind === 'denial'))).toBe(true);
  });

  it('finds the sentence under a caret position in the page', async () => {
    const reading = await readPage(document, null);
    if (!reading) throw new Error('not read');
    const sentences = markedSentences(reading, {
      anonymous: true,
      denial: true,
      no_comment: true,
      wire: true,
    });
    const denial = document.querySelectorAll('p')[1]?.firstChild as Text;
    expect(sentenceAt(reading, sentences, denial, 5)?.marks.map((m) => m.kind)).toContain('denial');
    const plain = document.querySelectorAll('p')[2]?.firstChild as Text;
    expect(sentenceAt(reading, sentences, plain, 5)).toBeNull();
  });

  it('knows when the article text was replaced, and reuses the marks when only nodes changed', async () => {
    const first = await readPage(document, null);
    if (!first) throw new Error('not read');
    expect(stillAttached(first)).toBe(true);
    const p = document.querySelectorAll('p')[0] as HTMLElement;
    p.replaceChildren(document.createTextNode(p.textContent ?? ''));
    expect(stillAttached(first)).toBe(false);
    const again = await readPage(document, first);
    expect(again?.marks).toBe(first.marks);
  });

  it('does not read a page that is not an article', async () => {
    document.documentElement.lang = 'en';
    document.head.innerHTML = '<title>Shop</title>';
    document.body.innerHTML = '<p>Our shop sells spices and herbs. Contact us for prices.</p>';
    expect(await readPage(document, null)).toBeNull();
    expect(readArticleText(document)).toEqual({ rejected: 'language' });
  });

  it('keeps the marks of the other blocks when the engine throws on one, and counts the failure', async () => {
    const flat = readArticleText(document);
    if (isNotRead(flat)) throw new Error('not read');
    const throwsOnBudget: DetectorFactory = () => (view) => {
      if (view.text.includes('الموازنة')) throw new Error('engine bug');
      return [];
    };
    const reading = await analyseReading(flat, null, { detectors: [throwsOnBudget, ...DETECTORS] });
    expect(reading?.failures).toBe(1);
    const kinds = new Set(reading?.marks.map((m) => m.kind));
    expect(kinds.has('denial') && kinds.has('wire')).toBe(true);
    expect(reading?.analysed).toBe(flat.text.length);
  });
});
