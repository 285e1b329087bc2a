/**
 * The engine core: sentences → detectors → marks, without links to original reports.
 * The content script calls this directly so that the gazetteer behind the links is only
 * loaded when a tooltip needs it; everyone else uses `analyze()` from ./index.
 */
import type { DetectorFactory, Finding, SentenceView } from './detector';
import { type Normalized, normalize, toOriginal } from './normalize';
import { splitSentences } from './sentences';
import type { Mark, Span } from './types';
import { DETECTORS } from './detectors';

const isBlank = (code: number) => code === 0x20 || code === 0x09;
const LINE_FEED = 0x0a;

/** Does the sentence stand alone on its line (a line break within 8 spaces or tabs either side)? */
function isWholeLine(text: string, span: Span): boolean {
  if (span.start > 0) {
    let i = span.start - 1;
    const floor = Math.max(0, span.start - 8);
    while (i >= floor && isBlank(text.charCodeAt(i))) i--;
    if (i < floor || text.charCodeAt(i) !== LINE_FEED) return false;
  }
  if (span.end < text.length) {
    let i = span.end;
    const ceiling = Math.min(text.length, span.end + 8);
    while (i < ceiling && isBlank(text.charCodeAt(i))) i++;
    // Eight blanks in a row count as the end of the line, as they always have.
    if (i < ceiling && text.charCodeAt(i) !== LINE_FEED) return false;
  }
  return true;
}

/**
 * A sentence's normalised form: the text is a slice of the whole text's form; its map, needed
 * only to place a mark, is cut from the whole map when first asked for.
 */
class SentenceForm implements Normalized {
  private cut: Int32Array | undefined;

  constructor(
    readonly text: string,
    private readonly whole: Int32Array,
    private readonly from: number,
    private readonly span: Span,
  ) {}

  get map(): Int32Array {
    if (this.cut) return this.cut;
    const { whole, from, span } = this;
    const to = from + this.text.length;
    const map = new Int32Array(to - from + 1);
    for (let i = from; i < to; i++) map[i - from] = (whole[i] as number) - span.start;
    map[to - from] = span.end - span.start;
    this.cut = map;
    return map;
  }
}

/**
 * The normalised form of each sentence, cut from one normalisation of the whole text. Sentences
 * come in text order, so each search for a sentence's bounds starts where the last one ended.
 */
class SentenceNormalizer {
  private readonly whole: Normalized;
  private cursor = 0;

  constructor(text: string) {
    this.whole = normalize(text);
  }

  /** The first normalised index at or after original index `at`, from the cursor on (the map never decreases). */
  private seek(at: number): number {
    const map = this.whole.map;
    let lo = this.cursor;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((map[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  cut(span: Span): Normalized {
    const from = this.seek(span.start);
    this.cursor = from;
    const to = this.seek(span.end);
    this.cursor = to;
    return new SentenceForm(this.whole.text.slice(from, to), this.whole.map, from, span);
  }
}

function toMark(view: SentenceView, f: Finding): Mark {
  const offset = view.span.start;
  const cue = toOriginal(view.norm, f.cue.start, f.cue.end);
  const mark: Mark = {
    kind: f.kind,
    start: view.span.start,
    end: view.span.end,
    cue: { start: offset + cue.start, end: offset + cue.end, text: view.text.slice(cue.start, cue.end) },
    explanation: f.explanation,
  };
  if (f.source) {
    const s = toOriginal(view.norm, f.source.start, f.source.end);
    mark.source = view.text.slice(s.start, s.end).trim();
  }
  if (f.count !== undefined) mark.count = f.count;
  if (f.outlets) mark.outlets = [...new Set(f.outlets)];
  return mark;
}

/** Analyse plain article text; one mark per marked sentence and kind, in text order. */
export function findMarks(text: string, detectors: readonly DetectorFactory[] = DETECTORS): Mark[] {
  const marks: Mark[] = [];
  const running = detectors.map((make) => make());
  const normalizer = new SentenceNormalizer(text);
  const spans = splitSentences(text);
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span;
    const view: SentenceView = {
      index,
      span,
      text: text.slice(span.start, span.end),
      norm: normalizer.cut(span),
      wholeLine: isWholeLine(text, span),
    };
    let byKind: Map<string, Mark> | undefined;
    for (const detect of running) {
      for (const finding of detect(view)) {
        byKind ??= new Map();
        const seen = byKind.get(finding.kind);
        if (!seen) byKind.set(finding.kind, toMark(view, finding));
        else if (finding.outlets) seen.outlets = [...new Set([...(seen.outlets ?? []), ...finding.outlets])];
      }
    }
    if (byKind) for (const mark of byKind.values()) marks.push(mark);
  }
  return marks;
}
