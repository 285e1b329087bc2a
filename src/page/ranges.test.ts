// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadFixture, loadHtml } from '../../tests/fixtures/dom/load';
import { findArticleBlocks, flatten } from './extract';
import { offsetAt, textNodesOf, toRange, visibleSpan } from './ranges';

const squash = (s: string) => s.replace(/\s+/g, '');

/** [start, end) of every line of the flat text. */
function lineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push([start, start + line.length]);
    start += line.length + 1;
  }
  return spans;
}

describe('toRange', () => {
  test('every line of a CMS article maps to a Range with exactly its text, across links, <b>/<span> and split words', () => {
    const flat = flatten(findArticleBlocks(loadFixture('cms-article.html')));
    const spans = lineSpans(flat.text);
    expect(spans.length).toBeGreaterThan(4);
    for (const [s, e] of spans) {
      const range = toRange(flat, s, e);
      expect(range?.toString()).toBe(flat.text.slice(s, e));
    }
    // The line with the inline link starts and ends in different text nodes.
    const linked = spans.find(([s, e]) => flat.text.slice(s, e).includes('انتهت دون اتفاق')) as [
      number,
      number,
    ];
    const range = toRange(flat, ...linked) as Range;
    expect(range.startContainer).not.toBe(range.endContainer);
  });

  test('any span inside a line reads back as the same text (broadcaster page, random spans)', () => {
    const flat = flatten(findArticleBlocks(loadFixture('broadcaster.html')));
    const spans = lineSpans(flat.text).filter(([s, e]) => e > s);
    fc.assert(
      fc.property(fc.nat(spans.length - 1), fc.nat(), fc.nat(), (li, a, b) => {
        const [s, e] = spans[li] as [number, number];
        const len = e - s;
        const start = s + (a % len);
        const end = start + 1 + (b % (e - start));
        const range = toRange(flat, start, end);
        const wanted = flat.text.slice(start, end);
        if (wanted.trim() === '') return range === null || range.toString().trim() === '';
        return range !== null && squash(range.toString()) === squash(wanted);
      }),
    );
  });

  test('maps a span across collapsed whitespace, without counting the collapsed characters', () => {
    const doc = loadHtml('<html><body><p>قال\n   المتحدث   <b>الرسمي</b>  إن الوفد وصل</p></body></html>');
    const flat = flatten([doc.body]);
    expect(flat.text).toBe('قال المتحدث الرسمي إن الوفد وصل');
    const s = flat.text.indexOf('المتحدث');
    const e = flat.text.indexOf(' إن');
    expect(toRange(flat, s, e)?.toString()).toBe('المتحدث   الرسمي');
  });

  test('returns null for an empty span and for text whose nodes were removed from the page', () => {
    const doc = loadFixture('broadcaster.html');
    const flat = flatten(findArticleBlocks(doc));
    expect(toRange(flat, 5, 5)).toBeNull();
    const s = flat.text.indexOf('وأضاف أن الحكومة');
    expect(toRange(flat, s, s + 10)).not.toBeNull();
    const p = [...doc.querySelectorAll('p')].find((el) => el.textContent?.startsWith('وأضاف أن الحكومة'));
    p?.remove();
    expect(toRange(flat, s, s + 10)).toBeNull();
  });

  test('returns null when a text node was shortened under the span', () => {
    const doc = loadHtml('<html><body><p>نفت الوزارة الخبر جملة وتفصيلا</p></body></html>');
    const flat = flatten([doc.body]);
    const node = textNodesOf(flat)[0] as Text;
    node.data = 'نفت';
    expect(toRange(flat, 0, flat.text.length)).toBeNull();
  });
});

