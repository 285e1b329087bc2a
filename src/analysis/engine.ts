/**
 * The engine core: sentences → detectors → marks, without links to original reports.
 * The content script calls this directly so that the gazetteer behind the links is only
 * loaded when a tooltip needs it; everyone else uses `analyze()` from ./index.
 */
import type { DetectorFactory, Finding, SentenceView } from './detector';
import { normalize, toOriginal } from './normalize';
import { splitSentences } from './sentences';
import type { Mark, Span } from './types';
import { DETECTORS } from './detectors';

function isWholeLine(text: string, span: Span): boolean {
  const before = span.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, span.start - 8), span.start));
  const after = span.end === text.length || /^[ \t]*(\n|$)/.test(text.slice(span.end, span.end + 8));
  return before && after;
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
  splitSentences(text).forEach((span, index) => {
    const sentence = text.slice(span.start, span.end);
    const view: SentenceView = {
      index,
      span,
      text: sentence,
      norm: normalize(sentence),
      wholeLine: isWholeLine(text, span),
    };
    const byKind = new Map<string, Mark>();
    for (const detect of running) {
      for (const finding of detect(view)) {
        const seen = byKind.get(finding.kind);
        if (!seen) byKind.set(finding.kind, toMark(view, finding));
        else if (finding.outlets) seen.outlets = [...new Set([...(seen.outlets ?? []), ...finding.outlets])];
      }
    }
    marks.push(...byKind.values());
  });
  return marks;
}
