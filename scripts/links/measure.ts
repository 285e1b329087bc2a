/**
 * The link-truth measure (issue 12): for each case of tests/data/link-truth.jsonl, the primary query
 * the extension builds for the credited passage, scored against the original English report.
 *
 * - term recall: the share of the case's key terms the query contains (case-insensitive; a term may
 *   list spellings with `|`; words compare after simple folding: `U.S.` = `US`, `al-Shabaab` =
 *   `Shabaab`, plural `s` dropped; a transliterated name matches on its consonant skeleton, as a
 *   search engine's spelling tolerance would: Karmanshah ~ Kermanshah);
 * - precision: the share of query words found in the original's headline or key terms;
 * - whether the search window holds the original's date (cases with a known date);
 * - whether the query is empty.
 *
 * Corpus cases store only an article id and offsets; their text is read from ../shared when it is
 * there, and they are skipped (with the reason) when it is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/analysis/index';
import type { Mark, OutletLink } from '../../src/analysis/types';

export interface LinkCase {
  id: string;
  outlet: 'reuters' | 'afp' | 'ap';
  /** The original's publication day (ISO), or null when the page did not say. */
  date: string | null;
  headline: string;
  terms: string[];
  url: string;
  arabic: { corpus_id: string; start: number; end: number } | { text: string; date: string };
}

export interface CaseResult {
  id: string;
  outlet: string;
  query: string;
  recall: number;
  precision: number;
  /** undefined when the case has no date or the query has no window. */
  dateHit: boolean | undefined;
  empty: boolean;
  missing: string[];
  extra: string[];
}

export interface Summary {
  cases: number;
  skipped: { id: string; why: string }[];
  recall: number;
  precision: number;
  dated: number;
  dateHits: number;
  empty: number;
  results: CaseResult[];
}

export const TRUTH_PATH = resolve(import.meta.dirname, '../../tests/data/link-truth.jsonl');
export const CORPUS_PATH = resolve(import.meta.dirname, '../../../shared/corpus/articles.jsonl');

export function readCases(path = TRUTH_PATH): LinkCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LinkCase);
}

interface Article {
  text: string;
  date: string;
}

/** The corpus articles the cases name, or undefined when ../shared is absent. */
export function readCorpus(ids: ReadonlySet<string>, path = CORPUS_PATH): Map<string, Article> | undefined {
  if (!existsSync(path)) return undefined;
  const out = new Map<string, Article>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const id = /"id":\s*"([^"]+)"/.exec(line)?.[1];
    if (!id || !ids.has(id)) continue;
    const a = JSON.parse(line) as { text: string; date: string };
    out.set(id, { text: a.text, date: a.date });
  }
  return out;
}