describe('offsetAt', () => {
  test('is the inverse of toRange for every copied character', () => {
    const flat = flatten(findArticleBlocks(loadFixture('cms-article.html')));
    let checked = 0;
    for (let i = 0; i < flat.text.length; i++) {
      if (flat.text[i] === '\n') continue;
      const range = toRange(flat, i, i + 1) as Range;
      expect(offsetAt(flat, range.startContainer, range.startOffset)).toBe(i);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  test('resolves an element boundary point (as caret APIs may return) to the text inside it', () => {
    const doc = loadHtml('<html><body><p>قال <a href="/x">مصدر مطلع</a> إن الاتفاق قريب</p></body></html>');
    const flat = flatten([doc.body]);
    const p = doc.querySelector('p') as Element;
    expect(offsetAt(flat, p, 1)).toBe(flat.text.indexOf('مصدر'));
    expect(offsetAt(flat, p, 0)).toBe(0);
  });

  test('is null for a position outside the flattened text (navigation, comments)', () => {
    const doc = loadFixture('cms-article.html');
    const flat = flatten(findArticleBlocks(doc));
    const nav = doc.querySelector('nav a')?.firstChild as Node;
    const comment = doc.querySelector('.comment p')?.firstChild as Node;
    expect(offsetAt(flat, nav, 1)).toBeNull();
    expect(offsetAt(flat, comment, 1)).toBeNull();
  });
});

describe('textNodesOf', () => {
  test('lists the article text nodes once each, in reading order, and no furniture', () => {
    const doc = loadFixture('cms-article.html');
    const flat = flatten(findArticleBlocks(doc));
    const nodes = textNodesOf(flat);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(
      nodes
        .map((n) => n.data)
        .join('')
        .replace(/\s+/g, ''),
    ).toBe(squash(flat.text));
    const ad = doc.querySelector('.ad p')?.firstChild;
    const link = doc.querySelector('.article-body a')?.firstChild;
    expect(nodes).toContain(link);
    expect(nodes).not.toContain(ad);
  });
});

describe('visibleSpan', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A page laid out as the test says: line `i` of the article 100 px tall, `scrolled` px up. */
  function laidOut(lines: number, scrolled: number) {
    const doc = loadHtml(
      `<html><body><article>${Array.from({ length: lines }, (_, i) => `<p>سطر رقم ${i} من المقال.</p>`).join('')}</article></body></html>`,
    );
    const flat = flatten([doc.querySelector('article') as Element]);
    const paragraphs: Element[] = [...doc.querySelectorAll('p')];
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const p = (this.startContainer as Node).parentElement as Element;
      const top = paragraphs.indexOf(p) * 100 - scrolled;
      return {
        top,
        bottom: top + 100,
        left: 0,
        right: 600,
        width: 600,
        height: 100,
        x: 0,
        y: top,
      } as DOMRect;
    });
    const lineOf = (offset: number) => flat.text.slice(0, offset).split('\n').length - 1;
    return { flat, lineOf };
  }

  test('the flat text of the lines on screen: from the first one ending below the top to the last one starting above the bottom', () => {
    const { flat, lineOf } = laidOut(40, 1050);
    const span = visibleSpan(flat, { innerHeight: 800 });
    if (!span) throw new Error('nothing on screen');
    // Line 9 spans -150 to -50 px (above the screen); line 10 -50 to 50; line 18 starts at 750 px.
    expect(lineOf(span.from)).toBe(10);
    expect(lineOf(span.to - 1)).toBe(18);
    expect(flat.text[span.to]).toBe('\n');
    // Another screen below, when asked.
    expect(lineOf((visibleSpan(flat, { innerHeight: 800 }, 1600)?.to ?? 0) - 1)).toBe(26);
  });

  test('at the top of the page: from the start', () => {
    const { flat } = laidOut(40, 0);
    expect(visibleSpan(flat, { innerHeight: 800 })?.from).toBe(0);
  });

  test('null when the article is not on screen', () => {
    const { flat } = laidOut(5, 5000);
    expect(visibleSpan(flat, { innerHeight: 800 })).toBeNull();
  });
});
