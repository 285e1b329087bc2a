/**
 * Paints marks without touching the article's DOM: one `Highlight` per kind in `CSS.highlights`,
 * styled by a single constructed stylesheet adopted by the document.
 *
 * Cost, as measured in Chromium on a 2 MB page: adopting the stylesheet restyles the whole
 * document (15-50 ms), so `prepare` does it early, in a frame of its own. After any change to
 * the registry the next frame revalidates every registered range: about 5 µs each (70 ms for
 * 14,000), and 100 µs each when the highlight has a text decoration. So underlines are drawn on
 * pages with few marks only; ranges are registered in batches, a turn apart, first ones first;
 * and a page with more than `window` ranges has only those around the viewport registered,
 * moved along as the reader scrolls.
 *
 * Fallback: where the Custom Highlight API is missing (Firefox before 140, Safari before 17.2,
 * Chromium before 105) translucent boxes are drawn from the ranges' client rects inside the
 * overlay's shadow root instead; they do not follow reflow until the next repaint call.
 */
import type { MarkKind } from '../analysis/types';
import { overlayRoot } from './host';
import { highlightCss, highlightName, KIND_STYLES } from './styles';

/** A range to paint as `kind`. A painter takes them in document order. */
export interface PaintItem {
  kind: MarkKind;
  range: Range;
}

export interface Painter {
  /**
   * Adopts the styles now, so that the restyle they cause is not paid with the first highlights;
   * `manyMarks` when the page will likely have more than can be underlined (a huge page).
   */
  prepare(manyMarks?: boolean): void;
  /**
   * Shows `items` (in place of any shown before). `partial`: a first few while the page is still
   * being read; the choice of underlines, made for the whole page, is left as it is (changing it
   * restyles the whole document).
   */
  paint(items: readonly PaintItem[], options?: { partial?: boolean }): void;
  clear(): void;
}

export interface PaintLimits {
  /** Most ranges drawn with underlines; a page with more has backgrounds only (see styles.ts). */
  underlined: number;
  /** Ranges registered in the first task (the top of the article, at once). */
  firstBatch: number;
  /** Ranges added per later turn. */
  batch: number;
  /** Most ranges registered at a time; beyond, those around the viewport. */
  window: number;
}

export const PAINT_LIMITS: PaintLimits = { underlined: 150, firstBatch: 1_500, batch: 1_500, window: 4_000 };

/** How often a scroll may move the window. */
const SCROLL_CHECK_MS = 150;

export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/** Firefox's content-script helpers (absent elsewhere). */
interface FirefoxSandbox {
  cloneInto?: <T>(value: T, scope: object, options?: { wrapReflectors?: boolean }) => T;
}

/**
 * Sets the document's adopted style sheets so that the page's own scripts can still read and
 * change them. In Firefox an array made in the content script and assigned through its view of
 * the document belongs to the content script, and the page is then denied any read of
 * `document.adoptedStyleSheets` ("Permission denied to access property length", Firefox ESR
 * 140.12), which breaks pages that adopt sheets of their own; pushing onto the page's array from
 * here is not seen by the page at all. So in Firefox the array is cloned into the page and set on
 * the page's own document; elsewhere (Chromium's isolated world shares the DOM) it is assigned.
 */
function setAdopted(doc: Document, sheets: CSSStyleSheet[]): void {
  const clone = (globalThis as FirefoxSandbox).cloneInto;
  const page = pageDocument(doc);
  const win = doc.defaultView;
  if (clone && page && win) page.adoptedStyleSheets = clone(sheets, win, { wrapReflectors: true });
  else doc.adoptedStyleSheets = sheets;
}

/** The page's own view of the document in Firefox (`wrappedJSObject`); undefined elsewhere. */
const pageDocument = (doc: Document): Document | undefined =>
  (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject;

/**
 * The sheets adopted now, read by index: Firefox's content-script view of the array is not
 * iterable (`[...doc.adoptedStyleSheets]` throws there), so the page's own array is read.
 */
function adopted(doc: Document): CSSStyleSheet[] {
  const list = pageDocument(doc)?.adoptedStyleSheets ?? doc.adoptedStyleSheets;
  const out: CSSStyleSheet[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i] as CSSStyleSheet);
  return out;
}

function adoptSheet(doc: Document, css: string): CSSStyleSheet | null {
  const win = doc.defaultView;
  if (!win) return null;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    setAdopted(doc, [...adopted(doc), sheet]);
    // The sheet as read back (in Firefox the page's own object), so that a later look for it in
    // the adopted list finds the same object.
    const now = adopted(doc);
    return now[now.length - 1] ?? sheet;
  } catch {
    return null;
  }
}

const nextTurn = (run: () => void): ReturnType<typeof setTimeout> => setTimeout(run, 0);

/**
 * The index of the first item whose range ends below the top of the viewport: a binary search,
 * as article text runs down the page in document order.
 */
export function firstInView(items: readonly PaintItem[]): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as PaintItem).range.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, items.length - 1));
}

/** The [start, end) of the items to register: all of them, or `size` around the one at `at`. */
export function windowAround(count: number, at: number, size: number): [number, number] {
  if (count <= size) return [0, count];
  // More room below the viewport than above: readers scroll down.
  const start = Math.max(0, Math.min(count - size, at - Math.floor(size / 4)));
  return [start, start + size];
}

