/**
 * A rule is skipped when its `needs` is missing from the sentence (cue-rules.ts), so `needs` must
 * hold wherever the rule's pattern matches, or marks are lost. Checked on every sentence of the
 * project's fixtures and samples, and of ../shared's corpus when it is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { splitSentences } from '../sentences';
import type { CueRule } from './cue-rules';
import { DENIAL_RULES } from './denial';
import { NO_COMMENT_RULES } from './no-comment';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = resolve(ROOT, '../shared/corpus/articles.jsonl');

/** Every sentence of `text`, normalised as the detectors read it. */
const sentencesOf = (text: string) =>
  splitSentences(text).map((s) => normalize(text.slice(s.start, s.end)).text);

function ownTexts(): string[] {
  const texts = [readFileSync(join(ROOT, 'samples/sample-article.txt'), 'utf8')];
  // The detectors' own tests: their sentences are the rules' positive and negative cases.
  for (const file of readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' }))
    if (file.endsWith('.test.ts')) texts.push(readFileSync(join(import.meta.dirname, file), 'utf8'));
  // The probe sentences written for the project (eval/probes), one per line.
  const probes = join(ROOT, 'eval/probes');
  for (const file of readdirSync(probes).filter((f) => f.endsWith('.jsonl')))
    for (const line of readFileSync(join(probes, file), 'utf8').split('\n').filter(Boolean))
      texts.push((JSON.parse(line) as { text: string }).text);
  return texts;
}

/** Sentences where a rule's pattern matches but its `needs` does not (should be none). */
function violations(rules: readonly CueRule[], sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences)
    for (const rule of rules) {
      if (!rule.needs || rule.needs.test(sentence)) continue;
      rule.pattern.lastIndex = 0;
      if (rule.pattern.test(sentence)) out.push(`${rule.explanation}: ${sentence}`);
    }
  return out;
}

describe('cue rules: what a rule needs is in every sentence it matches', () => {
  const own = ownTexts().flatMap(sentencesOf);

  it('every rule says what it needs', () => {
    for (const rule of [...DENIAL_RULES, ...NO_COMMENT_RULES])
      expect(rule.needs, rule.explanation).toBeDefined();
  });

  it.each([
    ['denial', DENIAL_RULES],
    ['no_comment', NO_COMMENT_RULES],
  ] as const)('%s, on the project’s own sentences', (_kind, rules) => {
    expect(own.length).toBeGreaterThan(500);
    expect(violations(rules, own)).toEqual([]);
  });

  it.skipIf(!existsSync(CORPUS))(
    'on every sentence of ../shared/corpus (skipped without ../shared)',
    () => {
      const corpus = readFileSync(CORPUS, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => sentencesOf((JSON.parse(line) as { text: string }).text));
      expect(corpus.length).toBeGreaterThan(15_000);
      expect(violations([...DENIAL_RULES, ...NO_COMMENT_RULES], corpus)).toEqual([]);
    },
    60_000,
  );
});
