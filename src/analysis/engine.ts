/**
 * The engine core: sentences → detectors → marks, without links to original reports. Its doors
 * are `analyze()` (./index) and the piecewise reader (./incremental); this file is theirs.
 */
import type { Detector, DetectorFactory, Finding, SentenceView } from './detector';
import { type Normalized, normalize, toOriginal } from './normalize';
import { splitSentences } from './sentences';
import { Sentence } from './sentence-view';
import type { Mark, Span } from './types';
import { DETECTORS } from './detectors';
import { isWholeLine } from './whole-line';
import { compileHot, hotWaiting } from './lexicon';

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

/** What to do when a detector throws on a sentence (by default the error propagates). */
export type OnDetectorError = (sentenceIndex: number, error: unknown) => void;

/**
 * Reads the sentences of `text[from, to)` (whole sentences: a piece ending on a line or sentence
 * boundary) with detectors that are already running, so that their memory carries over from the
 * pieces read before. Sentence numbers start at `base`; spans and marks are offsets into `text`.
 * Returns the marks and how many sentences the piece held.
 */
export function readPiece(
  text: string,
  from: number,
  to: number,
  running: readonly Detector[],
  base: number,
  onError?: OnDetectorError,
): { marks: Mark[]; sentences: number } {
  // The gates every first sentence runs, compiled once to machine code (lexicon.ts `hot`), unless
  // a warm-up (warmUpSteps) has done it a turn at a time.
  if (hotWaiting() > 0) compileHot();
  const marks: Mark[] = [];
  const piece = from === 0 && to === text.length ? text : text.slice(from, to);
  const normalizer = new SentenceNormalizer(piece);
  const spans = splitSentences(piece);
  for (let i = 0; i < spans.length; i++) {
    const local = spans[i] as Span;
    const span = { start: local.start + from, end: local.end + from };
    const view = new Sentence(
      base + i,
      span,
      text.slice(span.start, span.end),
      normalizer.cut(local),
      isWholeLine(text, span),
    );
    let byKind: Map<string, Mark> | undefined;
    for (const detect of running) {
      let findings: Finding[];
      if (onError) {
        try {
          findings = detect(view);
        } catch (error) {
          onError(view.index, error);
          continue;
        }
      } else findings = detect(view);
      for (const finding of findings) {
        byKind ??= new Map();
        const seen = byKind.get(finding.kind);
        if (!seen) byKind.set(finding.kind, toMark(view, finding));
        else if (finding.outlets) seen.outlets = [...new Set([...(seen.outlets ?? []), ...finding.outlets])];
      }
    }
    if (byKind) for (const mark of byKind.values()) marks.push(mark);
  }
  return { marks, sentences: spans.length };
}

/** Analyse plain article text; one mark per marked sentence and kind, in text order. */
export function findMarks(text: string, detectors: readonly DetectorFactory[] = DETECTORS): Mark[] {
  return readPiece(
    text,
    0,
    text.length,
    detectors.map((make) => make()),
    0,
  ).marks;
}
