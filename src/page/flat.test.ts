import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlatBuilder, type TextSegment } from './flat';

const isWhitespace = (ch: string) => /[ \t\n\r\f\u00a0]/.test(ch);

/** A text node as the builder sees it (only its data). */
const textNode = (data: string) => ({ data }) as Text;

/**
 * The rule the builder implements, one character at a time: whitespace runs collapse to one
 * space (a real one maps back; any other stands alone), nothing at the start, '\n' at breaks.
 */
function reference(steps: readonly (Text | 'break')[]): { text: string; segments: TextSegment[] } {
  let text = '';
  const segments: TextSegment[] = [];
  let breakPending = false;
  let space: { node: Text; offset: number } | null = null;
  const put = (node: Text | null, offset: number, ch: string) => {
    const last = segments[segments.length - 1];
    if (node) {
      if (
        last &&
        last.node === node &&
        last.end === text.length &&
        last.nodeStart + (last.end - last.start) === offset
      )
        segments[segments.length - 1] = { ...last, end: text.length + 1 };
      else segments.push({ node, nodeStart: offset, start: text.length, end: text.length + 1 });
    }
    text += ch;
  };
  for (const step of steps) {
    if (step === 'break') {
      breakPending = true;
      space = null;
      continue;
    }
    for (let i = 0; i < step.data.length; i++) {
      const ch = step.data[i] as string;
      if (isWhitespace(ch)) {
        if (!breakPending && space === null) space = { node: step, offset: i };
        continue;
      }
      if (text.length > 0 && breakPending) put(null, 0, '\n');
      else if (text.length > 0 && space)
        put(space.node.data[space.offset] === ' ' ? space.node : null, space.offset, ' ');
      breakPending = false;
      space = null;
      put(step, i, ch);
    }
  }
  return { text, segments };
}

describe('FlatBuilder', () => {
  it('collapses whitespace and maps every copied character back, as the character-by-character rule does', () => {
    const piece = fc.constantFrom('قال', 'مصدر', 'a', 'ب', ' ', '  ', '\n', '\t', '\u00a0', ' \n ');
    const step = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map((parts) => textNode(parts.join(''))),
      fc.constant('break' as const),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const builder = new FlatBuilder();
        for (const s of steps) {
          if (s === 'break') builder.lineBreak();
          else builder.addText(s);
        }
        const flat = builder.build([]);
        const expected = reference(steps);
        expect(flat.text).toBe(expected.text);
        expect(flat.segments.map((g) => ({ ...g }))).toEqual(expected.segments);
        for (const g of flat.segments)
          expect(flat.text.slice(g.start, g.end)).toBe(
            g.node.data.slice(g.nodeStart, g.nodeStart + g.end - g.start),
          );
      }),
      { numRuns: 400 },
    );
  });

  it('copies a node whose words are separated by single spaces as one segment', () => {
    const node = textNode('  قال مصدر مطلع إن الاجتماع تأجل  ');
    const builder = new FlatBuilder();
    builder.addText(node);
    const flat = builder.build([]);
    expect(flat.text).toBe('قال مصدر مطلع إن الاجتماع تأجل');
    expect(flat.segments).toHaveLength(1);
  });
});