function highlightPainter(doc: Document, limits: PaintLimits): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  let sheet: CSSStyleSheet | null = null;
  let underlined = true;
  const highlights = new Map<MarkKind, Highlight>();
  let items: readonly PaintItem[] = [];
  /** The registered window [start, end), and the spans of it still to register, in order. */
  let start = 0;
  let end = 0;
  let pending: [number, number][] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  let watchingScroll = false;

  const underline = (on: boolean) => {
    if (on === underlined) return;
    underlined = on;
    try {
      sheet?.replaceSync(highlightCss(on));
    } catch {
      // A sheet the page took away: re-adopted with the right rules by `prepare`.
      sheet = null;
    }
  };
  const prepare = (manyMarks = false) => {
    if (manyMarks) underline(false);
    // Re-adopt if the page replaced its adopted sheets since.
    if (!sheet || !adopted(doc).includes(sheet)) sheet = adoptSheet(doc, highlightCss(underlined));
  };
  const unregister = () => {
    for (const kind of highlights.keys()) win.CSS.highlights.delete(highlightName(kind));
    highlights.clear();
  };
  const add = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const item = items[i] as PaintItem;
      let highlight = highlights.get(item.kind);
      if (!highlight) {
        highlight = new win.Highlight();
        highlights.set(item.kind, highlight);
        win.CSS.highlights.set(highlightName(item.kind), highlight);
      }
      highlight.add(item.range);
    }
  };
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = [];
  };
  /** Registers up to `size` more ranges of the window; another turn for the rest. */
  const step = (size: number) => {
    timer = undefined;
    let left = size;
    while (left > 0 && pending.length > 0) {
      const span = pending[0] as [number, number];
      const to = Math.min(span[1], span[0] + left);
      add(span[0], to);
      left -= to - span[0];
      span[0] = to;
      if (span[0] >= span[1]) pending.shift();
    }
    if (pending.length > 0) timer = nextTurn(() => step(limits.batch));
  };
  /** Registers the window around the viewport afresh: from just above the reader down, then the rest above. */
  const fill = () => {
    stop();
    unregister();
    const at = items.length > limits.window ? firstInView(items) : 0;
    [start, end] = windowAround(items.length, at, limits.window);
    const head = Math.max(start, at - Math.floor(limits.firstBatch / 4));
    pending = [[head, end]];
    if (head > start) pending.push([start, head]);
    step(limits.firstBatch);
  };
  const onScroll = () => {
    if (scrollTimer !== undefined) return;
    scrollTimer = setTimeout(() => {
      scrollTimer = undefined;
      const at = firstInView(items);
      const [wantStart] = windowAround(items.length, at, limits.window);
      // Move only when the viewport nears an edge of the window.
      const margin = Math.floor(limits.window / 8);
      if (at - start < margin && start > 0) fill();
      else if (end - at < 2 * margin && end < items.length) fill();
      else if (Math.abs(wantStart - start) > limits.window / 2) fill();
    }, SCROLL_CHECK_MS);
  };
  const watchScroll = (on: boolean) => {
    if (on === watchingScroll) return;
    watchingScroll = on;
    if (on) win.addEventListener('scroll', onScroll, { capture: true, passive: true });
    else {
      win.removeEventListener('scroll', onScroll, true);
      clearTimeout(scrollTimer);
      scrollTimer = undefined;
    }
  };

  return {
    prepare,
    paint(next, { partial = false } = {}) {
      if (!partial) underline(next.length <= limits.underlined);
      prepare();
      items = next;
      watchScroll(items.length > limits.window);
      fill();
    },
    clear() {
      stop();
      watchScroll(false);
      unregister();
      items = [];
      start = end = 0;
      if (sheet)
        setAdopted(
          doc,
          adopted(doc).filter((s) => s !== sheet),
        );
      sheet = null;
      underlined = true;
    },
  };
}

function boxPainter(doc: Document): Painter {
  let layer: HTMLElement | null = null;
  return {
    prepare() {},
    paint(items) {
      layer?.remove();
      layer = doc.createElement('div');
      layer.setAttribute('style', 'position:absolute;top:0;left:0;pointer-events:none;');
      const win = doc.defaultView;
      const dx = win?.scrollX ?? 0;
      const dy = win?.scrollY ?? 0;
      for (const { kind, range } of items) {
        const style = KIND_STYLES[kind];
        for (const r of range.getClientRects()) {
          const box = doc.createElement('div');
          box.setAttribute(
            'style',
            `position:absolute;left:${r.left + dx}px;top:${r.top + dy}px;width:${r.width}px;` +
              `height:${r.height}px;background:${style.background};` +
              `border-bottom:2px ${style.underline === 'wavy' ? 'dashed' : style.underline} ${style.line};`,
          );
          layer.append(box);
        }
      }
      overlayRoot(doc).append(layer);
    },
    clear() {
      layer?.remove();
      layer = null;
    },
  };
}

export function createPainter(doc: Document, limits: PaintLimits = PAINT_LIMITS): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return win && supportsHighlights(win) ? highlightPainter(doc, limits) : boxPainter(doc);
}
