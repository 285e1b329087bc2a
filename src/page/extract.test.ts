// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture, loadHtml } from '../../tests/fixtures/dom/load';
import { arabicScriptShare } from './script';
import { findArticleBlocks, flatten } from './extract';

const articleText = (doc: Document, weigh?: (t: string) => number) =>
  flatten(findArticleBlocks(doc, weigh ? { weigh } : {})).text;
const lines = (text: string) => text.split('\n');

describe('a CMS <article> with inline links, ads and comments', () => {
  const text = () => articleText(loadFixture('cms-article.html'));

  test('reads the headline first, then the body paragraphs in order', () => {
    const l = lines(text());
    expect(l[0]).toBe('مفاوضات الميناء تتعثر مجددا');
    expect(l[1]).toMatch(/^عدن - قالت مصادر مطلعة/);
    expect(l[2]).toMatch(/^وأضافت المصادر/);
    expect(l[l.length - 1]).toMatch(/^ولم ترد شركة التشغيل.*رويترز\.$/);
  });

  test('keeps inline link text and joins a word split across elements', () => {
    const t = text();
    expect(t).toContain('إدارة الميناء انتهت دون اتفاق مساء الخميس.');
    expect(t).toContain('حول رسوم الشحن وتوزيع العائدات.');
  });

  test('starts a new line at <br>', () => {
    expect(lines(text())).toContain('وأكدت أن المحادثات ستستأنف الأسبوع المقبل.');
  });

  test('leaves out ads, read-also boxes, captions, share bars, tags, comments and page chrome', () => {
    const t = text();
    for (const absent of [
      'إعلان',
      'اقرأ أيضا',
      'صورة أرشيفية',
      'شارك على',
      'موانئ',
      'تعليق القارئ',
      'المرصد',
      'سياسة',
      'جميع الحقوق',
      'بقلم',
    ]) {
      expect(t).not.toContain(absent);
    }
  });

  test('leaves out hidden nodes (hidden, aria-hidden, inline and stylesheet display:none)', () => {
    expect(text()).not.toMatch(/مخفية|مخفي/);
  });

  test('leaves out script, template, noscript and editable fields', () => {
    const t = text();
    for (const absent of ['البرمجي', 'قالب', 'جافاسكربت', 'مصدر مسؤول رفض']) expect(t).not.toContain(absent);
  });
});

describe('a broadcaster page: a body <div> of many <p> and related-story blocks', () => {
  test('reads the six paragraphs and none of the related, most-read or menu links', () => {
    const l = lines(articleText(loadFixture('broadcaster.html')));
    expect(l[0]).toBe('الجفاف يضرب سهول الشمال والمزارعون يطالبون بالدعم');
    expect(l).toHaveLength(7);
    expect(l.join('\n')).not.toMatch(
      /الأمطار الغزيرة|المزارعون يحتجون|الأكثر قراءة|قصص ذات صلة|الرئيسية|من نحن/,
    );
  });
});

describe('a body that arrives by script after load', () => {
  test('is found when the functions are called again', () => {
    const doc = loadFixture('late-body.html');
    expect(lines(articleText(doc))).toEqual(['البرلمان يقر الموازنة بعد جلسة طويلة']);
    const body = doc.getElementById('app-body') as HTMLElement;
    for (const sentence of [
      'صوت مجلس النواب بالأغلبية على مشروع الموازنة العامة بعد نقاش استمر حتى ساعة متأخرة من الليل.',
      'وقال نائب معارض إن الأرقام الواردة في المشروع لا تعكس الواقع المالي للدولة.',
      'ولم يعلق وزير المالية على الانتقادات في ختام الجلسة.',
    ]) {
      const p = doc.createElement('p');
      p.textContent = sentence;
      body.append(p);
    }
    const l = lines(articleText(doc));
    expect(l).toHaveLength(4);
    expect(l[1]).toMatch(/^صوت مجلس النواب/);
    expect(l[3]).toMatch(/^ولم يعلق وزير المالية/);
  });
});

