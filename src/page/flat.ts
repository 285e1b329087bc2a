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

/** Whitespace a page collapses: space, tab, newline, carriage return, form feed, no-break space. */
const isWhitespaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d && c !== 0x0b) || c === 0xa0;

/** A segment still growing (TextSegment is read-only to everyone else). */
interface OpenSegment {
  node: Text;
  nodeStart: number;
  start: number;
  end: number;
}

/**
 * Accumulates text nodes and breaks into a FlatText, collapsing whitespace as a browser would.
 * Text is copied in runs: as long as a node's words are separated by single plain spaces, they
 * are one copy and one segment (a page of a million characters is a few thousand copies, not a
 * few hundred thousand).
 */
export class FlatBuilder {
  private readonly parts: string[] = [];
  private readonly segments: OpenSegment[] = [];
  private length = 0;
  private breakPending = false;
  /** Where the pending collapsed space came from, so it maps to a real character. */
  private spacePending: { node: Text; offset: number } | null = null;
  /** The copy being extended: `node.data[from, to)`, not yet in `parts`. */
  private run: { node: Text; from: number; to: number } | null = null;

  /** Ends the current line: the next text starts after a '\n' (never at the very start). */
  lineBreak(): void {
    this.breakPending = true;
    this.spacePending = null;
  }

  addText(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      if (isWhitespaceCode(data.charCodeAt(i))) {
        if (!this.breakPending && this.spacePending === null) this.spacePending = { node, offset: i };
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && !isWhitespaceCode(data.charCodeAt(j))) j++;
      this.flushSeparator();
      this.copy(node, i, j);
      i = j;
    }
  }

  build(blocks: readonly Element[]): FlatText {
    this.closeRun();
    return { text: this.parts.join(''), segments: this.segments, blocks };
  }

  private flushSeparator(): void {
    if (this.length === 0) {
      this.breakPending = false;
      this.spacePending = null;
      return;
    }
    if (this.breakPending) {
      this.synthetic('\n');
    } else if (this.spacePending !== null) {
      const { node, offset } = this.spacePending;
      // A single space stands for a one-character run only when it is that character (a plain
      // space); otherwise (a newline, a tab, a longer run) the map must not claim it is a copy.
      if (node.data.charCodeAt(offset) === 0x20) this.copy(node, offset, offset + 1);
      else this.synthetic(' ');
    }
    this.breakPending = false;
    this.spacePending = null;
  }

  /** Appends `node.data[from, to)`, extending the last segment (and the copy) when contiguous. */
  private copy(node: Text, from: number, to: number): void {
    const last = this.segments[this.segments.length - 1];
    const start = this.length;
    const end = start + (to - from);
    if (last && last.node === node && last.end === start && last.nodeStart + (last.end - last.start) === from)
      last.end = end;
    else this.segments.push({ node, nodeStart: from, start, end });
    const run = this.run;
    if (run && run.node === node && run.to === from) run.to = to;
    else {
      this.closeRun();
      this.run = { node, from, to };
    }
    this.length = end;
  }

  /** Appends a character that copies nothing (a line break, a space standing for other whitespace). */
  private synthetic(ch: string): void {
    this.closeRun();
    this.parts.push(ch);
    this.length += ch.length;
  }

  private closeRun(): void {
    if (!this.run) return;
    this.parts.push(this.run.node.data.slice(this.run.from, this.run.to));
    this.run = null;
  }
}
