/**
 * What the popup shows about a page: counts per kind, the sourcing picture and the list of marks.
 * Built by the content script from the engine's marks; plain data so it crosses messaging.
 */
import { norm } from '../analysis/normalize';
import { MARK_KINDS, type Mark, type MarkKind } from '../analysis/types';
import type { NotArticleReason } from '../page/detect';

export type { NotArticleReason };

/** `reading`: the content script is on the page but has not finished deciding or analysing it. */
export type PageStatus = 'marked' | 'not-article' | 'site-off' | 'reading';

export interface MarkEntry {
  /** Position in the page's list of marks (what `show-mark` takes). */
  index: number;
  kind: MarkKind;
  /** The start of the marked sentence, for the list. */
  excerpt: string;
  cue: string;
  source?: string;
  count?: number;
  outlets?: string[];
}

export interface PageSummary {
  status: PageStatus;
  hostname: string;
  /** With `not-article`: why, as the reader is told it. */
  notArticle?: NotArticleReason;
  /** Marks per kind (one per sentence and kind). */
  counts: Record<MarkKind, number>;
  /** Sentences carrying at least one mark: the badge number. */
  sentences: number;
  /** Distinct unnamed sources: follow-ups (`وأضاف المصدر`) are not counted again. */
  unnamedSources: number;
  /** Wire credits per outlet id, most credited first. */
  wireByOutlet: [string, number][];
  marks: MarkEntry[];
  /** Sentences the engine failed on (their marks may be missing); absent when none. */
  failures?: number;
  /** Present when the article text was over the cap: how much of it was analysed. */
  capped?: { analysed: number; total: number };
}

export function emptyCounts(): Record<MarkKind, number> {
  return { anonymous: 0, denial: 0, no_comment: 0, wire: 0 };
}

/** Sentences with at least one mark. */
export function countSentences(marks: readonly Mark[]): number {
  return new Set(marks.map((m) => m.start)).size;
}

// A source described with the article or as "one of" refers back to one already introduced.
const FOLLOW_UP = /^(?:[وف])?(?:ال|احد |بعض )/;

/** Distinct unnamed sources: each new description counts its stated number (or one). */
export function countUnnamedSources(marks: readonly Mark[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const mark of marks) {
    if (mark.kind !== 'anonymous') continue;
    const description = norm(mark.source ?? mark.cue.text).trim();
    if (seen.has(description)) continue;
    if (seen.size > 0 && FOLLOW_UP.test(description)) continue;
    seen.add(description);
    total += mark.count ?? 1;
  }
  return total;
}

export function wireByOutlet(marks: readonly Mark[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const mark of marks) {
    if (mark.kind !== 'wire') continue;
    for (const outlet of mark.outlets ?? []) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const EXCERPT = 90;

export function summarize(text: string, marks: readonly Mark[], hostname: string): PageSummary {
  const counts = emptyCounts();
  for (const mark of marks) counts[mark.kind] += 1;
  return {
    status: 'marked',
    hostname,
    counts,
    sentences: countSentences(marks),
    unnamedSources: countUnnamedSources(marks),
    wireByOutlet: wireByOutlet(marks),
    marks: marks.map((mark, index) => {
      const sentence = text.slice(mark.start, mark.end).replace(/\s+/g, ' ').trim();
      const entry: MarkEntry = {
        index,
        kind: mark.kind,
        excerpt: sentence.length > EXCERPT ? `${sentence.slice(0, EXCERPT)}…` : sentence,
        cue: mark.cue.text,
      };
      if (mark.source) entry.source = mark.source;
      if (mark.count !== undefined) entry.count = mark.count;
      if (mark.outlets) entry.outlets = mark.outlets;
      return entry;
    }),
  };
}

export function emptySummary(
  status: PageStatus,
  hostname: string,
  notArticle?: NotArticleReason,
): PageSummary {
  return {
    status,
    hostname,
    ...(notArticle ? { notArticle } : {}),
    counts: emptyCounts(),
    sentences: 0,
    unnamedSources: 0,
    wireByOutlet: [],
    marks: [],
  };
}

export { MARK_KINDS };
