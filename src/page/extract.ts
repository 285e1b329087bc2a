/**
 * The article's headline and body blocks, flattened into the text the engine reads, with a map
 * from every copied character back to its DOM text node (see flat.ts).
 */
import { type BodyOptions, ExclusionCache, findBody } from './body';
import { computedDisplay, isExcluded, isInvisibleOrEditable } from './exclude';
import { FlatBuilder, type FlatText } from './flat';
import { findHeadline } from './headline';

export type { FlatText, TextSegment } from './flat';
export type { BodyOptions, TextWeight } from './body';

/** Elements that start and end a line of their own. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
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
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Does the element start a line of its own? The page's CSS decides where it is known. */
function isBlock(el: Element, tag: string): boolean {
  const display = computedDisplay(el);
  if (display === '') return BLOCK_TAGS.has(tag);
  return !display.startsWith('inline') && display !== 'contents' && display !== 'ruby';
}

/** The headline and body blocks of the article, in reading order (headline first). */
export function findArticleBlocks(doc: Document, options: BodyOptions = {}): Element[] {
  return withHeadline(doc, findBody(doc, options, new ExclusionCache()));
}

/** The body blocks with the article's headline before them, when it has one. */
export function withHeadline(doc: Document, body: readonly Element[]): Element[] {
  const headline = findHeadline(doc, body[0]);
  if (headline === null) return [...body];
  // A body block inside the headline cannot be; a headline inside the body is emitted first
  // and skipped when the body is walked (flatten skips nested roots).
  return [headline, ...body.filter((b) => !headline.contains(b))];
}

/**
 * Flattens blocks into text: '\n' between blocks and at <br>, whitespace collapsed, page
 * furniture, hidden and editable nodes left out. A block nested in another is emitted at its
 * own place in `blocks`, not again inside its ancestor.
 */
export function flatten(blocks: readonly Element[]): FlatText {
  const builder = new FlatBuilder();
  const roots = new Set(blocks);
  const walk = (el: Element): void => {
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        builder.addText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (tag === 'BR') {
        builder.lineBreak();
        continue;
      }
      if (roots.has(element) || isExcluded(element)) continue;
      const block = isBlock(element, tag);
      if (block) builder.lineBreak();
      walk(element);
      if (block) builder.lineBreak();
    }
  };
  for (const block of blocks) {
    if (isInvisibleOrEditable(block)) continue;
    builder.lineBreak();
    walk(block);
  }
  return builder.build(blocks);
}
