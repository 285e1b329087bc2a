// @vitest-environment happy-dom
/**
 * The reader on page structures met on real outlets' pages, each rebuilt here with the project's
 * own words (no outlet's text): a page wrapper that is mostly links, inline scripts, a body of
 * text and <br> with no <p>, a body container whose class also names furniture, and a page
 * wrapped in one <form>.
 */
import { describe, expect, test } from 'vitest';
import { loadHtml } from '../../tests/fixtures/dom/load';
import { findBody } from './body';
import { arabicScriptShare } from './script';
import { flatten, withHeadline } from './extract';
import { linkDensity, proseLength } from './exclude';

const S1 = 'قال مسؤول في البلدية إن أعمال الصيانة في الطريق الساحلي ستبدأ مطلع الشهر المقبل وتستمر أسبوعين.';
const S2 = 'وأضاف أن الفرق الفنية أنهت مسح المقاطع المتضررة بعد الأمطار الغزيرة التي شهدتها المنطقة.';
const S3 = 'وأشار إلى أن حركة السير ستتحول خلال الأشغال إلى طريق فرعي يمر بمحاذاة السوق القديم.';
const S4 = 'ودعا السكان إلى متابعة الإعلانات الرسمية لمعرفة مواعيد إغلاق كل مقطع على حدة.';
const BODY = [S1, S2, S3, S4];

