/**
 * From flat-text offsets to DOM Ranges and back, through the segment map of a FlatText.
 */
import type { FlatText, TextSegment } from './flat';

/** Index of the first segment whose end is after `offset` (segments.length when none). */
function firstEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as TextSegment).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function alive(seg: TextSegment): boolean {
  return seg.node.isConnected && seg.nodeStart + (seg.end - seg.start) <= seg.node.data.length;
}

/**
 * A Range over flat offsets [start, end). Ends that fall on synthetic characters (a block break,
 * a collapsed space) move inwards to the nearest copied character. Null when the span holds no
 * copied text or its nodes have left the document or shrunk.
 */
export function toRange(flat: FlatText, start: number, end: number): Range | null {
  const segments = flat.segments;
  if (!(end > start)) return null;
  const i = firstEndingAfter(segments, start);
  const j = firstEndingAfter(segments, end - 1);
  const first = segments[i];
  let last = segments[j];
  // `end - 1` lies after the last segment or in a gap: the span ends in the segment before.
  if (last === undefined || last.start >= end) last = segments[j - 1];
  if (first === undefined || last === undefined || first.start >= end || last.end <= start) return null;
  if (!alive(first) || !alive(last)) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.nodeStart + Math.max(0, start - first.start));
  range.setEnd(last.node, last.nodeStart + (Math.min(end, last.end) - last.start));
  return range;
}

/** Segments per text node, built once per FlatText. */
const byNode = new WeakMap<FlatText, Map<Text, TextSegment[]>>();

function segmentsOf(flat: FlatText, node: Text): TextSegment[] | undefined {
  let index = byNode.get(flat);
  if (index === undefined) {
    index = new Map();
    for (const seg of flat.segments) {
      const list = index.get(seg.node);
      if (list) list.push(seg);
      else index.set(seg.node, [seg]);
    }
    byNode.set(flat, index);
  }
  return index.get(node);
}

/** Resolves an element boundary point (element, child index) to a text position inside it. */
function toTextPosition(node: Node, offset: number): { node: Text; offset: number; before: boolean } | null {
  if (node.nodeType === 3) return { node: node as Text, offset, before: false };
  const children = node.childNodes;
  const after = children[offset];
  if (after !== undefined) {
    const text = edgeText(after, true);
    if (text) return { node: text, offset: 0, before: true };
  }
  const before = offset > 0 ? children[offset - 1] : undefined;
  if (before !== undefined) {
    const text = edgeText(before, false);
    if (text) return { node: text, offset: text.data.length, before: false };
  }
  return null;
}

/** The first (or last) text node in a subtree. */
function edgeText(node: Node, first: boolean): Text | null {
  if (node.nodeType === 3) return node as Text;
  const kids = node.childNodes;
  for (let k = 0; k < kids.length; k++) {
    const child = kids[first ? k : kids.length - 1 - k];
    const found = child ? edgeText(child, first) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The flat offset of a DOM position, or null when the position is not in flattened text.
 * A position inside collapsed whitespace maps to the next copied character of that node.
 */
export function offsetAt(flat: FlatText, node: Node, offset: number): number | null {
  const pos = toTextPosition(node, offset);
  if (pos === null) return null;
  const list = segmentsOf(flat, pos.node);
  if (list === undefined) return null;
  for (const seg of list) {
    const length = seg.end - seg.start;
    if (pos.offset < seg.nodeStart) return seg.start;
    if (pos.offset <= seg.nodeStart + length) {
      // The very end of a segment is the start of the next character unless nothing follows.
      return seg.start + (pos.offset - seg.nodeStart);
    }
  }
  const lastSeg = list[list.length - 1];
  return lastSeg ? lastSeg.end : null;
}

/** The text nodes that make up `flat`, in flat-text order, each once. */
export function textNodesOf(flat: FlatText): readonly Text[] {
  const seen = new Set<Text>();
  for (const seg of flat.segments) seen.add(seg.node);
  return [...seen];
}

/**
 * The span [from, to) of the flat text on screen: from the first segment that ends below the top
 * of the viewport to the last that starts above `below` pixels (by default the viewport's
 * height). Null when no segment is in that band. Two binary searches over the segments (a page's
 * text runs down the page in document order), a client rect each step: the layout is computed
 * once, if it was not already.
 */
export function visibleSpan(
  flat: FlatText,
  view: Pick<Window, 'innerHeight'>,
  below = view.innerHeight,
): { from: number; to: number } | null {
  const segments = flat.segments;
  const first = segments[0];
  if (first === undefined) return null;
  const range = first.node.ownerDocument.createRange();
  const rect = (i: number) => {
    const seg = segments[i] as TextSegment;
    if (!alive(seg)) return null;
    range.setStart(seg.node, seg.nodeStart);
    range.setEnd(seg.node, seg.nodeStart + (seg.end - seg.start));
    return range.getBoundingClientRect();
  };
  const search = (past: (r: DOMRect | null) => boolean) => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (past(rect(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // Segments that left the page (null) count as above the viewport.
  const top = search((r) => r !== null && r.bottom > 0);
  const end = search((r) => r !== null && r.top >= below);
  if (top >= end) return null;
  return { from: (segments[top] as TextSegment).start, to: (segments[end - 1] as TextSegment).end };
}
