/**
 * What a rule changes, before it is committed: the engine's marks over every text the project may
 * read, and the difference between two such dumps, with the gold kinds where a sentence is labelled.
 *   npm run eval:diff -- dump OUT.jsonl
 *   npm run eval:diff -- diff BEFORE.jsonl AFTER.jsonl [--kind anonymous|denial|no_comment|wire]
 * `dump` reads ../shared's corpus, the open pool beside the checkout (`../snn-open.jsonl`, written by
 * labels/open-pool.ts) and the texts of every opened split (labels/readable.ts) — never the split
 * held out now. Dump before a change (`git stash`), dump after, diff: each mark added (+) or removed
 * (−), the sentence's gold kinds (`unlabelled` where no set labels it), and a count of how many
 * agree with gold, go against it, or fall on unlabelled text.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findMarks } from '../src/analysis/engine';
import type { MarkKind } from '../src/analysis/types';
import { type GoldArticle, type GoldSentence, readableSets, readJsonl } from './labels/readable';

/** One mark as dumped: kind, start, end, outlets joined by commas, cue text. */
export type DumpedMark = [MarkKind, number, number, string, string];
export interface Dump {
  id: string;
  marks: DumpedMark[];
}
export interface Change {
  sign: '+' | '-';
  id: string;
  mark: DumpedMark;
  /** The gold kinds of the labelled sentence the mark's middle falls in; undefined where unlabelled. */
  gold: MarkKind[] | undefined;
}

/** The gold sentence holding offset `at` (labelled sentences are sorted and do not overlap). */
function sentenceAt(sentences: readonly GoldSentence[], at: number): GoldSentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** Marks in `after` and not in `before` (+), and the reverse (−), compared by kind, span and outlets. */
export function diffDumps(
  before: readonly Dump[],
  after: readonly Dump[],
  gold: ReadonlyMap<string, readonly GoldSentence[]>,
  kind?: MarkKind,
): Change[] {
  const key = (m: DumpedMark) => `${m[0]}|${m[1]}|${m[2]}|${m[3]}`;
  const afterById = new Map(after.map((d) => [d.id, d.marks]));
  const changes: Change[] = [];
  for (const { id, marks } of before) {
    const next = afterById.get(id) ?? [];
    const was = new Map(marks.filter((m) => !kind || m[0] === kind).map((m) => [key(m), m]));
    const now = new Map(next.filter((m) => !kind || m[0] === kind).map((m) => [key(m), m]));
    const labelled = gold.get(id);
    const goldOf = (m: DumpedMark) =>
      labelled ? sentenceAt(labelled, Math.floor((m[1] + m[2] - 1) / 2))?.kinds : undefined;
    for (const [k, m] of was) if (!now.has(k)) changes.push({ sign: '-', id, mark: m, gold: goldOf(m) });
    for (const [k, m] of now) if (!was.has(k)) changes.push({ sign: '+', id, mark: m, gold: goldOf(m) });
  }
  return changes;
}

/** How the changes stand against gold: an added mark gold has, or a removed one gold lacks, is right. */
export function tally(changes: readonly Change[]): { right: number; wrong: number; unlabelled: number } {
  const t = { right: 0, wrong: 0, unlabelled: 0 };
  for (const c of changes) {
    if (!c.gold) t.unlabelled++;
    else if (c.gold.includes(c.mark[0]) === (c.sign === '+')) t.right++;
    else t.wrong++;
  }
  return t;
}

/** Every readable text file: the corpus, the open pool, the opened splits' texts (those present). */
function textFiles(root: string): string[] {
  const files = [resolve(root, '../shared/corpus/articles.jsonl'), resolve(root, '../snn-open.jsonl')];
  for (const set of readableSets(root)) files.push(set.texts);
  return [...new Set(files)].filter((f) => existsSync(f));
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'dump' && rest[0]) {
    const lines: string[] = [];
    for (const file of textFiles(root))
      for (const a of readJsonl<{ id: string; text: string }>(file)) {
        const marks: DumpedMark[] = findMarks(a.text).map((m) => [
          m.kind,
          m.start,
          m.end,
          (m.outlets ?? []).join(','),
          m.cue?.text ?? '',
        ]);
        lines.push(JSON.stringify({ id: a.id, marks }));
      }
    writeFileSync(rest[0], `${lines.join('\n')}\n`);
    console.log(`${lines.length} texts dumped → ${rest[0]}`);
    return;
  }
  if (command === 'diff' && rest[0] && rest[1]) {
    const kindAt = rest.indexOf('--kind');
    const kind = kindAt >= 0 ? (rest[kindAt + 1] as MarkKind) : undefined;
    const gold = new Map<string, GoldSentence[]>();
    for (const set of readableSets(root))
      if (existsSync(set.gold))
        for (const a of readJsonl<GoldArticle>(set.gold)) gold.set(a.article_id, a.sentences);
    const texts = new Map<string, string>();
    for (const file of textFiles(root))
      for (const a of readJsonl<{ id: string; text: string }>(file)) texts.set(a.id, a.text);
    const changes = diffDumps(readJsonl<Dump>(rest[0]), readJsonl<Dump>(rest[1]), gold, kind);
    for (const c of changes) {
      const [k, start, end, outlets, cue] = c.mark;
      const sentence = (texts.get(c.id) ?? '').slice(start, end).replace(/\s+/gu, ' ').slice(0, 200);
      const g = c.gold ? c.gold.join('+') || 'none' : 'unlabelled';
      console.log(
        `${c.sign} ${c.id} ${k}${outlets ? ` ${outlets}` : ''} · gold ${g} · «${cue}» | ${sentence}`,
      );
    }
    const t = tally(changes);
    console.log(
      `${changes.length} changes: ${t.right} agree with gold, ${t.wrong} go against it, ${t.unlabelled} unlabelled`,
    );
    return;
  }
  console.error('usage: npm run eval:diff -- dump OUT.jsonl | diff BEFORE.jsonl AFTER.jsonl [--kind KIND]');
  process.exit(2);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