/** A menu or a list of other stories: many short links. */
function linkList(n: number, label: string): string {
  const items = Array.from(
    { length: n },
    (_, i) => `<li><a href="/s/${i}">${label} رقم ${i + 1} في قائمة الروابط الطويلة</a></li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

const read = (html: string) => {
  const doc = loadHtml(html);
  const body = findBody(doc, { weigh: arabicScriptShare });
  return { doc, body, text: flatten(withHeadline(doc, body)).text };
};

const page = (inner: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><title>عنوان</title></head><body>${inner}</body></html>`;

describe('a page wrapper that is mostly links does not hide the article inside it', () => {
  // The wrapper holds a long menu, a long related list and the short article: its own text is
  // mostly links, but the article block is not.
  const html = page(`<div class="wrapper">
    <div class="top">${linkList(40, 'قسم')}</div>
    <div class="story-area"><h1>أعمال صيانة في الطريق الساحلي</h1>
      <div class="txt">${BODY.map((s) => `<p>${s}</p>`).join('')}</div></div>
    <div class="more">${linkList(40, 'خبر آخر')}</div>
  </div>`);

  test('the wrapper is mostly links, yet every sentence of the article is read', () => {
    const { doc, text } = read(html);
    expect(linkDensity(doc.querySelector('.wrapper') as Element)).toBeGreaterThan(0.6);
    for (const s of BODY) expect(text).toContain(s);
  });

  test('the lists around it are still left out', () => {
    const { text } = read(html);
    expect(text).not.toContain('في قائمة الروابط الطويلة');
  });
});

describe('script and style text never counts as text', () => {
  const script = `<script>var config = {${'"key": "value", '.repeat(400)}};</script><style>.a{color:red}${'.b{margin:0}'.repeat(200)}</style>`;

  test('proseLength and linkDensity read only what a reader can read', () => {
    const doc = loadHtml(page(`<div id="box">${script}<a href="/x">رابط واحد فقط هنا</a></div>`));
    const box = doc.getElementById('box') as Element;
    expect(proseLength(box)).toBe('رابطواحدفقطهنا'.length);
    // With the script's text counted this box would look like prose with one small link.
    expect(linkDensity(box)).toBe(1);
  });

  test('the same article is read whether its wrapper carries a little or a lot of inline script', () => {
    const build = (scripts: number) =>
      page(`<div class="wrapper">${script.repeat(scripts)}
        <div>${linkList(30, 'قسم')}</div>
        <div class="story-area">${BODY.map((s) => `<p>${s}</p>`).join('')}</div>
        <div>${linkList(30, 'خبر آخر')}</div></div>`);
    const few = read(build(0)).text;
    const many = read(build(12)).text;
    expect(many).toBe(few);
    for (const s of BODY) expect(few).toContain(s);
  });
});

describe('a body written as text and <br> inside a <div>, with no <p>', () => {
  // Each paragraph is text and inline elements between <br><br>, straight in the div.
  const brBody = `<div class="LongText"><div>${S1} <a href="/src">مصدر</a>.<br><br>${S2}<br><br><span>${S3}</span><br><br>${S4}</div></div>`;
  // Beside it, a block of short paragraphs (a teaser box) that used to outscore it.
  const teasers = `<div class="box">${['نص قصير أول للعرض في الصفحة', 'نص قصير ثان للعرض في الصفحة', 'نص قصير ثالث للعرض في الصفحة', 'نص قصير رابع للعرض في الصفحة'].map((t) => `<p>${t} هنا</p>`).join('')}</div>`;

  test('is found and read whole, one line per paragraph', () => {
    const { text } = read(
      page(`<div class="main"><h1>أعمال صيانة في الطريق الساحلي</h1>${brBody}</div>${teasers}`),
    );
    for (const s of [S2, S3, S4]) expect(text.split('\n')).toContain(s);
    expect(text).toContain(S1);
    expect(text).not.toContain('نص قصير');
  });
});

describe('a body container whose class also names furniture', () => {
  test('`entry-content no-share`: a negated word is no furniture', () => {
    const { text } = read(
      page(
        `<div class="post"><div class="entry-content no-share"><div class="inner">${BODY.map((s) => `<p>${s}</p>`).join('')}</div></div></div>`,
      ),
    );
    for (const s of BODY) expect(text).toContain(s);
  });

  test('`article-body with-comments`: a whole body word outweighs a furniture word', () => {
    const { text } = read(
      page(
        `<div class="article-body with-comments">${BODY.map((s) => `<p>${s}</p>`).join('')}</div><div class="comments"><p>تعليق طويل من أحد القراء على هذا الخبر يزيد عن الحد</p></div>`,
      ),
    );
    for (const s of BODY) expect(text).toContain(s);
    expect(text).not.toContain('تعليق طويل');
  });

  test('a share bar or related box is still furniture', () => {
    const { text } = read(
      page(
        `<div class="story">${BODY.map((s) => `<p>${s}</p>`).join('')}<div class="share-bar"><p>شارك هذا الخبر مع أصدقائك عبر الشبكات</p></div><div class="related-news"><p>خبر ذو صلة بعنوان طويل لا يخص المقال نفسه</p></div></div>`,
      ),
    );
    expect(text).not.toContain('شارك هذا الخبر');
    expect(text).not.toContain('خبر ذو صلة');
  });
});

describe('a page wrapped in one <form> (ASP.NET Web Forms)', () => {
  test('the form around the whole page is no furniture; a small form in it still is', () => {
    const { text } = read(
      page(`<form id="aspnetForm"><div>${linkList(10, 'قسم')}</div><div class="details"><div>${BODY.join('<br><br>')}</div></div>
        <form class="search"><p>ابحث في الموقع عن الأخبار التي تهمك اليوم</p><input name="q"></form></form>`),
    );
    for (const s of BODY) expect(text).toContain(s);
    expect(text).not.toContain('ابحث في الموقع');
  });
});

describe('an article metadata block inside the body (source and date labels)', () => {
  test('is left out: its labels are no sentences of the article', () => {
    const { text } = read(
      page(`<div class="articlecontent"><div class="metadata"><span>المصدر:</span><ul><li>(المدينة - الصحيفة)</li></ul>
        <span>التاريخ:</span><time>3 يونيو</time></div>${BODY.map((s) => `<p>${s}</p>`).join('')}</div>`),
    );
    for (const s of BODY) expect(text).toContain(s);
    expect(text).not.toContain('(المدينة - الصحيفة)');
    expect(text).not.toContain('المصدر:');
  });
});
