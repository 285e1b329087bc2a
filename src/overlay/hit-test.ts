/**
 * Highlights are not elements, so hovering is hit-tested: the caret position under the pointer
 * gives a text node and offset, and the ranges' client rects confirm the pointer is on the text
 * (the caret snaps to the nearest text even over margins).
 */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  // Standard (Firefox, Chromium 128+); the WebKit name is the fallback for older Chromium.
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

const SLOP = 1;

/** The line box of `range` under the point, if the point is on the range's text. */
export function rectAt(range: Range, x: number, y: number): DOMRect | null {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return r;
  }
  return null;
}

/** Whether any part of the range is inside the viewport. */
export function rangeInView(range: Range, win: Window): boolean {
  for (const r of range.getClientRects()) {
    if (r.bottom > 0 && r.top < win.innerHeight && r.right > 0 && r.left < win.innerWidth) return true;
  }
  return false;
}