describe('body selection', () => {
  const para = (s: string) => `<p>${s}</p>`;
  const body = [
    'أعلنت السلطات المحلية فتح الطريق الساحلي أمام حركة السير بعد إغلاق دام أسبوعين كاملين.',
    'وقال شهود عيان إن طوابير طويلة من الشاحنات انتظرت منذ الفجر عند نقطة التفتيش الرئيسية.',
    'وأشار سائقون إلى أن الأسعار في الأسواق القريبة ارتفعت خلال فترة الإغلاق بشكل واضح.',
    'ونقلت وسائل إعلام محلية عن مصدر أمني قوله إن الإجراءات الجديدة ستبقى سارية حتى إشعار آخر.',
  ];

  test('follows a body split in two by an inline ad, in document order', () => {
    const doc = loadHtml(`<html><body><h1>فتح الطريق الساحلي بعد أسبوعين</h1>
      <div class="text">${para(body[0] as string)}${para(body[1] as string)}</div>
      <div class="ad-wrapper"><p>مساحة إعلانية مدفوعة الأجر تظهر بين فقرات المقال للقراء</p></div>
      <div class="text">${para(body[2] as string)}${para(body[3] as string)}</div></body></html>`);
    expect(lines(articleText(doc))).toEqual(['فتح الطريق الساحلي بعد أسبوعين', ...body]);
  });

  test('reads a body of text separated by <br> only', () => {
    const doc =
      loadHtml(`<html><body><h1>فتح الطريق الساحلي بعد أسبوعين</h1><div id="nav"><a href="/">الرئيسية</a></div>
      <div class="article">${body.join('<br><br>\n')}</div></body></html>`);
    expect(lines(articleText(doc))).toEqual(['فتح الطريق الساحلي بعد أسبوعين', ...body]);
  });

  test('does not take a longer comment thread for the body', () => {
    const comments = Array.from({ length: 8 }, (_, i) =>
      para(`تعليق رقم ${i} من قارئ غاضب يكتب رأيه بالتفصيل في هذه القضية المهمة جدا للجميع`),
    );
    const doc = loadHtml(`<html><body><h1>فتح الطريق الساحلي</h1><div>${body.map(para).join('')}</div>
      <div id="comments">${comments.join('')}</div></body></html>`);
    const t = articleText(doc);
    expect(t).toContain(body[3]);
    expect(t).not.toContain('تعليق رقم');
  });

  test('with an Arabic weight, prefers the Arabic body to a longer foreign-language block', () => {
    const english = Array.from({ length: 6 }, () =>
      para(
        'This is a long English paragraph of boilerplate about cookies, privacy and the terms of the site.',
      ),
    );
    const doc = loadHtml(`<html><body><div class="legal">${english.join('')}</div>
      <div>${body.slice(0, 3).map(para).join('')}</div></body></html>`);
    expect(articleText(doc)).toContain('cookies');
    const weighted = articleText(doc, arabicScriptShare);
    expect(weighted).toContain(body[0]);
    expect(weighted).not.toContain('cookies');
  });

  test('uses the h1 that matches the page title, not the logo', () => {
    const doc = loadHtml(`<html><head><title>فتح الطريق الساحلي بعد أسبوعين - موقع الخبر</title></head><body>
      <div class="brand"><h1><a href="/">موقع الخبر اليومي</a></h1></div>
      <div class="main"><h1>فتح الطريق الساحلي بعد أسبوعين</h1>${body.map(para).join('')}</div></body></html>`);
    expect(lines(articleText(doc))[0]).toBe('فتح الطريق الساحلي بعد أسبوعين');
    expect(articleText(doc)).not.toContain('موقع الخبر');
  });

  test('reads paragraphs that each sit in their own wrapper <div>, skipping an embedded post', () => {
    const wrapped = body.map((s) => `<div class="c-1x"><p class="c-2y">${s}</p></div>`);
    wrapped.splice(
      2,
      0,
      '<blockquote class="twitter-tweet"><p>تغريدة منقولة من حساب شخصي عن الطريق الساحلي اليوم</p></blockquote>',
    );
    const doc = loadHtml(`<html><body><main><div dir="rtl"><h1>فتح الطريق الساحلي بعد أسبوعين</h1>
      <div class="c-3z"><time datetime="2024-01-01">1 يناير</time></div>${wrapped.join('')}
      <section><h2>قصص مقترحة</h2><ul><li><a href="/a">قصة مقترحة أولى عن الطقس في البلاد</a></li><li><a href="/b">قصة مقترحة ثانية عن الاقتصاد</a></li></ul></section>
      </div></main></body></html>`);
    const l = lines(articleText(doc));
    expect(l[0]).toBe('فتح الطريق الساحلي بعد أسبوعين');
    expect(l.slice(-4)).toEqual(body);
    expect(l.join('\n')).not.toMatch(/تغريدة|قصة مقترحة/);
  });

  test('finds nothing on a page without prose', () => {
    const doc = loadHtml('<html><body><nav><a href="/">الرئيسية</a></nav><p>قصير</p></body></html>');
    expect(findArticleBlocks(doc)).toEqual([]);
    expect(flatten([]).text).toBe('');
  });
});

describe('editable regions', () => {
  test('text typed into a textarea, an input or a contenteditable editor is never read', () => {
    const doc = loadFixture('editable.html');
    const t = flatten([doc.body]).text;
    expect(t).toContain('اكتب رسالتك');
    expect(t).not.toMatch(/مصادر مطلعة|مسؤول رفض|مصدر مسؤول/);
  });
});

describe('line breaks follow the page’s CSS', () => {
  test('an inline-styled <div> stays in its sentence; a block-styled <span> starts a line', () => {
    const doc = loadHtml(
      '<html><body><section>قال <div style="display:inline">مصدر مطلع</div> إن الاتفاق قريب.<span style="display:block">ونفت الوزارة ذلك.</span></section></body></html>',
    );
    expect(flatten([doc.body]).text).toBe('قال مصدر مطلع إن الاتفاق قريب.\nونفت الوزارة ذلك.');
  });
});

describe('whitespace', () => {
  test('collapses runs and source newlines inside a paragraph to one space', () => {
    const doc = loadHtml(
      '<html><body><p>  قال\n      المتحدث&nbsp;&nbsp;إن   <i>الوفد</i>\tوصل  </p><p>\n</p><p>جملة ثانية</p></body></html>',
    );
    expect(flatten([doc.body]).text).toBe('قال المتحدث إن الوفد وصل\nجملة ثانية');
  });
});
