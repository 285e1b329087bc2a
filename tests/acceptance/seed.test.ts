/**
 * The article the product was asked for: every one of its 14 sentences must come out exactly as
 * ANNOTATION.md's table (and ../shared/eval/seed.jsonl) says, with Reuters as the outlet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';

const shared = resolve(import.meta.dirname, '../../../shared');
const articlePath = `${shared}/seed/article.txt`;
const goldPath = `${shared}/eval/seed.jsonl`;
const present = existsSync(articlePath) && existsSync(goldPath);
if (!present) console.warn(`seed acceptance test skipped: ${articlePath} or ${goldPath} is missing`);

interface GoldSentence {
  start: number;
  end: number;
  kinds: string[];
  outlets?: string[];
}

describe.skipIf(!present)('the seed article', () => {
  const text = present ? readFileSync(articlePath, 'utf8') : '';
  const gold: GoldSentence[] = present
    ? JSON.parse(readFileSync(goldPath, 'utf8').split('\n')[0] as string).sentences
    : [];
  const marks = present ? analyze(text) : [];

  it('has 14 sentences in the gold labels', () => {
    expect(gold).toHaveLength(14);
  });

  it.each(gold.map((s, i) => [i + 1, s] as const))(
    'sentence %i carries exactly its labelled kinds',
    (_n, s) => {
      const inside = marks.filter((m) => {
        const mid = Math.floor((m.start + m.end - 1) / 2);
        return mid >= s.start && mid < s.end;
      });
      expect([...new Set(inside.map((m) => m.kind))].sort()).toEqual([...s.kinds].sort());
      const wire = inside.filter((m) => m.kind === 'wire').flatMap((m) => m.outlets ?? []);
      expect([...new Set(wire)].sort()).toEqual([...(s.outlets ?? [])].sort());
    },
  );

  it('never lets a mark run across sentences', () => {
    // One mark per labelled sentence and kind: the loop below has every one of them to check.
    expect(marks).toHaveLength(gold.reduce((n, s) => n + s.kinds.length, 0));
    for (const m of marks) {
      const holders = gold.filter((s) => m.start >= s.start && m.end <= s.end);
      expect(holders, `mark ${m.kind} ${m.start}-${m.end}`).toHaveLength(1);
    }
  });
});
