/**
 * Sentence-level F1 of one kind on the labelled dev set in ../shared, scored as score.mjs does
 * (a mark counts for the sentence holding its midpoint). Tests skip when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Mark, MarkKind } from '../../../src/analysis/types';

const shared = resolve(import.meta.dirname, '../../../../shared');
const devPath = `${shared}/eval/dev.jsonl`;
const corpusPath = `${shared}/corpus/articles.jsonl`;

export const DEV_SET_PRESENT = existsSync(devPath) && existsSync(corpusPath);

interface GoldArticle {
  article_id: string;
  sentences: { start: number; end: number; kinds: string[] }[];
}

const readJsonl = (p: string): unknown[] =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** F1 of `kind` over the dev set's sentences, with `find` giving the marks of an article text. */
export function devSetF1(kind: MarkKind, find: (text: string) => Mark[]): number {
  const gold = readJsonl(devPath) as GoldArticle[];
  const ids = new Set(gold.map((g) => g.article_id));
  const texts = new Map<string, string>();
  for (const a of readJsonl(corpusPath) as { id: string; text: string }[])
    if (ids.has(a.id)) texts.set(a.id, a.text);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const article of gold) {
    const text = texts.get(article.article_id);
    if (!text) continue;
    const hit = new Set<number>();
    for (const m of find(text)) {
      const mid = Math.floor((m.start + m.end - 1) / 2);
      const i = article.sentences.findIndex((s) => mid >= s.start && mid < s.end);
      if (i >= 0) hit.add(i);
    }
    article.sentences.forEach((s, i) => {
      const want = s.kinds.includes(kind);
      if (want && hit.has(i)) tp++;
      else if (want) fn++;
      else if (hit.has(i)) fp++;
    });
  }
  return (2 * tp) / (2 * tp + fp + fn);
}