/** A word folded for comparison: lower case, no dots/apostrophes, no article, no plural s. */
export function foldWord(word: string): string {
  let w = word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.'’‘`]/g, '');
  w = w.replace(/^(?:al|el|ad|ash|as|an|ar|at|az)-/, '');
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** The folded words of a phrase (hyphens and punctuation split words, except inside U.S.). */
export function foldedWords(text: string): string[] {
  return text
    .split(/[\s,;:!?()"“”«»/–—]+|(?<=\p{L})-(?=\p{L})/u)
    .map(foldWord)
    .filter(
      (w) =>
        /[\p{L}\p{N}]/u.test(w) &&
        !['al', 'el', 'the', 'of', 'in', 'on', 'a', 'an', 'and', 'to', 'for', 'at', 'by', 's'].includes(w),
    );
}

/**
 * A word's consonant skeleton, for transliterated names: vowels and doubled letters dropped, the
 * letters Arabic does not tell apart merged (Karmanshah ~ Kermanshah, al-Hareeqa ~ Hariga, Sakala ~
 * Scala). Short words compare only as written.
 */
export function skeleton(word: string): string {
  const s = word
    .replace(/ch/g, 'sh')
    .replace(/[cqg]/g, 'k')
    .replace(/p/g, 'b')
    .replace(/v/g, 'f')
    .replace(/(?<=.)h$/, '')
    .replace(/(?<=.)[aeiouyw]/g, '')
    .replace(/(.)\1+/g, '$1');
  return s.length >= 3 || (s.length === 2 && word.length >= 4) ? s : `=${word}`;
}

/** A folded word matches another when equal, or when both skeletons are equal. */
function matches(have: ReadonlySet<string>, word: string): boolean {
  return have.has(word) || have.has(skeleton(word));
}

/** The folded words and their skeletons, for matches(). */
function withSkeletons(words: readonly string[]): Set<string> {
  return new Set([...words, ...words.map(skeleton)]);
}

/** Whether the query holds the term: every word of one of its spellings. */
export function hasTerm(queryWords: ReadonlySet<string>, term: string): boolean {
  const have = withSkeletons([...queryWords]);
  return term.split('|').some((spelling) => {
    const words = foldedWords(spelling);
    return words.length > 0 && words.every((w) => matches(have, w));
  });
}

/** The primary link of the mark for the case's outlet (the one the tooltip shows first). */
function primary(mark: Mark, outlet: string): OutletLink | undefined {
  const own = (mark.links ?? []).filter((l) => l.outlet === outlet);
  return own.find((l) => l.kind === 'page') ?? own.find((l) => l.kind === 'site-search') ?? own[0];
}

function windowOf(link: OutletLink | undefined): { start: string; end: string } | undefined {
  if (!link) return undefined;
  const url = new URL(link.url);
  const df = url.searchParams.get('df');
  if (df) {
    const [start, end] = df.split('..');
    if (start && end) return { start, end };
  }
  return undefined;
}

/** The wire mark crediting `outlet` that overlaps [start, end), else the first one crediting it. */
function creditMark(marks: readonly Mark[], outlet: string, start?: number, end?: number): Mark | undefined {
  const wires = marks.filter((m) => m.kind === 'wire' && m.outlets?.includes(outlet));
  if (start === undefined || end === undefined) return wires[0];
  return wires.find((m) => m.start < end && m.end > start);
}

export function scoreCase(c: LinkCase, corpus: Map<string, Article> | undefined): CaseResult | string {
  let text: string;
  let date: string;
  let span: [number, number] | undefined;
  if ('corpus_id' in c.arabic) {
    const article = corpus?.get(c.arabic.corpus_id);
    if (!corpus) return 'needs ../shared/corpus (absent)';
    if (!article) return `corpus article ${c.arabic.corpus_id} not found`;
    text = article.text;
    date = article.date;
    span = [c.arabic.start, c.arabic.end];
  } else {
    text = c.arabic.text;
    date = c.arabic.date;
  }
  const marks = analyze(text, { date });
  const mark = creditMark(marks, c.outlet, span?.[0], span?.[1]);
  const webLink = mark?.links?.find((l) => l.outlet === c.outlet && l.kind === 'web-search');
  const query = (mark ? primary(mark, c.outlet)?.query : '')?.trim() ?? '';
  const qWords = foldedWords(query);
  const qSet = new Set(qWords);
  const missing = c.terms.filter((t) => !hasTerm(qSet, t));
  const reference = withSkeletons([
    ...foldedWords(c.headline),
    ...c.terms.flatMap((t) => t.split('|').flatMap(foldedWords)),
  ]);
  const extra = qWords.filter((w) => !matches(reference, w));
  const window = windowOf(webLink);
  return {
    id: c.id,
    outlet: c.outlet,
    query,
    recall: c.terms.length ? (c.terms.length - missing.length) / c.terms.length : 1,
    precision: qWords.length ? (qWords.length - extra.length) / qWords.length : 0,
    dateHit: c.date && window ? c.date >= window.start && c.date <= window.end : c.date ? false : undefined,
    empty: query === '',
    missing,
    extra,
  };
}

export function measure(cases: readonly LinkCase[] = readCases(), corpusPath = CORPUS_PATH): Summary {
  const ids = new Set(cases.flatMap((c) => ('corpus_id' in c.arabic ? [c.arabic.corpus_id] : [])));
  const corpus = readCorpus(ids, corpusPath);
  const results: CaseResult[] = [];
  const skipped: { id: string; why: string }[] = [];
  for (const c of cases) {
    const r = scoreCase(c, corpus);
    if (typeof r === 'string') skipped.push({ id: c.id, why: r });
    else results.push(r);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const dated = results.filter((r) => r.dateHit !== undefined);
  return {
    cases: results.length,
    skipped,
    recall: mean(results.map((r) => r.recall)),
    precision: mean(results.map((r) => r.precision)),
    dated: dated.length,
    dateHits: dated.filter((r) => r.dateHit).length,
    empty: results.filter((r) => r.empty).length,
    results,
  };
}
