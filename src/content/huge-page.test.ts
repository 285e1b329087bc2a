// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { looksLikeArabicArticle, readHugePage, textExceeds } from './huge-page';

const PARAGRAPH = 'وقال مصدر في غرفة التجارة طلب عدم الكشف عن هويته إن الأسعار ارتفعت هذا الأسبوع.';

beforeEach(() => {
  // Files share one document (isolate: false): clear what another file may have left in <head>.
  document.head.replaceChildren();
  document.title = 'تقرير طويل';
  const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>${PARAGRAPH} (${i + 1})</p>`).join('');
  document.body.innerHTML = `
    <nav class="menu"><a href="/">الرئيسية</a></nav>
    <article>${paragraphs.slice(0, paragraphs.length / 2)}
      <textarea>نص يكتبه القارئ لا يقرأ</textarea>
      <div contenteditable="true">محرر القارئ لا يقرأ</div>
      <div hidden>نص مخفي لا يقرأ</div>
      <script>var notRead = 1;</script>
      ${paragraphs.slice(paragraphs.length / 2)}
    </article>`;
});

const now = () => Promise.resolve();

describe('the bounded reader for huge pages', () => {
  it('tells a page with more text than a limit, without counting past it', () => {
    expect(textExceeds(document, 1_000)).toBe(true);
    expect(textExceeds(document, 10_000_000)).toBe(false);
  });

  it('takes an Arabic page that declares an article for one, and not without the declaration', () => {
    // A document of its own, parsed from the page's markup: nothing another test left in the
    // shared one can count as a declaration.
    const html = `<html><head><title>${document.title}</title></head><body>${document.body.innerHTML}</body></html>`;
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(looksLikeArabicArticle(page)).toBe(true);
    const article = page.querySelector('article') as Element;
    article.replaceWith(...article.childNodes);
    expect(
      page.querySelector('article, meta[property="og:type"], script[type="application/ld+json"]'),
    ).toBeNull();
    expect(looksLikeArabicArticle(page)).toBe(false);
  });

  it('reads from the top up to the cap, line by line, and counts all the text', async () => {
    const cap = 2_000;
    const read = await readHugePage(document, cap, now, () => false);
    if (!read) throw new Error('cancelled');
    expect(read.flat.text.length).toBeGreaterThan(cap * 0.9);
    expect(read.flat.text.length).toBeLessThan(cap + PARAGRAPH.length + 10);
    expect(read.flat.text.startsWith(`${PARAGRAPH} (1)\n${PARAGRAPH} (2)`)).toBe(true);
    expect(read.total).toBeGreaterThan(300 * PARAGRAPH.length);
    const all = await readHugePage(document, 10_000_000, now, () => false);
    expect(all?.total).toBeNull();
    // Every character maps back to the page's own text nodes.
    for (const s of read.flat.segments) {
      expect(s.node.data.slice(s.nodeStart, s.nodeStart + s.end - s.start)).toBe(
        read.flat.text.slice(s.start, s.end),
      );
    }
  });

  it('leaves out furniture, forms, editable, hidden and script text', async () => {
    const read = await readHugePage(document, 1_000_000, now, () => false);
    const text = read?.flat.text ?? '';
    expect(text).toContain(`${PARAGRAPH} (300)`);
    for (const skipped of ['الرئيسية', 'يكتبه القارئ', 'محرر القارئ', 'نص مخفي', 'notRead']) {
      expect(text).not.toContain(skipped);
    }
  });

  it('gives the page turns and stops when cancelled', async () => {
    document.body.innerHTML = `<article>${'<p><b>كلمة</b> أخرى</p>'.repeat(4_000)}</article>`;
    let turns = 0;
    let clock = 0;
    const read = await readHugePage(
      document,
      100,
      async () => {
        turns++;
      },
      () => turns >= 2,
      // Every look at the clock finds a millisecond gone: a turn every few looks.
      { sliceMs: 5, now: () => clock++ },
    );
    expect(read).toBeNull();
    expect(turns).toBe(2);
  });

  it('gives the page a turn once a slice has taken its time, not after a count of nodes', async () => {
    document.body.innerHTML = `<article>${'<p><b>كلمة</b> أخرى</p>'.repeat(2_000)}</article>`;
    let turns = 0;
    let clock = 0;
    const pause = async () => {
      turns++;
    };
    const frozen = await readHugePage(document, 1_000_000, pause, () => false, { sliceMs: 10, now: () => 0 });
    expect(frozen).not.toBeNull();
    expect(turns).toBe(0);
    const slow = await readHugePage(document, 1_000_000, pause, () => false, {
      sliceMs: 10,
      now: () => (clock += 5),
    });
    expect(slow?.flat.text).toBe(frozen?.flat.text);
    expect(turns).toBeGreaterThan(10);
  });

  it('with its own settings, gives the page a turn after a bounded number of looks at the clock', async () => {
    // Counted, not timed: the clock moves one millisecond at every look (once per 256 nodes).
    document.body.innerHTML = `<article>${'<p><b>كلمة</b> أخرى</p>'.repeat(2_000)}</article>`;
    let turns = 0;
    let looks = 0;
    const read = await readHugePage(
      document,
      1_000_000,
      async () => {
        turns++;
      },
      () => false,
      { now: () => looks++ },
    );
    expect(read).not.toBeNull();
    // Each look covers 256 nodes; a turn at least every 50 looks (a slice of seconds gives none).
    expect(looks).toBeGreaterThan(40);
    expect(turns).toBeGreaterThanOrEqual(Math.floor(looks / 50));
    expect(turns).toBeGreaterThan(0);
  });
});
