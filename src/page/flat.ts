/**
 * The flattened article text and its map back to DOM text nodes.
 *
 * Every character of `text` is either copied 1:1 from a text node (a run of such characters is
 * one segment) or synthetic: the '\n' between blocks and at <br>. Runs of whitespace in the
 * page collapse to one space, so a segment never spans a collapsed run.
 */

/** Flat text [start, end) is a copy of `node.data` from `nodeStart` on (one-to-one). */
export interface TextSegment {
  readonly node: Text;
  readonly nodeStart: number;
  readonly start: number;
  readonly end: number;
}

export interface FlatText {
  text: string;
  /** In flat-text order, non-overlapping, non-empty. */
  readonly segments: readonly TextSegment[];
  /** The blocks that were flattened, in the order given. */
  readonly blocks: readonly Element[];
}

const WHITESPACE = /[ \t\n\r\f\u00a0]/;

export const isWhitespace = (ch: string): boolean => WHITESPACE.test(ch);

/** Accumulates text nodes and breaks into a FlatText, collapsing whitespace as a browser would. */
export class FlatBuilder {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private breakPending = false;
  /** Where the pending collapsed space came from, so it maps to a real character. */
  private spacePending: { node: Text; offset: number } | null = null;

  /** Ends the current line: the next text starts after a '\n' (never at the very start). */
  lineBreak(): void {
    this.breakPending = true;
    this.spacePending = null;
  }

  addText(node: Text): void {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      const ch = data[i] as string;
      if (isWhitespace(ch)) {
        if (!this.breakPending && this.spacePending === null) this.spacePending = { node, offset: i };
        i++;
        continue;
      }
      let j = i + 1;
      while (j < data.length && !isWhitespace(data[j] as string)) j++;
      this.flushSeparator();
      this.push(node, i, data.slice(i, j));
      i = j;
    }
  }

  build(blocks: readonly Element[]): FlatText {
    return { text: this.parts.join(''), segments: this.segments, blocks };
  }

  private flushSeparator(): void {
    if (this.length === 0) {
      this.breakPending = false;
      this.spacePending = null;
      return;
    }
    if (this.breakPending) {
      this.parts.push('\n');
      this.length += 1;
    } else if (this.spacePending !== null) {
      this.push(this.spacePending.node, this.spacePending.offset, ' ');
    }
    this.breakPending = false;
    this.spacePending = null;
  }

  /** Appends `chars`, copied from `node.data` at `nodeStart`, extending the last segment when contiguous. */
  private push(node: Text, nodeStart: number, chars: string): void {
    const last = this.segments[this.segments.length - 1];
    const start = this.length;
    const end = start + chars.length;
    // A single space stands for a one-character run only when it is that character (a plain space);
    // otherwise (a newline, a tab, a longer run) the map must not claim it is a copy.
    const faithful = chars !== ' ' || node.data[nodeStart] === ' ';
    if (faithful) {
      if (
        last &&
        last.node === node &&
        last.end === start &&
        last.nodeStart + (last.end - last.start) === nodeStart
      ) {
        this.segments[this.segments.length - 1] = { ...last, end };
      } else {
        this.segments.push({ node, nodeStart, start, end });
      }
    }
    this.parts.push(chars);
    this.length = end;
  }
}
