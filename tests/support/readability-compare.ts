/**
 * The extension's reader beside Firefox's Reader View engine (@mozilla/readability) on one page,
 * both in happy-dom with the page's scripts inert: the text each reads as the article, and how
 * far they agree, word by word (Arabic-script words, counted with repeats).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { findBody } from '../../src/page/body';
import { arabicScriptShare, detectArticle } from '../../src/page/detect';
import { flatten, withHeadline } from '../../src/page/extract';
import { originalUrl, servable } from './real-pages';

/** Where the tests serve a real page: its own path, on 127.0.0.1. */
export function servedPath(html: string, name: string): string {
  const url = originalUrl(html);
  const path = url && url.pathname.length > 1 ? url.pathname : `/real/${name}.html`;
  return path;
}

export function loadPage(html: string, url: string): Document {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** The text of Readability's article HTML, one line per block (as a reader sees its paragraphs). */
function blockText(doc: Document, html: string): string {
  const box = doc.createElement('div');
  box.innerHTML = html;
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'BR') parts.push('\n');
        else if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        else if (BLOCKS.has(tag)) {
          parts.push('\n');
          walk(child);
          parts.push('\n');
        } else walk(child);
      }
    }
  };
  walk(box);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
const ARABIC = /[\u0600-\u06ff]/;
export const arabicWords = (s: string): string[] =>
  normal(s)
    .split(' ')
    .filter((w) => ARABIC.test(w));

/** Share of `words` found in `within` (a multiset: each occurrence matched once). */
export function wordShare(words: readonly string[], within: readonly string[]): number {
  if (words.length === 0) return 1;
  const bag = new Map<string, number>();
  for (const w of within) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of words) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return hit / words.length;
}

export interface Comparison {
  name: string;
  path: string;
  detected: boolean;
  language: string;
  /** The extension's article text (headline and body) and Readability's (title, then a line per block). */
  reader: string;
  readability: string;
  readerable: boolean;
  /** Share of Readability's words the extension reads. */
  readsOfReadability: number;
  /** Share of the extension's words that Readability left out. */
  outsideReadability: number;
  readerMs: number;
  readabilityMs: number;
}

export function compare(name: string, raw: string): Comparison {
  const html = servable(raw);
  const path = servedPath(raw, name);
  const url = `http://127.0.0.1:8080${path}`;
  const doc = loadPage(html, url);
  const t0 = performance.now();
  const body = findBody(doc, { weigh: arabicScriptShare });
  const reader = flatten(withHeadline(doc, body)).text;
  const verdict = detectArticle(
    doc,
    { hostname: '127.0.0.1', pathname: path },
    { blocks: body, text: flatten(body).text },
  );
  const t1 = performance.now();
  const copy = loadPage(html, url);
  const readerable = isProbablyReaderable(copy);
  const t2 = performance.now();
  const parsed = new Readability(copy).parse();
  const t3 = performance.now();
  const readability = `${parsed?.title ?? ''}\n${blockText(copy, parsed?.content ?? '')}`;
  const mine = arabicWords(reader);
  const theirs = arabicWords(readability);
  return {
    name,
    path,
    detected: verdict.article,
    language: verdict.language,
    reader,
    readability,
    readerable,
    readsOfReadability: wordShare(theirs, mine),
    outsideReadability: 1 - wordShare(mine, theirs),
    readerMs: t1 - t0,
    readabilityMs: t3 - t2,
  };
}
