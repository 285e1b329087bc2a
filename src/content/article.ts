/**
 * One reading of the page: is it an Arabic news article, what is its text, what does the engine
 * mark in it, and where are those marks in the DOM.
 */
import type { Mark, MarkKind } from '../analysis/types';
import { findBody } from '../page/body';
import { arabicScriptShare, detectArticle, type NotArticleReason } from '../page/detect';
import { flatten, withHeadline } from '../page/extract';
import type { FlatText } from '../page/flat';
import { offsetAt, toRange } from '../page/ranges';
import { readInBackground, UNAVAILABLE } from './background-reading';
import { nextTurn } from './next-turn';
import type { SlicedOptions } from './slices';

let engine: Promise<typeof import('./sliced-analysis')> | null = null;

/**
 * The engine in the page, for when the background cannot read (background-reading.ts): in a chunk
 * of its own, loaded only then (its modules are set up when the chunk arrives, in a task apart
 * from the reader's); the sliced analysis then runs each detector's first sentence a turn apart
 * (see sliced-analysis.ts). Loaded once.
 */
export function loadEngine(): Promise<typeof import('./sliced-analysis')> {
  // A turn first: where the engine is inlined (the known sites' script), setting it up is then a
  // task of its own, apart from the page's reading; elsewhere its chunk is already on its way.
  engine ??= nextTurn()
    .then(() => import('./sliced-analysis'))
    .catch((error: unknown) => {
      engine = null;
      throw error;
    });
  return engine;
}

export interface Reading {
  flat: FlatText;
  /** The page's address when it was read. */
  href: string;
  marks: Mark[];
  /** Sentences the engine failed on (shown in the popup). */
  failures: number;
  /** Characters of `flat.text` analysed; less than its length when the text was over the cap. */
  analysed: number;
  /** The page's text length, where more than `flat.text` (a huge page read only from the top). */
  total?: number;
}

/** What an earlier reading established: this address is an article, with these blocks. */
export interface KnownArticle {
  href: string;
  blocks: readonly Element[];
}

/** A page that is not read, and why (the popup tells the reader). */
export interface NotRead {
  rejected: NotArticleReason;
}

export function isNotRead(value: FlatText | NotRead): value is NotRead {
  return 'rejected' in value;
}

/**
 * The article's text, or why the page is not an article. The body is found and flattened
 * once, for the decision and the text alike; the decision, which looks at the whole page, is
 * skipped on a re-read while the address is the same and the article's blocks are still in place
 * (`known`).
 */
export function readArticleText(doc: Document, known: KnownArticle | null = null): FlatText | NotRead {
  const { hostname, pathname, href } = doc.location ?? { hostname: '', pathname: '/', href: '' };
  const stillArticle =
    known !== null &&
    known.href === href &&
    known.blocks.length > 0 &&
    known.blocks.every((b) => b.isConnected);
  const body = findBody(doc, { weigh: arabicScriptShare });
  const blocks = withHeadline(doc, body);
  const flat = flatten(blocks);
  if (!stillArticle) {
    const headline = blocks.length > 0 && blocks[0] !== body[0] ? (blocks[0] as Element) : null;
    const text = withoutHeadline(flat, headline);
    const verdict = detectArticle(doc, { hostname, pathname }, { blocks: body, text });
    if (verdict.rejected) return { rejected: verdict.rejected };
  }
  return flat.text.trim() === '' ? { rejected: 'not-article' } : flat;
}

/** The flat text after the headline's own (it is flattened first). */
function withoutHeadline(flat: FlatText, headline: Element | null): string {
  if (headline === null) return flat.text;
  let end = 0;
  for (const segment of flat.segments) {
    if (!headline.contains(segment.node)) break;
    end = segment.end;
  }
  return flat.text.slice(end);
}

/**
 * Analyses the article text in slices (slices.ts): by the engine in the background, else by the
 * engine loaded in the page; reuses `previous` when the text is unchanged. Null when cancelled.
 */
export async function analyseReading(
  flat: FlatText,
  previous: Reading | null,
  options: SlicedOptions = {},
): Promise<Reading | null> {
  const href = flat.blocks[0]?.ownerDocument.location?.href ?? '';
  if (previous && previous.flat.text === flat.text) return { ...previous, flat, href };
  // Twice: a background stopped under the first port is started again by the second.
  let background = await readInBackground(flat.text, options);
  if (background === UNAVAILABLE && !options.cancelled?.())
    background = await readInBackground(flat.text, options);
  if (background === null || options.cancelled?.()) return null;
  const analysis =
    background === UNAVAILABLE ? await (await loadEngine()).analyseSliced(flat.text, options) : background;
  if (!analysis) return null;
  return { flat, href, marks: analysis.marks, failures: analysis.failures, analysed: analysis.analysed };
}

/** Reads and analyses the page; null when it is not an article (or the run was cancelled). */
export async function readPage(
  doc: Document,
  previous: Reading | null,
  options: SlicedOptions = {},
): Promise<Reading | null> {
  const known = previous ? { href: previous.href, blocks: previous.flat.blocks } : null;
  const flat = readArticleText(doc, known);
  return isNotRead(flat) ? null : analyseReading(flat, previous, options);
}

/** True when every text node of the reading is still in the document (nothing to redo). */
export function stillAttached(reading: Reading): boolean {
  return reading.flat.segments.every((s) => s.node.isConnected);
}

/** A sentence with its marks of the kinds the reader wants, and its DOM range. */
export interface MarkedSentence {
  start: number;
  end: number;
  marks: Mark[];
  /**
   * Made on first use (a live blog has thousands: the painter and the hover need only some);
   * collapsed, painting nothing, when the sentence's text has left the page.
   */
  readonly range: Range;
}

function lazySentence(flat: FlatText, mark: Mark): MarkedSentence {
  let range: Range | null = null;
  return {
    start: mark.start,
    end: mark.end,
    marks: [mark],
    get range(): Range {
      range ??= toRange(flat, mark.start, mark.end) ?? collapsedRange(flat);
      return range;
    },
  };
}

function collapsedRange(flat: FlatText): Range {
  const doc = flat.blocks[0]?.ownerDocument ?? document;
  return doc.createRange();
}

/** One per marked sentence, in text order; the marks of kinds switched off left out. */
export function markedSentences(reading: Reading, kinds: Record<MarkKind, boolean>): MarkedSentence[] {
  const byStart = new Map<number, MarkedSentence>();
  for (const mark of reading.marks) {
    if (!kinds[mark.kind]) continue;
    const seen = byStart.get(mark.start);
    if (seen) seen.marks.push(mark);
    else byStart.set(mark.start, lazySentence(reading.flat, mark));
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The sentence under a DOM caret position, if any. */
export function sentenceAt(
  reading: Reading,
  sentences: readonly MarkedSentence[],
  node: Node,
  offset: number,
): MarkedSentence | null {
  const at = offsetAt(reading.flat, node, offset);
  if (at === null) return null;
  return sentences.find((s) => s.start <= at && at < s.end) ?? null;
}
