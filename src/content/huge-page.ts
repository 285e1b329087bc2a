/**
 * A page with far more text than the engine will read (a runaway live blog, a data dump) is not
 * handed to the page reader: its article detection and flattening look at all of the page in
 * one go, which froze a 50 MB page for over a minute. A bounded reader takes the text from the
 * top instead, in slices, skipping what the page reader skips (furniture, hidden, editable),
 * up to the cap, and counts how much text there was in all.
 */
import { countScripts } from '../page/script';
import { FlatBuilder, type FlatText } from '../page/flat';
import { sampleText } from '../page/detect';
import { isExcluded, isInvisibleOrEditable } from '../page/exclude';

/**
 * More text than this, and the page is read by the bounded reader. Real articles hold tens of
 * thousands of characters; the page reader spent over a second on a 2 MB page in one task.
 */
export const HUGE_TEXT = 1_000_000;
/** Work this long, then give the page a turn (a slice of 5,000 nodes took 40-60 ms on a 2 MB page). */
const SLICE_MS = 10;
/** Nodes visited between looks at the clock. */
const NODES_PER_CHECK = 256;

const LINE_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TR',
  'DD',
  'DT',
  'PRE',
]);
const LINE_TAGS_ALSO = new Set(['ARTICLE', 'SECTION', 'MAIN', 'HEADER', 'TABLE', 'UL', 'OL', 'FIGURE']);

const UNCOUNTED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** True when the document holds more than `limit` characters of text; stops counting there. */
export function textExceeds(doc: Document, limit: number): boolean {
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    total += (node as Text).data.length;
    if (total > limit) return true;
  }
  return false;
}

const DECLARED = /"@type"\s*:\s*"(?:News|Report|Blog|LiveBlog)?(?:Article|Posting)"/;

/**
 * An Arabic article at all? Cheap signs only (the page reader's detection reads everything):
 * Arabic text at the top, and the page declaring an article (og:type, JSON-LD, <article>).
 */
export function looksLikeArabicArticle(doc: Document): boolean {
  const c = countScripts(`${doc.title} ${sampleText(doc, 20_000)}`);
  if (c.arabicScript < 150 || c.arabicScript < 0.5 * (c.arabicScript + c.otherLetters)) return false;
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (og.startsWith('article')) return true;
  if (doc.querySelector('article') !== null) return true;
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) =>
    DECLARED.test(s.textContent ?? ''),
  );
}

export interface HugeReading {
  flat: FlatText;
  /** Characters of text on the whole page, when the reader stopped at the cap. */
  total: number | null;
}

/** Text from the top of the page up to `cap` characters; null when cancelled. */
export async function readHugePage(
  doc: Document,
  cap: number,
  pause: () => Promise<void>,
  cancelled: () => boolean,
  { sliceMs = SLICE_MS, now = () => performance.now() }: { sliceMs?: number; now?: () => number } = {},
): Promise<HugeReading | null> {
  const body = doc.body;
  const builder = new FlatBuilder();
  if (!body) return { flat: builder.build([]), total: null };
  let taken = 0;
  let total = 0;
  let visited = 0;
  let sliceStart = now();
  // Depth-first, in document order, with an explicit stack (pages nest deeply).
  const stack: { node: Node; leaving: boolean }[] = [{ node: body, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (++visited % NODES_PER_CHECK === 0 && now() - sliceStart >= sliceMs) {
      await pause();
      if (cancelled()) return null;
      sliceStart = now();
    }
    if (node.nodeType === 3) {
      const text = node as Text;
      total += text.data.length;
      if (taken < cap) {
        builder.addText(text);
        taken += text.data.length;
        if (taken >= cap) builder.lineBreak();
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    const line = LINE_TAGS.has(tag) || LINE_TAGS_ALSO.has(tag);
    if (leaving) {
      if (line) builder.lineBreak();
      continue;
    }
    if (tag === 'BR') {
      builder.lineBreak();
      continue;
    }
    // Past the cap only the count goes on; skipping excluded subtrees needs no style there.
    if (el !== body && taken < cap && (isInvisibleOrEditable(el) || isExcluded(el))) continue;
    if (el !== body && taken >= cap && UNCOUNTED_TAGS.has(tag)) continue;
    if (line) builder.lineBreak();
    stack.push({ node: el, leaving: true });
    for (let child = el.lastChild; child; child = child.previousSibling)
      stack.push({ node: child, leaving: false });
  }
  return { flat: builder.build([body]), total: taken >= cap ? total : null };
}
